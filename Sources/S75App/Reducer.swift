/// Applies `action` to `state` and returns the effects the runtime must perform.
///
/// The reducer is pure: no terminal, no store, no clock.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    state.message = nil
    switch action {
    case .showPane(let pane):
        state.pane = pane
        state.showingHelp = false
    case .showNextPane:
        state.pane = state.pane.next
        state.showingHelp = false
    case .showPreviousPane:
        state.pane = state.pane.previous
        state.showingHelp = false
    case .moveSelection(let delta):
        state.select(state.selectedIndex(in: state.pane) + delta)
        if state.isShowingDetail { state.scroll[state.pane] = 0 }
    case .moveToFirst:
        state.select(0)
    case .moveToLast:
        state.select(state.items.count - 1)
    case .scroll(let delta, let limit):
        state.scroll[state.pane] = min(max(0, (state.scroll[state.pane] ?? 0) + delta), max(0, limit))
    case .openSelected:
        if state.selectedItem(in: state.pane) == nil || state.pane == .agreement {
            state.message = UserMessage("Nothing to open here: the Agreement pane shows every detail already.")
        } else {
            state.openDetail.insert(state.pane)
            state.scroll[state.pane] = 0
        }
    case .goBack:
        if state.showingHelp {
            state.showingHelp = false
        } else if state.isShowingDetail {
            state.openDetail.remove(state.pane)
            state.scroll[state.pane] = 0
        }
    case .toggleHelp:
        state.showingHelp.toggle()
    case .showPreviousPeriod:
        state.stepPeriod(forward: false)
    case .showNextPeriod:
        state.stepPeriod(forward: true)
    case .toggleDisplayUnit:
        state.displayUnit = state.displayUnit.toggled
        state.message = UserMessage("Money now shown in \(state.displayUnit.label).")
    case .showNextBudgetsView:
        state.pane = .budgets
        state.openDetail.remove(.budgets)
        state.budgetsView = state.budgetsView.next
        state.scroll[.budgets] = 0
        state.message = UserMessage("Budgets: \(state.budgetsView.title). Press v for the next view.")
    case .showNextRiskShareModel:
        state.pane = .budgets
        state.budgetsView = .yearEnd
        let count = state.agreement.whatIfMethods.count
        state.whatIfModel = state.whatIfModel.map { $0 + 1 < count ? $0 + 1 : nil } ?? 0
        let name = state.whatIfModel.map { state.agreement.whatIfMethods[$0].label } ?? "the agreement's own rule"
        state.message = UserMessage("What-if: \(name). Press m for the next model.")
    case .redraw:
        return [.redraw]
    case .quit:
        return [.quit]
    case .unboundKey(let key):
        state.message = .error("\(key) does nothing here. Press ? for the keys.")
    case .storeChangedElsewhere(let agreement):
        let selected = Pane.allCases.map { ($0, state.selectedItem(in: $0)) }
        state.agreement = agreement
        for (pane, item) in selected {
            if let item, let index = agreement.items(in: pane).firstIndex(of: item) { state.selection[pane] = index }
        }
        state.message = UserMessage("Updated: another session changed this agreement.")
    case .storeReadFailed(let message):
        state.message = message
    }
    return []
}

extension AppState {
    /// Selects item `index` of the active pane, kept inside the pane's items.
    mutating func select(_ index: Int) {
        selection[pane] = min(max(0, index), max(0, items.count - 1))
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
