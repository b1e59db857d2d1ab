import S75App
import S75Domain
import Testing

/// Sends `action` and checks the whole new state against `expected(old)`, and the effects.
func assertReduce(_ state: inout AppState, _ action: Action, effects: [Effect] = [],
                  sourceLocation: SourceLocation = #_sourceLocation, _ expected: (inout AppState) -> Void) {
    var want = state
    expected(&want)
    let got = reduce(&state, action)
    if state != want {
        let differences = zip(Mirror(reflecting: state).children, Mirror(reflecting: want).children)
            .filter { String(describing: $0.value) != String(describing: $1.value) }
            .map { "\($0.label ?? "?"): got \(String(describing: $0.value).prefix(200)), expected \(String(describing: $1.value).prefix(200))" }
        let report = differences.joined(separator: "\n")
        Issue.record("State after \(action) differs:\n\(report)", sourceLocation: sourceLocation)
    }
    #expect(got == effects, sourceLocation: sourceLocation)
}

@Suite("Reducer")
struct ReducerTests {
    /// A fresh session whose store pages its ledger by date along an index, as the SQLite store does.
    func fresh() -> AppState {
        var state = AppState(agreement: Northmoor.agreement, storePath: "/data/northmoor.s75", today: DateOnly(year: 2026, month: 1, day: 20))
        state.indexedLedgerSorts = [.date]
        return state
    }

    @Test("opens on the Budgets pane at the agreement's reporting period, in £000")
    func initial() {
        let state = fresh()
        #expect(state.pane == .budgets)
        #expect(state.period == Period(year: 2025, month: 12))
        #expect(state.displayUnit == .thousands)
        #expect(state.items.count == 24)
    }

    @Test("the check kept with the state is the whole check after a return is removed, a line damaged and the return put back")
    func problemsFollowTheAgreement() throws {
        var state = fresh()
        let march = Period(year: 2026, month: 3)
        let removed = try #require(state.agreement.entry(for: "S14", at: march))
        var agreement = state.agreement
        agreement.monitoring.remove(line: "S14", period: march)
        state.agreement = agreement
        #expect(state.problems == agreement.validate())
        #expect(state.problems.map(\.location) == ["monitoring \(march)"])
        agreement.lines[0].leadCommissionerID = "nobody"
        state.agreement = agreement
        #expect(state.problems == agreement.validate() && state.problems.count == 2)
        agreement.monitoring.record(removed)
        state.agreement = agreement
        #expect(state.problems == agreement.validate() && state.problems.count == 1)
    }

    @Test("after each kind of change every pane's rows are those of a state made afresh, whether its rows were kept or arranged again")
    func tablesFollowTheAgreement() throws {
        var state = fresh()
        var agreement = state.agreement
        func check(_ what: Comment) {
            state.agreement = agreement
            var afresh = AppState(agreement: agreement, storePath: state.storePath, today: state.today)
            afresh.arrangements = state.arrangements
            for pane in Pane.allCases {
                #expect(state.tableItems(in: pane) == afresh.tableItems(in: pane), "\(what): \(pane)")
                for (index, item) in state.tableItems(in: pane).enumerated() {
                    #expect(state.position(of: item, in: pane) == index, "\(what): \(pane) \(item)")
                }
            }
        }
        agreement.monitoring.remove(line: "S14", period: Period(year: 2025, month: 12))
        check("a return removed")
        var line = agreement.lines[3]
        line.id = "S99"
        line.source = .disabledFacilitiesGrant
        agreement.lines.append(line)
        check("a capital line added")
        agreement.contributions.removeLast()
        check("a contribution removed")
        agreement.providers.remove(at: 0)
        check("a provider removed")
        var metric = agreement.metrics[0]
        metric.id = "M99"
        agreement.metrics.append(metric)
        check("a metric added")
        agreement.minutes.append(Minute(id: "D99", kind: .decision, meeting: state.today, item: "pool", text: "Agreed"))
        check("a decision recorded")
        state.arrangements[.budgets] = TableArrangement(sort: "variance")
        agreement.monitoring.remove(line: "S02", period: Period(year: 2025, month: 12))
        check("a return removed under a sort by variance")
    }

