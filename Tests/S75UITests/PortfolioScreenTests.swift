import S75App
import S75Domain
import S75Screen
import S75TestSupport
import S75UI
import Testing

/// The region's portfolio on screen: Northmoor beside a copy whose S02 return for December is missing, so that the
/// copy's variance, its partners' shares and their exposures can only be shown as missing.
@Suite("Portfolio screen")
struct PortfolioScreenTests {
    static func browser() -> PortfolioBrowser {
        PortfolioBrowser(portfolio: Portfolio([Northmoor.agreement, Fixtures.northmoorWithoutS02Return()], today: Fixtures.meetingDay),
                         server: "postgresql:///s75?host=/srv/s75", user: "pat")
    }

    static func row(_ text: String, _ starting: String) throws -> Substring {
        try #require(text.split(separator: "\n").first { $0.dropFirst(2).hasPrefix(starting) }, "\(starting)")
    }

    @Test("every agreement side by side, totals re-added, what is missing said as missing, at 80×24 and 120×40",
          arguments: ScreenSnapshotTests.sizes)
    func portfolio(size: Size) throws {
        let buffer = PortfolioScreen.render(Self.browser(), size: size)
        let text = buffer.textSnapshot()
        assertSnapshot(text, named: "portfolio-\(size.columns)x\(size.rows)", suite: "Screen")
        assertSnapshot(buffer.styleSnapshot(), named: "portfolio-styles-\(size.columns)x\(size.rows)", suite: "Screen")
        // the pools £45.7m twice; Northmoor £730,000 over; the copy's variance unknown, so the total is too
        #expect(try Self.row(text, "northmoor-2025-26").contains("45,700       +730 Amber"))
        #expect(try Self.row(text, "northmoor-copy").contains("45,700  no return"))
        #expect(try Self.row(text, "Total").contains("91,400 incomplete"))
        #expect(text.contains("1 of 2: Northmoor BCF Section 75 Partnership Agreement"))
        #expect(text.contains("Enter open") && text.contains("q quit"))
    }

    @Test("at 120 columns each partner's shares show, and an exposure lacking one agreement's share is never shown as a whole")
    func exposures() throws {
        let text = PortfolioScreen.render(Self.browser(), size: Size(columns: 120, rows: 40)).textSnapshot()
        // £480,000 after the reserve, shared 15.3:27.2 → £172,800 and £307,200: +173 and +307 in £000
        #expect(try Self.row(text, "northmoor-2025-26").contains("Council +173 · ICB +307"))
        #expect(try Self.row(text, "northmoor-copy").contains("Council missing · ICB missing"))
        let council = try Self.row(text, "Northmoor Borough Council")
        #expect(council.contains("2     incomplete") && council.contains("+173 northmoor-copy"))
    }

    @Test("u shows exact pounds: the shares to the pound, the pool total re-added")
    func pounds() throws {
        var browser = Self.browser()
        #expect(browser.perform(.toggleUnit, pageSize: 10) == .stay)
        let text = PortfolioScreen.render(browser, size: Size(columns: 120, rows: 40)).textSnapshot()
        #expect(try Self.row(text, "northmoor-2025-26").contains("Council +172,800 · ICB +307,200"))
        #expect(try Self.row(text, "Total").contains("91,400,000"))
        #expect(text.contains("pat · 2 agreements · £ "))
    }

    @Test("an account that may see no agreement is told how it gets one")
    func empty() throws {
        let browser = PortfolioBrowser(portfolio: Portfolio([], today: Fixtures.meetingDay), server: "postgresql:///s75?host=/srv/s75", user: "kim")
        let text = PortfolioScreen.render(browser, size: Size(columns: 80, rows: 24)).textSnapshot()
        #expect(text.contains("You may see no agreement on this server."))
    }
}

/// Totals on the portfolio screen re-added from the rows they total, when every figure is known.
@Suite("Portfolio screen totals")
struct PortfolioScreenTotalsTests {
    @Test("two complete agreements: the pools, variances and each partner's shares are the sums of the rows, to the pound")
    func reAdded() throws {
        var twin = Northmoor.agreement
        twin.id = "northmoor-twin"
        var browser = PortfolioBrowser(portfolio: Portfolio([Northmoor.agreement, twin], today: Fixtures.meetingDay),
                                       server: "postgresql:///s75?host=/srv/s75", user: "pat")
        _ = browser.perform(.toggleUnit, pageSize: 10)
        let text = PortfolioScreen.render(browser, size: Size(columns: 120, rows: 40)).textSnapshot()
        let p = browser.portfolio
        // each row: £45,700,000 pooled, £730,000 over; the council's share £172,800, the ICB's £307,200 (£480,000 after the reserve)
        #expect(p.rows.map(\.pool) == [.thousands(45_700), .thousands(45_700)])
        #expect(p.rows.map(\.forecastVariance) == [.thousands(730), .thousands(730)])
        let total = try PortfolioScreenTests.row(text, "Total")
        #expect(total.contains("91,400,000") && total.contains("+1,460,000"))
        #expect(try PortfolioScreenTests.row(text, "Northmoor Borough Council").contains("+345,600"))
        #expect(try PortfolioScreenTests.row(text, "NHS Moorland and Vale Integrated Care Board").contains("+614,400"))
        let shares = p.exposures.map(\.known).reduce(Money.zero, +)
        #expect(shares == .pounds(960_000) && shares == p.rows.flatMap(\.liabilities).compactMap(\.amount).reduce(Money.zero, +))
    }

    @Test("a terminal smaller than 80×24 says so instead of a cut table")
    func tooSmall() {
        let text = PortfolioScreen.render(PortfolioScreenTests.browser(), size: Size(columns: 60, rows: 20)).textSnapshot()
        #expect(text.contains("terminal too small") && text.contains("press q to quit") && !text.contains("Agreement"))
    }
}
