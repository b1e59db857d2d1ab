import S75Domain
import Testing

/// Several agreements side by side, with figures worked by hand from the brief.
@Suite("Portfolio")
struct PortfolioTests {
    let today = DateOnly(year: 2026, month: 1, day: 20)

    @Test("Northmoor at month 9: the revenue pool £730,000 over; the £250,000 reserve first, the £480,000 left shared 36:64")
    func northmoor() throws {
        let row = try #require(Portfolio([Northmoor.agreement], today: today).rows.first)
        #expect(row.pool == .thousands(45_700))
        #expect(row.forecastVariance == .thousands(730))
        // revenue contributions: council £15.3m, ICB £27.2m of £42.5m; 480,000 × 15.3/42.5 = 172,800 and × 27.2/42.5 = 307,200
        #expect(row.liabilities.map(\.short) == ["Council", "ICB"])
        #expect(row.liabilities.map(\.amount) == [.pounds(172_800), .pounds(307_200)])
        #expect(row.liabilities.compactMap(\.amount).reduce(.zero, +) == .pounds(480_000))
        #expect(row.overdueActions == 0 && row.monthsClosed == 0 && row.monthsApproved == 0)
    }

    @Test("a partner's exposure adds its shares across agreements; one that cannot be worked out is named as missing, not counted as nothing")
    func exposure() throws {
        var incomplete = Northmoor.agreement
        incomplete.id = "northmoor-copy"
        let period = incomplete.reportingPeriod
        incomplete.monitoring = MonitoringReturns(incomplete.monitoring.filter { !($0.lineID == "S02" && $0.period == period) })
        let portfolio = Portfolio([Northmoor.agreement, incomplete], today: today)
        #expect(portfolio.rows[1].forecastVariance == nil)
        #expect(portfolio.rows[1].liabilities.allSatisfy { $0.amount == nil })
        let council = try #require(portfolio.exposures.first { $0.partner == "Northmoor Borough Council" })
        #expect(council.known == .pounds(172_800) && council.missing == ["northmoor-copy"] && council.agreements == 2)
        #expect(portfolio.poolTotal == .thousands(91_400))
        #expect(portfolio.poolTotal == portfolio.rows.map(\.pool).reduce(.zero, +))
    }

    @Test("an action past its due date and still open is overdue; a month closed and approved in the year is counted")
    func progress() throws {
        var a = Northmoor.agreement
        let close = try a.closing(a.reportingPeriod, on: DateOnly(year: 2026, month: 1, day: 12), by: "pfm")
        try a.apply(Change(.monthClose(close)))
        let row = try #require(Portfolio([a], today: DateOnly(year: 2026, month: 2, day: 1)).rows.first)
        #expect(row.monthsClosed == 1)
        #expect(row.overdueActions == 1)  // A1, the S02 recovery plan, due 20 Jan 2026
    }
}
