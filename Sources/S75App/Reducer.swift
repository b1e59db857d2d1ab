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
    case .moveToFirst:
        state.select(0)
    case .moveToLast:
        state.select(state.items.count - 1)
    case .openSelected:
        if state.selectedItem(in: state.pane) == nil || state.pane == .agreement {
            state.message = UserMessage("Nothing to open here: the Agreement pane shows every detail already.")
        } else {
            state.openDetail.insert(state.pane)
        }
    case .goBack:
        if state.showingHelp {
            state.showingHelp = false
        } else if state.isShowingDetail {
            state.openDetail.remove(state.pane)
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
