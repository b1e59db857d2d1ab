import Foundation
import Glibc
import S75TestSupport
import Testing

/// Writers killed at random and writers racing: no acknowledged edit is ever lost, the file stays sound.
@Suite("Durability and concurrency", .serialized)
struct DurabilityTests {
    static var probe: String { URL(fileURLWithPath: Tmux.binary).deletingLastPathComponent().appendingPathComponent("s75-store-probe").path }

    /// S02's month-9 actual to date in pence, the file's integrity check, and the number of audited changes to it.
    static func inspect(_ file: String) throws -> (actual: Int64, integrity: String, audited: Int) {
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
            print(c.execute("PRAGMA integrity_check").fetchone()[0])
            print(c.execute("SELECT actualToDatePence FROM monitoringEntry WHERE lineID = 'S02' AND period = '2025-12'").fetchone()[0])
            print(c.execute("SELECT count(*) FROM audit WHERE entityID = 'S02 2025-12' AND field = 'actualToDate'").fetchone()[0])
            """, file])
        let lines = result.output.split(separator: "\n").map(String.init)
        guard lines.count == 3, let actual = Int64(lines[1]), let audited = Int(lines[2]) else {
            throw Shell.SpawnFailed(description: "cannot inspect \(file): \(result.error)")
        }
        return (actual, lines[0], audited)
    }

    /// The acknowledged edits in a probe's output: the pence each "saved" line reported.
    static func saved(_ output: String) -> [Int64] {
        output.split(separator: "\n").filter { $0.hasPrefix("saved ") }.compactMap { Int64($0.split(separator: " ").last ?? "") }
    }

    @Test("a writer killed at random moments, 300 times: the file always opens sound and every edit shown as saved is there")
    func crashLoop() throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/crash.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        let start = try Self.inspect(file).actual
        var acknowledged = 0
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let writer = try Shell.start(Self.probe, [file, "crash", "S02", "100000"])
            usleep(UInt32.random(in: 2_000...60_000, using: &generator))
            writer.kill(SIGKILL)
            let result = writer.wait()
            let saved = Self.saved(result.output)
            acknowledged += saved.count
            let after = try Self.inspect(file)
            #expect(after.integrity == "ok", "round \(round)")
            if let last = saved.last { #expect(after.actual >= last, "round \(round): saved \(last), found \(after.actual)") }
            #expect(after.audited == Int(after.actual - start), "round \(round): every committed edit has its audit row")
        }
        #expect(acknowledged > 0)
        #expect(try Self.inspect(file).actual - start >= Int64(acknowledged))
    }

    @Test("s75 ledger index killed at random moments, 20 times: the file stays sound, and the search index covers exactly what it says")
    func indexCrashLoop() throws {
        let folder = try temporaryFolder()
        let file = folder + "/index.s75"
        #expect(try generateLedger(folder + "/gl.csv", "--rows", "100000").status == 0)
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        #expect(try Shell.run(Tmux.binary, ["ledger", "import", file, folder + "/gl.csv"]).status == 0)
        var generator = SystemRandomNumberGenerator()
        var covered = 0
        for round in 0..<20 {
            let indexer = try Shell.start(Tmux.binary, ["ledger", "index", file])
            usleep(UInt32.random(in: 20_000...400_000, using: &generator))
            indexer.kill(SIGKILL)
            _ = indexer.wait()
            let after = try Self.inspectIndex(file)
            #expect(after.integrity == ["ok", "ok"], "round \(round)")
            #expect(after.through >= covered, "round \(round): the index never goes back")
            #expect(after.found == after.holders, "round \(round): \(after.found) entries for \(after.holders) transactions up to \(after.through)")
            covered = after.through
        }
        #expect(try Shell.run(Tmux.binary, ["ledger", "index", file]).status == 0)
        let done = try Self.inspectIndex(file)
        #expect(done.through == 100_000 && done.found == done.holders && done.integrity == ["ok", "ok"])
    }

    /// The file's integrity check and the search index's own, the last transaction the index covers, and how many of the
    /// transactions up to it the index finds holding "Care" against how many hold it.
    static func inspectIndex(_ file: String) throws -> (integrity: [String], through: Int, found: Int, holders: Int) {
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            print(c.execute("PRAGMA integrity_check").fetchone()[0])
            c.execute("INSERT INTO ledgerSearch(ledgerSearch) VALUES('integrity-check')")
            print("ok")
            through = c.execute("SELECT indexedThrough FROM ledgerSearchState").fetchone()[0]
            print(through)
            match = '\"Car\" AND \"are\"'
            print(c.execute("SELECT count(*) FROM ledgerSearch WHERE ledgerSearch MATCH ? AND rowid <= ?", (match, through)).fetchone()[0])
            text = "(supplier || char(10) || description || char(10) || document || char(10) || costCentre || char(10) || costCentreName || char(10) || accountName)"
            print(c.execute(f"SELECT count(*) FROM ledgerTransaction WHERE id <= ? AND {text} LIKE '%car%' AND {text} LIKE '%are%'", (through,)).fetchone()[0])
            """, file])
        let lines = result.output.split(separator: "\n").map(String.init)
        guard lines.count == 5, let through = Int(lines[2]), let found = Int(lines[3]), let holders = Int(lines[4]) else {
            throw Shell.SpawnFailed(description: "cannot inspect \(file): \(result.error)")
        }
        return (Array(lines[0...1]), through, found, holders)
    }

    @Test("three writers at once, two on the same record: no acknowledged edit lost, every conflict seen by its writer")
    func threeWriters() throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/race.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        let start = try Self.inspect(file).actual
        let writers = try [("anna", "S02"), ("ben", "S02"), ("cara", "S03")].map { name, line in
            try Shell.start(Self.probe, [file, name, line, "60"])
        }
        let results = writers.map { $0.wait() }
        for result in results { #expect(result.status == 0, "\(result.error)") }
        let sameRecord = results.prefix(2).map { Self.saved($0.output).count }
        #expect(sameRecord == [60, 60])
        #expect(Self.saved(results[2].output).count == 60)
        let after = try Self.inspect(file)
        #expect(after.integrity == "ok")
        #expect(after.actual == start + 120)
        #expect(after.audited == 120)
        let conflicts = results.prefix(2).map { $0.output.split(separator: "\n").filter { $0.hasPrefix("conflict") }.count }
        print("three writers: \(conflicts) conflicts seen and retried by the two writers of one record")
    }
}