    @Test("Tab cycles through the panes and wraps; a number jumps; the Audit pane asks for the trail")
    func panes() {
        var state = fresh()
        assertReduce(&state, .showNextPane) { $0.view = .table(.providers) }
        assertReduce(&state, .showNextPane) { $0.view = .table(.outcomes) }
        assertReduce(&state, .showNextPane) { $0.view = .table(.decisions) }
        assertReduce(&state, .showNextPane, effects: [.loadAudit(AuditFilter())]) { $0.view = .table(.audit) }
        let firstWindow = SpendRequest(query: LedgerQuery(), recount: true, start: 0, count: 17 + 4 * 18, anchor: nil)
        assertReduce(&state, .showNextPane, effects: [.loadSpend(firstWindow)]) { $0.view = .table(.spend) }
        assertReduce(&state, .showNextPane, effects: [.loadLedgerOverview]) { $0.view = .table(.mapping) }
        assertReduce(&state, .showNextPane) { $0.view = .table(.people) }
        assertReduce(&state, .showNextPane) { $0.view = .table(.agreement) }
        assertReduce(&state, .showPreviousPane) { $0.view = .table(.people) }
        assertReduce(&state, .showPreviousPane, effects: [.loadLedgerOverview]) { $0.view = .table(.mapping) }
        assertReduce(&state, .showPreviousPane, effects: [.loadSpend(firstWindow)]) { $0.view = .table(.spend) }
        assertReduce(&state, .showPreviousPane, effects: [.loadAudit(AuditFilter())]) { $0.view = .table(.audit) }
        assertReduce(&state, .showPreviousPane) { $0.view = .table(.decisions) }
        assertReduce(&state, .showPane(.budgets)) { $0.view = .table(.budgets) }
    }

    @Test("on the Spend pane Enter shows the selected transaction whole and hides it again, as Esc does")
    func wholeTransaction() {
        var state = fresh()
        state.view = .table(.spend)
        state.viewportRows = 36
        state.spend.isLoaded = true
        state.spend.rows = 100
        state.spend.window = (0..<100).map { n in
            LedgerTransaction(id: Int64(n), row: LedgerRow(postingDate: DateOnly(year: 2025, month: 6, day: 1), period: Period(year: 2025, month: 6),
                                                          costCentre: "NC1", account: "5101", amount: .pounds(Int64(n))), lineID: nil)
        }
        assertReduce(&state, .moveSelection(by: 40)) { $0.spend.selected = 40; $0.spend.top = 40 - 34 + 1 }
        assertReduce(&state, .openSelected) { $0.modes.push(.wholeTransaction); $0.spend.top = 40 - 28 + 1 }
        #expect(state.spendVisibleRows == 28, "the table gives up the six lines the transaction takes")
        assertReduce(&state, .openSelected) { $0.modes.closeOverlay() }
        assertReduce(&state, .openSelected) { $0.modes.push(.wholeTransaction) }
        assertReduce(&state, .goBack) { $0.modes.closeOverlay() }
        state.spend.rows = 0
        assertReduce(&state, .openSelected) { $0.message = UserMessage("No transaction to open: t on a Budgets line lists that line's.") }
    }

    @Test("selection moves and stops at both ends")
    func selection() {
        var state = fresh()
        assertReduce(&state, .moveSelection(by: -1)) { $0.selection[.budgets] = 0 }
        assertReduce(&state, .moveSelection(by: 7)) { $0.selection[.budgets] = 7 }
        assertReduce(&state, .moveSelection(by: 100)) { $0.selection[.budgets] = 23 }
        assertReduce(&state, .moveToFirst) { $0.selection[.budgets] = 0 }
        assertReduce(&state, .moveToLast) { $0.selection[.budgets] = 23 }
        #expect(state.selectedItem(in: .budgets) == .line("S17"))
    }

    @Test("each pane keeps its own selection")
    func perPaneSelection() {
        var state = fresh()
        _ = reduce(&state, .moveSelection(by: 3))
        _ = reduce(&state, .showPane(.outcomes))
        _ = reduce(&state, .moveSelection(by: 2))
        _ = reduce(&state, .showPane(.budgets))
        #expect(state.selectedItem(in: .budgets) == .contribution("C4"))
        #expect(state.selectedItem(in: .outcomes) == .metric("M3"))
    }

