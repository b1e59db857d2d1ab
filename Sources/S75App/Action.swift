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
    case suspend
    /// The terminal came back after a suspension (or could not be suspended: no job control).
    case resumed(suspended: Bool)
    case quit
    /// Time has passed (the runtime's poll interval, idle or typing): the state asks whether another session has
    /// changed the store.
    case tick
    /// The records' check, worked out on another core while the first frame was drawn (``AppState/checkingRecords``).
    case recordsChecked([ValidationProblem])
    /// A key that means nothing here.
    case unboundKey(String)
    /// Another session changed the store; the new agreement and versions replace the old, keeping the
    /// selection and anything being typed. The ledger's panes read again only when the ledger (its rows or rules) may
    /// have changed: not after returns and meetings alone.
    case storeChangedElsewhere(Agreement, versions: RecordVersions, ledgerMayHaveChanged: Bool = true)
    /// e: the month's return in the grid on the Budgets list; the selected row's form elsewhere.
    case edit
    /// The selected row's (or the open detail's) record in its form.
    case editInForm
    /// A new record of the kind the pane lists; with `other`, of its second kind (contributions, contracts).
    case addRecord(other: Bool)
    /// Starts (or resumes) the board's walk.
    case startWalk
    /// The next (1) or previous (−1) step of the walk.
    case stepWalk(by: Int)
    /// The walk's step in its full pane.
    case openWalkStep
    /// A new decision or action, against the walk's step when walking.
    case recordMinute(Minute.Kind)
    /// Today's meeting: attendance and the month before the board.
    case editMeeting
    /// Opens the `:` command line, with `text` already typed.
    case openPrompt(String)
    /// Runs the command line.
    case runPrompt
    /// Completes the command line's last word.
    case completePrompt
    /// An earlier (`back`) or later line of the command history.
    case browsePromptHistory(back: Bool)
    /// The next field to sort the pane by (`reverse`: the same field, the other way).
    case cycleSort(reverse: Bool)
    /// The theme asked for is on screen now.
    case themeApplied(String)
    /// The theme asked for could not be loaded; the message says why.
    case themeFailed(UserMessage)
    /// Opens the search line.
    case startSearch
    /// Runs the search typed.
    case runSearch
    /// The next (or previous) match of the last search.
    case stepMatch(forward: Bool)
    /// Opens the Audit pane's filter.
    case filterAudit
    /// Asks whether to remove the selected record.
    case askToDelete
    /// Moves the form's focus to another field.
    case moveField(by: Int)
    /// Saves the form.
    case saveForm
    /// A printable key typed into the grid.
    case typed(Character)
    /// A paste where nothing takes typing: said so, and nothing run.
    case refusePaste
    /// Deletes the last character typed into the cell.
    case erase
    /// Saves the cell being typed, then moves the cursor by `rows` and `columns`.
    /// Saves the cell and moves; `toRowStart` (Enter) returns to the column where the row was started.
    case commitCell(rows: Int, columns: Int, toRowStart: Bool = false)
    /// Starts the month after the latest monitored one.
    case startNextMonth
    case undo
    case redo
    /// A save was committed: the record's new version (nil once removed).
    case saved(Change, version: Int?, intent: SaveIntent)
    /// A save was refused because someone else changed the record first: it as it is now.
    case saveConflicted(Change, current: AgreementRecord?, version: Int?, intent: SaveIntent)
    /// A save failed; the message says why and what to do.
    case saveFailed(UserMessage)
    /// The audit trail was read for the Audit pane.
    case auditLoaded([AuditEntry])
    /// Reading the store failed; the message says why.
    case storeReadFailed(UserMessage)
    /// The region's server answers again after it could not be reached, and nothing changed meanwhile.
    case storeReachableAgain
    /// The Spend pane's transactions could not be read: said once, and not asked for again until the pane is shown again.
    case spendReadFailed(UserMessage)
    /// The content area's height changed: how many rows it has.
    case viewportChanged(rows: Int)
    /// Transactions were read for the Spend pane.
    case spendLoaded(SpendPage)
    /// The count and total of the Spend pane's query, worked out on another core while its first rows were shown.
    case spendCounted(LedgerQuery, SpendPage.Count)
    /// The Mapping pane's figures were read.
    case ledgerOverviewLoaded(LedgerOverview)
    /// t: the selected line's (or provider's) transactions, on the Spend pane.
    case showTransactions
    /// T on the Mapping pane: the month's ledger actuals taken into the returns of the lines that disagree.
    case takeLedgerActuals
    /// C in the walk: today's meeting closed, its record kept as it stands (after y).
    case closeMeeting
    /// Several changes were committed as one: each record's new version.
    case savedAll([PlannedChange], versions: [Int?], intent: SaveIntent)
}

