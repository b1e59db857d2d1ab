import S75App
import S75Domain
import Testing

/// Sorting and filtering tables, and the `:` command line that asks for them.
@Suite("Sort, filter and the command line")
struct ArrangementTests {
    func fresh() -> AppState { AppState(agreement: Northmoor.agreement, storePath: "/data/northmoor.s75", today: DateOnly(year: 2026, month: 1, day: 20)) }

    func lineIDs(_ state: AppState) -> [String] {
        state.items.compactMap { if case .line(let id) = $0 { id } else { nil } }
    }

    @Test(":sort variance puts the largest overspend first (Northmoor at M9: S14 +300, S02 +250, S03 +150); asc reverses")
    func sortByVariance() {
        var state = fresh()
        _ = run(&state, "sort variance")
        #expect(lineIDs(state).prefix(3) == ["S14", "S02", "S03"])
        #expect(state.items.first == .contribution("C1"), "contributions stay above the lines")
        #expect(state.arrangement(of: .budgets).summary == "sorted by variance ↓")
        _ = run(&state, "sort variance asc")
        #expect(lineIDs(state).first == "S17", "the DFG's −300 underspend is the smallest variance")
    }

    @Test(":filter rag=red keeps the six Red lines; the filter sticks to its pane; :filter alone clears it")
    func filterByRAG() {
        var state = fresh()
        _ = run(&state, "filter rag=red")
        #expect(Set(lineIDs(state)) == ["S01b", "S02", "S03", "S08a", "S08b", "S14"])
        #expect(state.items.count == 6)
        _ = reduce(&state, .showPane(.providers))
        #expect(state.arrangement(of: .providers).isPlain)
        _ = reduce(&state, .showPane(.budgets))
        #expect(state.items.count == 6)
        _ = run(&state, "filter")
        #expect(state.items.count == 24)
    }

    @Test("filters combine: lead=ICB and rag=red")
    func combined() {
        var state = fresh()
        _ = run(&state, "filter lead=ICB rag=red")
        #expect(lineIDs(state).allSatisfy { id in state.agreement.lines.first { $0.id == id }?.leadCommissionerID == "ICB" })
        #expect(state.arrangement(of: .budgets).summary == "lead=ICB · rag=red")
    }

    @Test("a bad command, field or period says what is wanted and changes nothing")
    func mistakes() {
        var state = fresh()
        _ = run(&state, "sort colour")
        #expect(state.message?.text == "The Budgets pane sorts by variance, rag, name, id, budget, source, lead, provider, ledger.")
        _ = run(&state, "period 2027-01")
        #expect(state.period == Period(year: 2025, month: 12))
        _ = run(&state, "frobnicate")
        #expect(state.message?.kind == .error)
        #expect(state.arrangement(of: .budgets).isPlain)
    }

    @Test(":goto finds a row on any pane; :period M12; :unit £; :theme asks the runtime; a keymap command runs by name")
    func verbs() {
        var state = fresh()
        _ = run(&state, "goto K06a")
        #expect(state.pane == .providers && state.selectedItem(in: .providers) == .contract("K06a"))
        _ = run(&state, "period M12")
        #expect(state.period == Period(year: 2026, month: 3))
        _ = run(&state, "unit £")
        #expect(state.displayUnit == .pounds)
        #expect(run(&state, "theme light") == [.applyTheme("light")])
        _ = run(&state, "show-outcomes")
        #expect(state.pane == .outcomes)
        #expect(run(&state, "quit") == [.quit])
    }

    @Test("Tab completes a word as far as the choices agree and lists them; ↑ recalls earlier lines")
    func completionAndHistory() {
        var state = fresh()
        _ = reduce(&state, .openPrompt(""))
        for character in "fi" { _ = reduce(&state, .typed(character)) }
        _ = reduce(&state, .completePrompt)
        #expect(state.prompt?.text == "filter")
        #expect(state.prompt?.candidates == ["filter", "filter-rows"])
        _ = reduce(&state, .typed(" "))
        for character in "ra" { _ = reduce(&state, .typed(character)) }
        _ = reduce(&state, .completePrompt)
        #expect(state.prompt?.text == "filter rag=")
        for character in "re" { _ = reduce(&state, .typed(character)) }
        _ = reduce(&state, .completePrompt)
        #expect(state.prompt?.text == "filter rag=red ")
        _ = reduce(&state, .runPrompt)
        _ = run(&state, "sort name")
        _ = reduce(&state, .openPrompt(""))
        _ = reduce(&state, .browsePromptHistory(back: true))
        #expect(state.prompt?.text == "sort name")
        _ = reduce(&state, .browsePromptHistory(back: true))
        #expect(state.prompt?.text == "filter rag=red")
        _ = reduce(&state, .browsePromptHistory(back: false))
        #expect(state.prompt?.text == "sort name")
    }

    @Test("s cycles the pane's sort fields and back to as stored; S reverses")
    func cycle() {
        var state = fresh()
        _ = reduce(&state, .cycleSort(reverse: false))
        #expect(state.arrangement(of: .budgets).sort == "variance")
        _ = reduce(&state, .cycleSort(reverse: true))
        #expect(state.arrangement(of: .budgets).descending == false)
        for _ in 0..<Pane.budgets.arrangeableFields.count { _ = reduce(&state, .cycleSort(reverse: false)) }
        #expect(state.arrangement(of: .budgets).isPlain)
    }

    @Test(":present turns the room's view on and off, with the high-contrast theme and back")
    func present() {
        var state = fresh()
        #expect(run(&state, "present") == [.applyTheme("high-contrast")])
        #expect(state.presenting)
        #expect(run(&state, "present") == [.applyTheme("default")])
        #expect(!state.presenting)
    }
}