    @Test("Enter opens the detail and Esc goes back, keeping the selection")
    func drillInAndBack() {
        var state = fresh()
        _ = reduce(&state, .moveSelection(by: 7))
        assertReduce(&state, .openSelected) {
            $0.modes.open(.detail(.line("S02")))
            $0.scroll[.budgets] = 0
        }
        #expect(state.selectedItem(in: .budgets) == .line("S02"))
        assertReduce(&state, .moveSelection(by: 1)) {
            $0.selection[.budgets] = 8
            $0.view = .detail(.line("S03"))
        }
        assertReduce(&state, .goBack) { $0.modes.closeView() }
        #expect(state.modes.modes == [.view(.table(.budgets))], "Esc closed the detail, not hid it")
        #expect(state.selectedItem(in: .budgets) == .line("S03"))
    }

    @Test("v cycles the Budgets views; the summary's rows are its groups and checks, the year end has none; m cycles the what-if model")
    func budgetsViews() {
        var state = fresh()
        _ = reduce(&state, .showNextBudgetsView)
        #expect(state.budgetsView == .summary)
        #expect(state.items.first == .group(.source, "nhs-minimum"))
        #expect(state.items.last == .ringFence(7))
        _ = reduce(&state, .showNextBudgetsView)
        #expect(state.budgetsView == .yearEnd)
        #expect(state.items.isEmpty)
        let models = state.agreement.whatIfMethods.count
        for expected in Array(0..<models) + [nil] {
            _ = reduce(&state, .showNextRiskShareModel)
            #expect(state.whatIfModel == expected)
        }
        _ = reduce(&state, .showNextBudgetsView)
        #expect(state.budgetsView == .lines)
        #expect(state.items.count == 24)
    }

    @Test("scrolling stays between the top and the limit the layout gives")
    func scrolling() {
        var state = fresh()
        _ = reduce(&state, .showNextBudgetsView)
        state.message = nil
        assertReduce(&state, .scroll(by: 5, limit: 12)) { $0.scroll[.budgets] = 5 }
        assertReduce(&state, .scroll(by: 100, limit: 12)) { $0.scroll[.budgets] = 12 }
        assertReduce(&state, .scroll(by: -100, limit: 12)) { $0.scroll[.budgets] = 0 }
        _ = reduce(&state, .scroll(by: 3, limit: 12))
        _ = reduce(&state, .showNextBudgetsView)
        #expect(state.scroll[.budgets] == 0)
    }

    @Test("the Agreement pane has nothing to open and says so")
    func nothingToOpen() {
        var state = fresh()
        _ = reduce(&state, .showPane(.agreement))
        _ = reduce(&state, .openSelected)
        #expect(!state.isShowingDetail)
        #expect(state.message?.text.contains("Nothing to open") == true)
    }

    @Test("help toggles, and Esc closes help before it closes a detail")
    func help() {
        var state = fresh()
        _ = reduce(&state, .openSelected)
        assertReduce(&state, .toggleHelp) { $0.modes.push(.help(page: 0)) }
        assertReduce(&state, .goBack) { $0.modes.closeOverlay() }
        #expect(state.isShowingDetail)
    }

    @Test("months step between the monitored ones and say when there is no other")
    func periods() {
        var state = fresh()
        assertReduce(&state, .showNextPeriod) {
            $0.period = Period(year: 2026, month: 3)
            $0.message = UserMessage("Showing Mar 2026 (month 12 of 2025-26).")
        }
        _ = reduce(&state, .showNextPeriod)
        #expect(state.period == Period(year: 2026, month: 3))
        #expect(state.message?.text == "No later month has been monitored.")
        _ = reduce(&state, .showPreviousPeriod)
        #expect(state.period == Period(year: 2025, month: 12))
    }

    @Test("the money unit toggles between £000 and £")
    func unit() {
        var state = fresh()
        assertReduce(&state, .toggleDisplayUnit) {
            $0.displayUnit = .pounds
            $0.message = UserMessage("Money now shown in £.")
        }
    }

    @Test("a key that does nothing says so, as an error, and changes nothing else")
    func unbound() {
        var state = fresh()
        assertReduce(&state, .unboundKey("x")) { $0.message = .error("x does nothing here. Press ? for the keys.") }
        assertReduce(&state, .moveSelection(by: 1)) {
            $0.selection[.budgets] = 1
            $0.message = nil
        }
    }