extension Action {
    /// Whether the action is not the user's doing but an answer the runtime brings back (what was read, the walk's
    /// progress recorded): the status line keeps its message.
    var happensBehindTheUsersBack: Bool {
        switch self {
        case .saved(_, _, .walkProgress), .spendLoaded, .spendCounted, .ledgerOverviewLoaded, .auditLoaded, .viewportChanged, .tick,
             .recordsChecked: true
        default: false
        }
    }
}

/// Work the reducer asks the runtime to do.
public enum Effect: Hashable, Sendable {
    /// Repaint the whole terminal.
    case redraw
    /// Leave the program, restoring the terminal.
    case quit
    /// Hand the terminal back to the shell until `fg`; answered by `.resumed`.
    case suspend
    /// Write `change` to the store, based on the record's version `expecting`; answered by `.saved`,
    /// `.saveConflicted` or `.saveFailed`.
    case save(Change, expecting: Int?, intent: SaveIntent)
    /// Read the audit trail with `filter`; answered by `.auditLoaded`.
    case loadAudit(AuditFilter)
    /// Read the transactions the Spend pane shows; answered by `.spendLoaded` (or `.storeReadFailed`).
    case loadSpend(SpendRequest)
    /// Read rows the Spend pane will want after a page up or down, once the frame is drawn; answered by `.spendLoaded`.
    case prefetchSpend(SpendRequest)
    /// Read the Mapping pane's figures; answered by `.ledgerOverviewLoaded`.
    case loadLedgerOverview
    /// Write several changes in one transaction, all or none; answered by `.savedAll`, `.saveConflicted` or `.saveFailed`.
    case saveAll([PlannedChange], intent: SaveIntent)
    /// Draw with the theme named (built in, or a file); answered by `.themeApplied` or `.storeReadFailed` with why not.
    case applyTheme(String)
    /// Ask the store whether another session has changed it since this one last read it; answered by
    /// `.storeChangedElsewhere` or `.storeReadFailed`, and by nothing when nobody has.
    case checkForChanges
}

/// Why a change is saved: a new edit, or undoing or redoing one (each goes on its own stack).
public enum SaveIntent: Hashable, Sendable {
    /// A new edit; `move` is where the grid's cursor goes once it is saved.
    case edit(summary: String, move: CellMove?)
    case undo(UndoStep)
    case redo(UndoStep)
    /// The walk's progress through today's meeting: recorded and audited, but not an edit to undo.
    case walkProgress
    /// A step in the record of account (a month closed or reopened), described: recorded and audited, never undone.
    case record(summary: String)
}

/// How far the grid's cursor moves: rows down, columns right.
public struct CellMove: Hashable, Sendable {
    public var rows: Int
    public var columns: Int
    /// Enter after Tab: back to the column where the row was started, as spreadsheets do.
    public var toRowStart: Bool

    public init(rows: Int, columns: Int, toRowStart: Bool = false) {
        self.rows = rows
        self.columns = columns
        self.toRowStart = toRowStart
    }
}

/// A change to write, and the version of the record it is based on.
public struct PlannedChange: Hashable, Sendable {
    public var change: Change
    public var expected: Int?

    public init(_ change: Change, expected: Int?) {
        self.change = change
        self.expected = expected
    }
}
