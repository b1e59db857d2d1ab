import Testing
@testable import S75Domain

/// The agreement's indexed collections find what an array scan would, through every kind of change.
@Suite("Indexed records")
struct IndexedRecordsTests {
    let m9 = Period(year: 2025, month: 12), m12 = Period(year: 2026, month: 3)

    func entry(_ line: String, _ period: Period, actual: Int64) -> MonitoringEntry {
        MonitoringEntry(lineID: line, period: period, budgetToDate: .zero, actualToDate: Money(pence: actual), forecastOutturn: .zero)
    }

    /// What a scan of the returns finds, to compare the index with.
    func scanned(_ returns: MonitoringReturns, _ line: String, _ period: Period) -> MonitoringEntry? {
        returns.first { $0.lineID == line && $0.period == period }
    }

    @Test("a return is found by line and month after appending, replacing, re-keying, removing and sorting")
    func returns() {
        var returns: MonitoringReturns = [entry("S02", m12, actual: 1), entry("S01", m9, actual: 2)]
        #expect(returns.periods == [m9, m12], "the months oldest first, whatever the order entered")
        returns.record(entry("S01", m9, actual: 3))
        #expect(returns.count == 2 && returns.entry(for: "S01", at: m9)?.actualToDate.pence == 3, "recorded over, not added")
        returns.record(entry("S03", m9, actual: 4))
        returns[0].lineID = "S04"  // re-keyed through the subscript
        #expect(returns.entry(for: "S02", at: m12) == nil && returns.entry(for: "S04", at: m12)?.actualToDate.pence == 1)
        returns.remove(line: "S01", period: m9)
        #expect(returns.entry(for: "S01", at: m9) == nil && returns.count == 2)
        returns.sort { $0.lineID > $1.lineID }
        for (line, period) in [("S03", m9), ("S04", m12), ("S01", m9)] {
            #expect(returns.entry(for: line, at: period) == scanned(returns, line, period))
        }
        returns.removeAll { $0.period == m12 }
        #expect(returns.periods == [m9], "a month with no return left is no longer monitored")
        #expect(returns.latest(for: "S03", before: m12)?.actualToDate.pence == 4)
        #expect(returns.entries(for: "S03").map(\.period) == [m9])
    }

    @Test("the returns' check names a return for a line the agreement lacks, one outside the term, and a line missing a month; and nothing once they are put right")
    func returnsCheck() {
        var a = Northmoor.agreement
        #expect(a.returnProblems().isEmpty)
        a.monitoring.append(entry("S99", m9, actual: 1))
        a.monitoring.append(entry("S02", Period(year: 2027, month: 5), actual: 1))
        a.monitoring.remove(line: "S14", period: m9)
        let found = a.returnProblems().map(\.description)
        #expect(found.contains("monitoring 2025-12: line S14 has no return, though other lines do"))
        #expect(found.contains("monitoring 2025-12: names line \"S99\", which is not in the agreement"))
        #expect(found.contains("monitoring S02 2027-05: the month is outside the term"))
        a.monitoring.removeAll { $0.lineID == "S99" || $0.period == Period(year: 2027, month: 5) }
        #expect(!a.monitoring.lineIDs.contains("S99"), "the index of lines follows a removal")
        #expect(a.returnProblems().map(\.description) == ["monitoring 2025-12: line S14 has no return, though other lines do"])
    }

    @Test("two lists of the same returns in the same order are equal; in another order they are not")
    func equality() {
        let a: MonitoringReturns = [entry("S01", m9, actual: 1), entry("S02", m9, actual: 2)]
        #expect(a == MonitoringReturns(Array(a)))
        #expect(a != MonitoringReturns(Array(a.reversed())))
    }

    @Test("a record is found by ID after append, upsert, re-keying and removal; the first of a repeated ID is the one found")
    func records() throws {
        let northmoor = Northmoor.agreement
        var lines = RecordList(Array(northmoor.lines.prefix(3)))
        let first = try #require(lines.first)
        #expect(lines[id: first.id] == first && lines.position(of: first.id) == 0)
        var renamed = first
        renamed.id = "S99"
        lines[0] = renamed
        #expect(lines[id: first.id] == nil && lines[id: "S99"] == renamed)
        lines.upsert("S99", nil)
        #expect(!lines.contains(id: "S99") && lines.count == 2)
        var twin = lines[0]
        twin.name = "Twin"
        lines.append(twin)
        #expect(lines[id: twin.id]?.name != "Twin", "a repeated ID finds the first, as a scan would")
        lines.removeAll { $0.name != "Twin" }
        #expect(lines[id: twin.id]?.name == "Twin" && lines.position(of: twin.id) == 0)
    }
}
