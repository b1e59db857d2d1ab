import S75Domain
import Testing

/// Versions held only above 1: a record of the agreement is at 1 until noted otherwise, one it lacks has none.
@Suite("Record versions")
struct RecordVersionsTests {
    let m9 = Period(year: 2025, month: 12)

    @Test("a record never changed is at 1, one the agreement lacks has no version, a changed one is at what was read")
    func read() {
        let a = Northmoor.agreement
        let versions = RecordVersions([.monitoring("S02", m9): 3, .line("S01a"): 1])
        #expect(versions.version(of: .monitoring("S02", m9), in: a) == 3)
        #expect(versions.version(of: .monitoring("S03", m9), in: a) == 1)
        #expect(versions.version(of: .line("S01a"), in: a) == 1)
        #expect(versions.version(of: .line("S99"), in: a) == nil)
        #expect(versions.version(of: .monitoring("S02", Period(year: 2026, month: 2)), in: a) == nil)
        #expect(versions == RecordVersions([.monitoring("S02", m9): 3]))
    }

    @Test("a save's version is noted: a new record at 1, a changed one above it, a removed one gone with its record")
    func noted() throws {
        var a = Northmoor.agreement
        var versions = RecordVersions()
        versions.note(2, of: .line("S02"))
        #expect(versions.version(of: .line("S02"), in: a) == 2)
        var line = try #require(a.lines[id: "S02"])
        line.id = "S99"
        try a.apply(Change(.line(line)))
        versions.note(1, of: .line("S99"))
        #expect(versions.version(of: .line("S99"), in: a) == 1)
        try a.apply(Change(key: .line("S99"), new: nil))
        versions.note(nil, of: .line("S99"))
        #expect(versions.version(of: .line("S99"), in: a) == nil)
        #expect(versions == RecordVersions([.line("S02"): 2]))
    }
}