    @Test("quit and redraw are effects for the runtime; time passing asks the store for other sessions' changes")
    func effects() {
        var state = fresh()
        assertReduce(&state, .quit, effects: [.quit]) { _ in }
        assertReduce(&state, .redraw, effects: [.redraw]) { _ in }
        state.message = UserMessage("Saved: S02.")
        assertReduce(&state, .tick, effects: [.checkForChanges]) { _ in }  // asked behind the user's back: the message stays
    }

    @Test("a change from another session keeps each pane on the same item, even when rows move")
    func externalChange() {
        var state = fresh()
        _ = reduce(&state, .moveSelection(by: 7))
        var changed = Northmoor.agreement
        changed.contributions.removeFirst()
        _ = reduce(&state, .storeChangedElsewhere(changed, versions: [:]))
        #expect(state.agreement == changed)
        #expect(state.selectedItem(in: .budgets) == .line("S02"))
        #expect(state.selection[.budgets] == 6)
        #expect(state.message?.text.contains("another session") == true)
    }

    @Test("another session's return leaves the Spend pane's rows as read; a change that may touch the ledger reads them again")
    func spendKeptThroughReturns() {
        var state = fresh()
        _ = reduce(&state, .showPane(.spend))
        _ = reduce(&state, .spendLoaded(SpendPage(query: state.spend.query, counted: SpendPage.Count(rows: 0, total: .zero), start: 0,
                                                  transactions: [])))
        #expect(state.spend.isLoaded)
        var changed = state.agreement
        changed.monitoring.remove(line: "S14", period: Period(year: 2025, month: 12))
        let effects = reduce(&state, .storeChangedElsewhere(changed, versions: [:], ledgerMayHaveChanged: false))
        #expect(!effects.contains { if case .loadSpend = $0 { true } else { false } }, "\(effects)")
        #expect(state.spend.isLoaded)
        let again = reduce(&state, .storeChangedElsewhere(changed, versions: [:]))
        #expect(again.contains { if case .loadSpend = $0 { true } else { false } }, "\(again)")
    }

    @Test("a refusal on the status line is not replaced by the news that another session changed the file")
    func refusalOutlivesRefresh() {
        var state = fresh()
        state.message = .error("Not undone: S02 was changed in another session.")
        _ = reduce(&state, .storeChangedElsewhere(Northmoor.agreement, versions: [:]))
        #expect(state.message == .error("Not undone: S02 was changed in another session."))
        _ = reduce(&state, .storeChangedElsewhere(Northmoor.agreement, versions: [:]))
        #expect(state.message?.text == "Not undone: S02 was changed in another session.")
        state.message = UserMessage("Saved: S02.")
        _ = reduce(&state, .storeChangedElsewhere(Northmoor.agreement, versions: [:]))
        #expect(state.message?.text == "Updated: another session changed this agreement.")
    }

    @Test("an empty agreement has nothing selected and nothing to open")
    func emptyAgreement() {
        var state = AppState(agreement: .blank(startYear: 2026), storePath: "x", today: DateOnly(year: 2026, month: 1, day: 20))
        #expect(state.items.isEmpty)
        #expect(state.selectedItem(in: .budgets) == nil)
        _ = reduce(&state, .moveSelection(by: 1))
        _ = reduce(&state, .openSelected)
        #expect(!state.isShowingDetail)
    }

    @Test("m or v from a line's detail leaves the detail: the view is one thing at a time, and ↓ then moves the lines",
          arguments: [Action.showNextRiskShareModel, .showNextBudgetsView])
    func viewsNeverStack(action: Action) {
        var state = fresh()
        _ = reduce(&state, .moveSelection(by: 7))
        _ = reduce(&state, .openSelected)
        #expect(state.view == .detail(.line("S02")))
        _ = reduce(&state, action)
        #expect(!state.isShowingDetail)
        #expect(state.budgetsView != .lines)
        _ = reduce(&state, .showNextBudgetsView)
        while state.budgetsView != .lines { _ = reduce(&state, .showNextBudgetsView) }
        _ = reduce(&state, .moveSelection(by: 1))
        #expect(state.selectedItem(in: .budgets) == .line("S03"))
        #expect(state.view == .table(.budgets))
    }

