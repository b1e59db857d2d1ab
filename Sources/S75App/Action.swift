import S75Domain

/// Everything that can change the state: what the user asked for, and what happened outside.
public enum Action: Hashable, Sendable {
    case showPane(Pane)
    case showNextPane
    case showPreviousPane
    case moveSelection(by: Int)
    case moveToFirst
    case moveToLast
    /// Scrolls a view without selectable rows; `limit` is the furthest it can go (from the layout).
    case scroll(by: Int, limit: Int)
    case openSelected
    case goBack
    case toggleHelp
    case showPreviousPeriod
    case showNextPeriod
    case toggleDisplayUnit
    /// Shows the Budgets pane's next view (lines, summary, year end).
    case showNextBudgetsView
    /// Shows the year-end position under the next risk-share model.
    case showNextRiskShareModel
    case redraw
    case quit
    /// A key that means nothing here.
    case unboundKey(String)
    /// Another session changed the store; the new agreement replaces the old, keeping the selection.
    case storeChangedElsewhere(Agreement)
    /// Reading the store failed; the message says why.
    case storeReadFailed(UserMessage)
}

/// Work the reducer asks the runtime to do.
public enum Effect: Hashable, Sendable {
    /// Repaint the whole terminal.
    case redraw
    /// Leave the program, restoring the terminal.
    case quit
}
