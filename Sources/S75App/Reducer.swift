/// Applies `action` to `state` and returns the effects the runtime must perform.
///
/// The reducer is pure: no terminal, no store, no clock. Whatever the action, it ends by asking for what the ledger's
/// panes need on screen (the Spend pane's window, the Mapping pane's figures) and do not have.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = reduceAction(&state, action)
    return effects + state.ledgerEffects(alongside: effects)
}

private func reduceAction(_ state: inout AppState, _ action: Action) -> [Effect] {
    // recording the walk's progress, and the store's answers to reads, happen behind the user's back: they keep what the
    // status line says
    let previousMessage = state.message
    if !action.happensBehindTheUsersBack { state.message = nil }
    switch action {
    case .openPrompt(let text):
        state.openPrompt(text)
    case .runPrompt:
        return state.runPrompt()
    case .completePrompt:
        state.completePrompt()
    case .browsePromptHistory(let back):
        state.browsePromptHistory(back: back)
    case .cycleSort(let reverse):
        state.cycleSort(reverse: reverse)
    case .themeApplied(let name):
        if !state.presenting { state.deskTheme = name }
        state.message = UserMessage(state.presenting ? "Presenting with the \(name) theme." : "Theme: \(name).")
    case .showPane(let pane):
        state.modes.show(pane)
        if pane == .spend { state.spend.readFailed = false }  // shown again: try again
        if pane == .audit { return [.loadAudit(state.auditFilter)] }
    case .showNextPane:
        state.modes.show(state.pane.next)
        if state.pane == .audit { return [.loadAudit(state.auditFilter)] }
    case .showPreviousPane:
        state.modes.show(state.pane.previous)
        if state.pane == .audit { return [.loadAudit(state.auditFilter)] }
    case .moveSelection(let delta) where state.grid != nil:
        return state.grid?.draft != nil ? state.commitCell(rows: delta, columns: 0) : { state.moveCell(rows: delta, columns: 0); return [] }()
    case .moveSelection(let delta) where state.showsSpendTable:
        state.spend.move(by: delta, visible: state.spendVisibleRows)
    case .moveToFirst where state.showsSpendTable:
        state.spend.select(0, visible: state.spendVisibleRows)
    case .moveToLast where state.showsSpendTable:
        state.spend.select(state.spend.rows - 1, visible: state.spendVisibleRows)
    case .moveSelection(let delta):
        state.select(state.selectedIndex(in: state.pane) + delta)
        if state.isShowingDetail {
            state.scroll[state.pane] = 0
            if let item = state.selectedItem(in: state.pane) { state.view = .detail(item) }
        }
    case .moveToFirst:
        state.select(0)
    case .moveToLast:
        state.select(state.items.count - 1)
    case .scroll(let delta, let limit) where state.showingHelp:
        state.modes.replaceOverlay(with: .help(page: min(max(0, state.helpPage + delta.signum()), max(0, limit))))
    case .scroll(let delta, let limit):
        state.scroll[state.pane] = min(max(0, (state.scroll[state.pane] ?? 0) + delta), max(0, limit))
    case .openSelected:
        state.openSelected()
    case .goBack:
        state.goBack()
    case .toggleHelp:
        if state.showingHelp { state.modes.closeOverlay() } else { state.modes.push(.help(page: 0)) }
    case .showPreviousPeriod:
        state.stepPeriod(forward: false)
    case .showNextPeriod:
        state.stepPeriod(forward: true)
    case .toggleDisplayUnit:
        state.displayUnit = state.displayUnit.toggled
        state.message = UserMessage("Money now shown in \(state.displayUnit.label).")
    case .showNextBudgetsView:
        let next = state.budgetsView.next
        state.modes.show(.budgets)
        if next == .summary { state.modes.open(.budgetsSummary) }
        if next == .yearEnd { state.modes.open(.yearEnd(whatIfModel: nil)) }
        state.scroll[.budgets] = 0
        state.message = UserMessage("Budgets: \(state.budgetsView.title). Press v for the next view.")
    case .showNextRiskShareModel:
        let count = state.agreement.whatIfMethods.count
        let model = state.whatIfModel.map { $0 + 1 < count ? $0 + 1 : nil } ?? (state.budgetsView == .yearEnd ? 0 : nil)
        state.modes.show(.budgets)
        state.modes.open(.yearEnd(whatIfModel: model))
        let name = model.map { state.agreement.whatIfMethods[$0].label } ?? "the agreement's own rule"
        state.message = UserMessage("What-if: \(name). Press m for the next model.")
    case .redraw:
        return [.redraw]
    case .suspend:
        return [.suspend]
    case .resumed(let suspended):
        state.message = suspended ? UserMessage("Welcome back.")
            : .error("Ctrl-Z cannot suspend here: the shell has no job control. q quits.")
    case .quit:
        return [.quit]
    case .tick:
        return [.checkForChanges]
    case .recordsChecked(let problems):
        state.recordsChecked(problems)
    case .unboundKey(let key):
        state.message = .error("\(key) does nothing here. Press ? for the keys.")
    case .storeChangedElsewhere(let agreement, let versions, let ledgerMayHaveChanged):
        let selected = Pane.allCases.map { ($0, state.selectedItem(in: $0)) }
        state.agreement = agreement
        state.versions = versions
        if let grid = state.grid, let draft = grid.draft, let key = state.gridRecord(grid)?.key, state.version(of: key) != draft.baseVersion {
            state.updateGrid { $0.draft?.changedUnderneath = true }
        }
        if let form = state.form, let key = form.key, state.version(of: key) != form.baseVersion, !form.changedUnderneath {
            state.updateForm { $0.changedUnderneath = true }
        }
        for (pane, item) in selected {
            if let item, let index = state.position(of: item, in: pane) { state.selection[pane] = index }
        }
        state.message = state.form?.changedUnderneath == true
            ? .error("Another session changed this record while the form was open; saving will show both to choose from.")
            : state.grid?.draft?.changedUnderneath == true
            ? .error("Another session changed this line's return while you were typing; saving will show both to choose from.")
            : previousMessage?.kind == .error ? previousMessage // a refusal just given outranks the news of a refresh
            : previousMessage == .reachableAgain ? UserMessage(UserMessage.reachableAgain.text + " Changes made elsewhere meanwhile are shown.")
            : UserMessage("Updated: another session changed this agreement.")
        if ledgerMayHaveChanged { state.ledgerChanged() }
        if state.pane == .audit { return [.loadAudit(state.auditFilter)] }
    case .refusePaste:
        state.message = .error("Nothing here takes a paste: open a field (e), the grid, / or : first. Nothing was run.")
    case .storeReadFailed(let message), .themeFailed(let message):
        state.message = message
    case .storeReachableAgain:
        state.message = .reachableAgain
        return [.checkForChanges]
    case .spendReadFailed(let message):
        state.spend.readFailed = true
        state.message = message
    case .edit:
        state.edit()
    case .editInForm:
        state.editSelectedInForm()
    case .addRecord(let other):
        state.addRecord(other: other)
    case .filterAudit:
        state.openAuditFilter()
    case .askToDelete:
        state.askToDelete()
    case .moveField(let delta):
        state.moveField(by: delta)
    case .saveForm:
        return state.saveForm()
    case .startWalk:
        return state.startWalk()
    case .stepWalk(let delta):
        return state.stepWalk(by: delta)
    case .recordMinute(let kind):
        state.openMinuteForm(kind)
    case .editMeeting:
        state.openMeetingForm()
    case .closeMeeting:
        return state.closeTodaysMeeting()
    case .openWalkStep:
        state.openWalkStep()
    case .startSearch:
        state.startSearch()
    case .runSearch where state.showsSpendTable:
        state.searchSpend()
    case .runSearch:
        state.runSearch()
    case .stepMatch(let forward):
        state.stepMatch(forward: forward)
    case .typed(let character):
        return state.type(character)
    case .erase:
        state.erase()
    case .commitCell(let rows, let columns, let toRowStart):
        return state.commitCell(rows: rows, columns: columns, toRowStart: toRowStart)
    case .startNextMonth:
        state.startNextMonth()
    case .undo:
        return state.undoLast()
    case .redo:
        return state.redoLast()
    case .saved(let change, let version, let intent):
        state.saved(change, version: version, intent: intent)
        if state.pane == .audit { return [.loadAudit(state.auditFilter)] }
        if case .ledgerRule = change.key { state.ledgerChanged() }
        // a decision or action recorded in the walk: the step's sentence is recorded again, with it counted
        if case .walk(let step) = state.view, case .edit = intent { return state.recordProgress(step) }
    case .saveConflicted(let change, let current, let version, let intent):
        return state.saveConflicted(change, current: current, version: version, intent: intent)
    case .saveFailed(let message):
        state.message = message
    case .auditLoaded(let entries):
        state.audit = entries
    case .viewportChanged(let rows):
        state.viewportRows = rows
        state.spend.select(state.spend.selected, visible: state.spendVisibleRows)
    case .spendLoaded(let page):
        state.spend.take(page, visible: state.spendVisibleRows, keeping: state.spendPageRows * state.spendPagesAhead)
    case .spendCounted(let query, let count):
        state.spend.take(count, of: query, visible: state.spendVisibleRows)
    case .ledgerOverviewLoaded(let overview):
        state.ledger = overview
    case .showTransactions:
        state.showTransactions()
    case .takeLedgerActuals:
        return state.takeLedgerActuals()
    case .savedAll(let changes, let versions, let intent):
        state.savedAll(changes, versions: versions, intent: intent)
    }
    return []
}

