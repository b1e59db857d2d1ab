import S75Domain
import Testing

/// Figures far out of line with a line's previous return, worked by hand from Northmoor's month 9 (brief §6.5).
@Suite("Figures out of line")
struct OutOfLineTests {
    let a = Northmoor.agreement
    let m9 = Period(year: 2025, month: 12)
    let m10 = Period(year: 2026, month: 1)

    func january(_ lineID: String, actual: Int64, budgetToDate: Int64 = 0) throws -> MonitoringEntry {
        let december = try #require(a.entry(for: lineID, at: m9))
        return MonitoringEntry(lineID: lineID, period: m10, budgetToDate: .thousands(budgetToDate), actualToDate: .thousands(actual),
                               forecastOutturn: december.forecastOutturn)
    }

    @Test("Northmoor's own returns are all in line")
    func sampleInLine() {
        #expect(a.outOfLineFigures().isEmpty)
    }

    /// S02 (budget 2,600): 2,095 at M9. January at 2,000 falls by 95; at 2,800 it moves 705 in one month, more than
    /// 25% of 2,600 (650); at 2,700 it moves 605, within it.
    @Test("an actual that falls, a month's movement above 25% of the budget, a negative YTD budget")
    func warnings() throws {
        #expect(a.outOfLine(try january("S02", actual: 2_000, budgetToDate: 2_166)) == [
            "the actual to date falls from £2,095,000 at M9 to £2,000,000; it is cumulative"])
        #expect(a.outOfLine(try january("S02", actual: 2_800, budgetToDate: 2_166)) == [
            "the actual moves £705,000 since M9, more than 25% of the budget (£2,600,000) a month"])
        #expect(a.outOfLine(try january("S02", actual: 2_700, budgetToDate: 2_166)).isEmpty)
        #expect(a.outOfLine(try january("S02", actual: 2_200, budgetToDate: -1)) == ["the year-to-date budget −£1,000 is negative"])
        var fallen = a
        fallen.monitoring.append(try january("S02", actual: 2_000, budgetToDate: 2_166))
        #expect(fallen.outOfLineFigures().map(\.description)
                == ["monitoring S02 2026-01: the actual to date falls from £2,095,000 at M9 to £2,000,000; it is cumulative"])
    }

    /// Over three months (M9 → M12) a movement is compared with three months' share: 75% of S02's 2,600 is 1,950.
    @Test("a movement over several months is compared with that many months' share")
    func severalMonths() throws {
        let m12 = Period(year: 2026, month: 3)
        var entry = try #require(a.entry(for: "S02", at: m12))
        entry.actualToDate = .thousands(2_095 + 1_950)
        var probe = a
        probe.monitoring.removeAll { $0.lineID == "S02" && $0.period == m12 }
        #expect(probe.outOfLine(entry).isEmpty)
        entry.actualToDate = .thousands(2_095 + 1_951)
        #expect(probe.outOfLine(entry) == ["the actual moves £1,951,000 since M9, more than 25% of the budget (£2,600,000) a month"])
    }
}
