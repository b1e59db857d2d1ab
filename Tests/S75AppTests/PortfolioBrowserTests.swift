import S75App
import S75Domain
import Testing

/// Choosing an agreement in a region's portfolio: the selection moves within the rows, Enter asks for the one selected,
/// and a portfolio read again keeps the same agreement selected wherever it now is.
@Suite("Portfolio browser")
struct PortfolioBrowserTests {
    static func portfolio(_ ids: [String]) -> Portfolio {
        Portfolio(ids.map { id in
            var a = Northmoor.agreement
            a.id = id
            return a
        }, today: DateOnly(year: 2026, month: 1, day: 20))
    }

    @Test("moves stay within the rows; Enter opens the selected agreement; q quits")
    func moving() {
        var browser = PortfolioBrowser(portfolio: Self.portfolio(["a", "b", "c"]), server: "s", user: "pat")
        #expect(browser.perform(.moveUp, pageSize: 10) == .stay && browser.selectedID == "a")
        _ = browser.perform(.pageDown, pageSize: 10)
        #expect(browser.selectedID == "c")
        _ = browser.perform(.moveToFirst, pageSize: 10)
        _ = browser.perform(.moveDown, pageSize: 10)
        #expect(browser.perform(.open, pageSize: 10) == .open("b"))
        #expect(browser.perform(.quit, pageSize: 10) == .quit)
    }

    @Test("a key for something the portfolio does not do says what does work")
    func refused() {
        var browser = PortfolioBrowser(portfolio: Self.portfolio(["a"]), server: "s", user: "pat")
        #expect(browser.perform(.walk, pageSize: 10) == .stay)
        #expect(browser.message?.kind == .error && browser.message?.text.contains("Enter opens it") == true)
    }

    @Test("read again, the same agreement stays selected; when it has gone the selection stays in the rows")
    func readAgain() {
        var browser = PortfolioBrowser(portfolio: Self.portfolio(["a", "b", "c"]), server: "s", user: "pat")
        _ = browser.perform(.moveToLast, pageSize: 10)
        browser.show(Self.portfolio(["0", "a", "b", "c"]))
        #expect(browser.selectedID == "c")
        browser.show(Self.portfolio(["a"]))
        #expect(browser.selectedID == "a")
        browser.show(Self.portfolio([]))
        #expect(browser.selectedID == nil && browser.perform(.open, pageSize: 10) == .stay)
    }
}
