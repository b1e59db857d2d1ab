import S75App
import S75Domain
import S75Screen
import S75TestSupport
import S75UI
import Testing

/// A note about lines without a return names a few and counts the rest, however many there are.
@Suite("Missing returns named")
struct MissingReturnsNoteTests {
    /// Northmoor's 19 lines and ten more, at month 9 with only S14's return left: 28 lines without one.
    func stateWithOneReturn() -> AppState {
        var state = Fixtures.northmoorState()
        var agreement = state.agreement
        for n in 90..<100 {
            var line = agreement.lines[0]
            line.id = "S\(n)"
            agreement.lines.append(line)
        }
        agreement.monitoring.removeAll { $0.period == state.period && $0.lineID != "S14" }
        state.agreement = agreement
        return state
    }

    @Test("the Budgets note and the grid's name the first twenty of 28 lines and count the other eight")
    func firstTwentyAndACount() throws {
        var state = stateWithOneReturn()
        #expect(state.agreement.lines.count == 29)
        let order = state.tables.lineOrder.filter { $0 != "S14" }
        let budgets = Screen.render(state, size: Size(columns: 200, rows: 40)).textSnapshot()
        #expect(budgets.contains("\(order[19]) and 8 more have no return for Dec 2025"), "\(budgets)")
        #expect(!budgets.contains(order[20] + ","), "the twenty-first is counted, not named")
        _ = reduce(&state, .edit)
        #expect(state.grid != nil)
        let grid = Screen.render(state, size: Size(columns: 200, rows: 60)).textSnapshot()
        #expect(grid.contains("28 of 29 lines still have no return"), "\(grid)")
        #expect(grid.contains("\(order[19]) and 8 more."), "\(grid)")
    }
}
