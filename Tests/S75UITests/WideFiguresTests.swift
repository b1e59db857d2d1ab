import S75App
import S75Domain
import S75Screen
import S75TestSupport
import S75UI
import Testing

/// A region's agreement is far larger than the sample: its figures and identifiers are shown whole, never cut
/// mid-number, at the smallest and the usual terminal.
@Suite("Wide figures")
struct WideFiguresTests {
    /// Northmoor with every contribution, budget and return a thousand times larger (a £45.7bn pool), and a line
    /// whose identifier is longer than the sample's.
    static func regional() throws -> AppState {
        var state = Fixtures.northmoorState()
        var a = state.agreement
        for index in a.contributions.indices { a.contributions[index].amount = Money(pence: a.contributions[index].amount.pence * 1_000) }
        for index in a.lines.indices { a.lines[index].budget = Money(pence: a.lines[index].budget.pence * 1_000) }
        for index in a.monitoring.indices {
            a.monitoring[index].budgetToDate = Money(pence: a.monitoring[index].budgetToDate.pence * 1_000)
            a.monitoring[index].actualToDate = Money(pence: a.monitoring[index].actualToDate.pence * 1_000)
            a.monitoring[index].forecastOutturn = Money(pence: a.monitoring[index].forecastOutturn.pence * 1_000)
        }
        var long = try #require(a.lines.first)
        long.id = "S99-0001"
        try a.apply(Change(.line(long)))
        state.agreement = a
        return state
    }

    /// Every figure cut short on the frame: a digit (or comma) directly before an ellipsis.
    static func cutNumbers(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.contains(/[0-9,]…/) }.map(String.init)
    }

    @Test("Budgets and the grid show £45.7bn of figures and a long line ID whole, at 80×24 and 120×40",
          arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func whole(size: Size) throws {
        var state = try Self.regional()
        state.selection[.budgets] = state.items.count - 1  // the long ID's row, at the end
        let budgets = Screen.render(state, size: size).textSnapshot()
        #expect(Self.cutNumbers(budgets).isEmpty, "\(Self.cutNumbers(budgets))")
        #expect(budgets.contains("S99-0001"))
        _ = reduce(&state, .edit)
        let grid = Screen.render(state, size: size).textSnapshot()
        #expect(Self.cutNumbers(grid).isEmpty, "\(Self.cutNumbers(grid))")
        #expect(grid.contains("S99-0001"))
    }

    @Test("a provider whose identifier is longer than the sample's shows it whole on Providers, at 80×24 and 120×40",
          arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func longProviderID(size: Size) throws {
        var state = try Self.regional()
        var a = state.agreement
        var provider = try #require(a.providers.first)
        provider.id = "P0001-0001"
        try a.apply(Change(.provider(provider)))
        state.agreement = a
        _ = reduce(&state, .showPane(.providers))
        let text = Screen.render(state, size: size).textSnapshot()
        #expect(text.contains("P0001-0001"), "\(text)")
        #expect(text.contains("P01 "), "the sample's own IDs beside it")
    }

    @Test("the pool total of £45.7bn shows to the thousand in £000 at 120×40")
    func poolTotal() throws {
        let text = Screen.render(try Self.regional(), size: Size(columns: 120, rows: 40)).textSnapshot()
        #expect(text.contains("45,700,000"))
    }
}
