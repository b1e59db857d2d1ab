import S75App
import S75Domain
import Testing

/// The stack of modes: what is open, the key context taken from its top, Esc closing the innermost.
@Suite("Mode stack")
struct ModeStackTests {
    func fresh() -> AppState {
        AppState(agreement: Northmoor.agreement, storePath: "/data/northmoor.s75", today: DateOnly(year: 2026, month: 1, day: 20))
    }

    @Test("the bottom is a pane's table, which Esc never closes; a view opened over lines closes them first")
    func bottomStays() {
        var stack = ModeStack()
        stack.closeView()
        stack.closeOverlay()
        #expect(stack.modes == [Mode.view(.table(.budgets))])
        stack.push(.help(page: 0))
        stack.open(.detail(.line("S02")))
        #expect(stack.modes == [Mode.view(.table(.budgets)), .view(.detail(.line("S02")))], "the help was closed, not left under the detail")
        stack.push(.search(draft: "x"))
        stack.view = .detail(.line("S03"))
        #expect(stack.modes == [Mode.view(.table(.budgets)), .view(.detail(.line("S03"))), .search(draft: "x")], "a view replaced keeps what is over it")
        #expect(stack.returnToView { $0 == ContentView.table(.budgets) })
        #expect(stack.modes == [Mode.view(.table(.budgets))])
        #expect(!stack.returnToView { $0 == ContentView.budgetsSummary })
    }

    static let tops: [(Mode, KeyContext)] = [
        (Mode.help(page: 1), KeyContext.help), (.prompt(Prompt(text: "go")), .prompt), (.search(draft: ""), .search),
        (.confirm(.takeLedgerActuals), .confirm), (.wholeTransaction, .list), (.view(.detail(.line("S02"))), .detail),
        (.view(.grid(MonitoringGrid(period: Period(year: 2025, month: 12), row: 0))), .grid), (.view(.walk(.pool)), .walk),
        (.view(.budgetsSummary), .list),
    ]

    @Test("the key context is the top's, whatever is under it", arguments: tops)
    func contextFromTop(mode: Mode, context: KeyContext) {
        var state = fresh()
        state.modes.open(.walk(.lines))
        if mode.isView { state.modes.open(mode.view!) } else { state.modes.push(mode) }
        #expect(state.keyContext == context)
    }

    @Test("Esc closes the innermost: help over a search over a detail opened from the summary, one at a time, to the lines")
    func escapePops() throws {
        var state = fresh()
        _ = reduce(&state, .showNextBudgetsView)
        #expect(state.view == .budgetsSummary)
        let provider: Int = try #require(state.items.firstIndex { if case .group(.provider, _) = $0 { true } else { false } })
        state.selection[.budgets] = provider
        _ = reduce(&state, .openSelected)
        guard case .detail = state.view else { Issue.record("no detail opened from the summary: \(state.view)"); return }
        _ = reduce(&state, .startSearch)
        _ = reduce(&state, .toggleHelp)
        #expect(state.keyContext == .help)
        #expect(state.closingHelp.keyContext == .search, "help describes the keys of what is under it")
        _ = reduce(&state, .goBack)
        #expect(state.keyContext == .search)
        _ = reduce(&state, .goBack)
        #expect(state.keyContext == .detail)
        _ = reduce(&state, .goBack)
        #expect(state.view == .budgetsSummary, "back to the summary the detail was opened from")
        _ = reduce(&state, .goBack)
        #expect(state.view == .table(.budgets))
        _ = reduce(&state, .goBack)
        #expect(state.modes.modes == [Mode.view(.table(.budgets))])
    }

    @Test("a pane's key closes everything over it; a question is closed by its answer or by Esc, saying what was kept")
    func paneAndQuestion() {
        var state = fresh()
        _ = reduce(&state, .openSelected)
        _ = reduce(&state, .openPrompt(""))
        _ = reduce(&state, .showPane(.providers))
        #expect(state.modes.modes == [Mode.view(.table(.providers))])
        _ = reduce(&state, .askToDelete)
        #expect(state.keyContext == .confirm)
        _ = reduce(&state, .goBack)
        #expect(state.keyContext == .list)
        #expect(state.message?.text == "Nothing was removed.")
        _ = reduce(&state, .askToDelete)
        _ = reduce(&state, .typed("n"))
        #expect(state.keyContext == .list)
        #expect(state.message?.text.hasPrefix("Kept ") == true)
    }
}

extension Mode {
    var isView: Bool { view != nil }
    var view: ContentView? { if case .view(let view) = self { view } else { nil } }
}