extension AppState {
    /// Selects item `index` of the active pane, kept inside the pane's items.
    mutating func select(_ index: Int) {
        selection[pane] = min(max(0, index), max(0, items.count - 1))
    }

    /// Opens the selected item's detail, or says why there is nothing to open.
    mutating func openSelected() {
        switch view {
        case .budgetsSummary:
            openSummaryRow()
        case .yearEnd:
            message = UserMessage("The \(budgetsView.title) has no rows to open; press v to return to the lines.")
        case .detail:
            message = UserMessage("This is the detail already; ↑ and ↓ step through the rows, Esc goes back.")
        case .grid, .form, .walk:
            break
        case .table(.mapping):
            openMappingItem()
        case .table(.spend):
            guard spend.rows > 0 else { return message = UserMessage("No transaction to open: t on a Budgets line lists that line's.") }
            if spendShowsWhole { modes.closeOverlay() } else { modes.push(.wholeTransaction) }
            spend.select(spend.selected, visible: spendVisibleRows)
        case .table(let pane):
            if pane == .agreement {
                message = UserMessage("Nothing to open here: the Agreement pane shows every detail already.")
            } else if let item = selectedItem(in: pane) {
                modes.open(.detail(item))
                scroll[pane] = 0
            } else {
                message = UserMessage("Nothing to open: this pane has no rows yet.")
            }
        }
    }

    /// Moves to the previous or next monitored month; months without monitoring are skipped.
    mutating func stepPeriod(forward: Bool) {
        let periods = agreement.monitoredPeriods
        let target = forward ? periods.first { $0 > period } : periods.last { $0 < period }
        if let target {
            period = target
            message = UserMessage("Showing \(target.label) (month \(target.monthOfYear) of \(target.financialYear)).")
        } else {
            message = UserMessage(forward ? "No later month has been monitored." : "No earlier month has been monitored.")
        }
    }
}