    @Test("Enter on a summary row lists the lines it adds up; on a provider's row, the provider's detail")
    func enterOnSummary() {
        var state = fresh()
        _ = reduce(&state, .showNextBudgetsView)
        _ = reduce(&state, .moveSelection(by: 4))
        #expect(state.selectedItem(in: .budgets) == .group(.source, "dfg"))
        _ = reduce(&state, .openSelected)
        #expect(state.view == .table(.budgets))
        #expect(state.items == [.line("S17")])
        #expect(state.arrangement(of: .budgets).summary == "funding source: Disabled Facilities Grant")
        _ = reduce(&state, .showNextBudgetsView)
        _ = reduce(&state, .moveToFirst)
        _ = reduce(&state, .moveSelection(by: 17))
        #expect(state.selectedItem(in: .budgets) == .group(.provider, "P01"))
        _ = reduce(&state, .openSelected)
        #expect(state.view == .detail(.provider("P01")))
    }

    @Test("a detail belongs to its pane: switching panes shows the other pane's table")
    func detailBelongsToPane() {
        var state = fresh()
        _ = reduce(&state, .openSelected)
        #expect(state.pane == .budgets)
        _ = reduce(&state, .showPane(.providers))
        #expect(state.view == .table(.providers))
        #expect(ContentView.detail(.metric("M1")).pane == .outcomes)
        #expect(ContentView.yearEnd(whatIfModel: 2).pane == .budgets)
    }
}

/// Enter on a walk step opens the pane that holds it in full.
@Suite("The walk's steps in full")
struct WalkStepPaneTests {
    @Test("Enter on the decisions-needed and actions steps opens the Decisions pane, as the hint says", arguments: [WalkStep.decisionsNeeded, .actions])
    func decisionsPane(step: WalkStep) {
        var state = AppState(agreement: Northmoor.agreement, storePath: "x", today: DateOnly(year: 2026, month: 1, day: 20))
        _ = reduce(&state, .startWalk)
        state.view = .walk(step)
        _ = reduce(&state, .openWalkStep)
        #expect(state.pane == .decisions)
    }
}

/// The walk's step sentence is worked out once a step, recorded in today's meeting and drawn from there, and worked out
/// again whenever the figures change.
@Suite("The walk's sentence")
struct WalkSentenceTests {
    /// The state after stepping to `step` and the save of the meeting's progress being answered, as the runtime does.
    static func reached(_ step: WalkStep, in state: inout AppState) throws -> Meeting {
        state.view = .walk(WalkStep(rawValue: step.rawValue - 1) ?? step)
        let effects = reduce(&state, .stepWalk(by: 1))
        guard case .save(let change, _, _)? = effects.first, case .meeting(let meeting)? = change.new else {
            Issue.record("no meeting saved: \(effects)")
            throw CancellationError()
        }
        _ = reduce(&state, .saved(change, version: 1, intent: .walkProgress))
        return meeting
    }

    @Test("the sentence shown is the one recorded, and the same as worked out afresh")
    func recorded() throws {
        var state = AppState(agreement: Northmoor.agreement, storePath: "x", today: DateOnly(year: 2026, month: 1, day: 20))
        let meeting = try Self.reached(.monitoring, in: &state)
        let fresh = state.agreement.walkSentence(.monitoring, at: state.period, on: state.today, problems: state.problems.count)
        #expect(meeting.figures[WalkStep.monitoring.name] == fresh)
        #expect(state.walkSentence(.monitoring) == fresh)
    }

    @Test("a return changed while the step is shown changes the sentence shown: S01a's forecast up £1m makes £730k over £1.73m")
    func changed() throws {
        var state = AppState(agreement: Northmoor.agreement, storePath: "x", today: DateOnly(year: 2026, month: 1, day: 20))
        _ = try Self.reached(.monitoring, in: &state)
        let before = state.walkSentence(.monitoring)
        var entry = try #require(state.agreement.entry(for: "S01a", at: state.period))
        entry.forecastOutturn = entry.forecastOutturn + .pounds(1_000_000)
        _ = reduce(&state, .saved(Change(.monitoring(entry)), version: 2, intent: .record(summary: "S01a")))
        let after = state.walkSentence(.monitoring)
        #expect(after != before)
        #expect(after == state.agreement.walkSentence(.monitoring, at: state.period, on: state.today, problems: state.problems.count))
        #expect(before.contains("forecast £730k over budget") && after.contains("forecast £1.7m over budget"), "\(before) \(after)")
    }
}
