/// A named thing the user can ask for. Keys map to commands; commands become actions.
///
/// Each command has a stable kebab-case name (for docs and a future keys file), a group
/// and a one-line help text, so the help screen and `docs/keys.md` come from one table.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case showAgreement = "show-agreement"
    case showBudgets = "show-budgets"
    case showProviders = "show-providers"
    case showOutcomes = "show-outcomes"
    case showDecisions = "show-decisions"
    case showAudit = "show-audit"
    case showSpend = "show-spend"
    case showMapping = "show-mapping"
    case showPeople = "show-people"
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case moveToFirst = "move-to-first"
    case moveToLast = "move-to-last"
    case open = "open"
    case back = "back"
    case help = "help"
    case closeHelp = "close-help"
    case previousPeriod = "previous-period"
    case nextPeriod = "next-period"
    case toggleUnit = "toggle-unit"
    case nextView = "next-view"
    case nextModel = "next-model"
    case redraw = "redraw"
    case suspend = "suspend"
    case quit = "quit"
    case edit = "edit"
    case editInForm = "edit-in-form"
    case add = "add"
    case addOther = "add-other"
    case filter = "filter"
    case search = "search"
    case commandLine = "command-line"
    case runCommand = "run-command"
    case complete = "complete"
    case olderCommand = "older-command"
    case newerCommand = "newer-command"
    case nextSort = "next-sort"
    case reverseSort = "reverse-sort"
    case filterRows = "filter-rows"
    case walk = "walk"
    case nextStep = "next-step"
    case previousStep = "previous-step"
    case openStep = "open-step"
    case recordDecision = "record-decision"
    case recordAction = "record-action"
    case meetingDetails = "meeting-details"
    case closeMeeting = "close-meeting"
    case approveMinutes = "approve-minutes"
    case nextMatch = "next-match"
    case previousMatch = "previous-match"
    case runSearch = "run-search"
    case delete = "delete"
    case nextField = "next-field"
    case previousField = "previous-field"
    case saveForm = "save-form"
    case nextCell = "next-cell"
    case previousCell = "previous-cell"
    case saveCell = "save-cell"
    case erase = "erase"
    case startMonth = "start-month"
    case undo = "undo"
    case redo = "redo"
    case showTransactions = "show-transactions"
    case takeLedgerActuals = "take-ledger-actuals"

    /// What the command does, in a few words.
    public var help: String {
        switch self {
        case .showAgreement: "Agreement pane"
        case .showBudgets: "Budgets pane"
        case .showProviders: "Providers pane"
        case .showOutcomes: "Outcomes pane"
        case .showDecisions: "Decisions pane"
        case .showAudit: "Audit pane"
        case .showSpend: "Spend pane (ledger transactions)"
        case .showMapping: "Mapping pane (rules, suspense)"
        case .showPeople: "People pane (roles, sign-offs)"
        case .nextPane: "Next pane"
        case .previousPane: "Previous pane"
        case .moveDown: "Move down one row"
        case .moveUp: "Move up one row"
        case .pageDown: "Move down one page"
        case .pageUp: "Move up one page"
        case .moveToFirst: "Go to the first row"
        case .moveToLast: "Go to the last row"
        case .open: "Open the row's detail"
        case .back: "Back to what was open before"
        case .help: "Show these keys"
        case .closeHelp: "Close this help"
        case .previousPeriod: "Earlier monitored month"
        case .nextPeriod: "Later monitored month"
        case .toggleUnit: "Money in £ or £000"
        case .nextView: "Next Budgets view"
        case .nextModel: "Next risk-share model"
        case .redraw: "Redraw the screen"
        case .suspend: "Suspend (fg continues)"
        case .quit: "Quit"
        case .edit: "Edit: month grid or row"
        case .editInForm: "Edit the row in a form"
        case .add: "Add a record"
        case .addOther: "Add a person, contribution, contract or decision"
        case .filter: "Filter by record, user, date"
        case .search: "Search IDs and names"
        case .commandLine: "Command line (goto, sort, filter…)"
        case .runCommand: "Run the command"
        case .complete: "Complete the word"
        case .olderCommand: "Earlier command"
        case .newerCommand: "Later command"
        case .nextSort: "Sort by the next field"
        case .reverseSort: "Reverse the sort"
        case .filterRows: "Filter rows (:filter rag=red)"
        case .walk: "Walk the agreement (board)"
        case .nextStep: "Next step of the walk"
        case .previousStep: "Previous step"
        case .openStep: "The step's full pane"
        case .recordDecision: "Record a decision"
        case .recordAction: "Record an action"
        case .meetingDetails: "Attendance and month"
        case .closeMeeting: "Close the meeting, keeping its record"
        case .approveMinutes: "Approve the last meeting's minutes"
        case .nextMatch: "Next match"
        case .previousMatch: "Previous match"
        case .runSearch: "Search for what is typed"
        case .delete: "Remove the row (asks)"
        case .nextField: "Next field"
        case .previousField: "Previous field"
        case .saveForm: "Save the form"
        case .nextCell: "Save the cell, next cell"
        case .previousCell: "Save the cell, previous cell"
        case .saveCell: "Save the cell, move down"
        case .erase: "Delete the last character"
        case .startMonth: "Start the next month's return"
        case .undo: "Undo your last edit"
        case .redo: "Redo what you undid"
        case .showTransactions: "The row's ledger transactions"
        case .takeLedgerActuals: "Take ledger actuals into the returns"
        }
    }

    /// The group the command is listed under in help.
    public var group: String {
        switch self {
        case .showAgreement, .showBudgets, .showProviders, .showOutcomes, .showDecisions, .showAudit, .showSpend, .showMapping, .showPeople, .nextPane,
             .previousPane: "Panes"
        case .moveDown, .moveUp, .pageDown, .pageUp, .moveToFirst, .moveToLast: "Moving"
        case .open, .back, .help, .closeHelp: "Opening and closing"
        case .previousPeriod, .nextPeriod, .toggleUnit, .nextView, .nextModel, .showTransactions: "Figures"
        case .search, .nextMatch, .previousMatch, .runSearch, .commandLine, .runCommand, .complete, .olderCommand, .newerCommand,
             .nextSort, .reverseSort, .filterRows: "Finding"
        case .walk, .nextStep, .previousStep, .openStep, .recordDecision, .recordAction, .meetingDetails, .closeMeeting, .approveMinutes: "Meeting"
        case .redraw, .suspend, .quit: "Program"
        case .edit, .nextCell, .previousCell, .saveCell, .erase, .startMonth, .undo, .redo, .editInForm, .add, .addOther, .filter, .delete, .nextField,
             .previousField, .saveForm, .takeLedgerActuals: "Editing"
        }
    }

    /// How many rows the command moves by, for commands that move (nil for the others).
    public func movement(pageSize: Int) -> Int? {
        switch self {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown: max(1, pageSize)
        case .pageUp: -max(1, pageSize)
        case .moveToFirst: -1_000_000
        case .moveToLast: 1_000_000
        default: nil
        }
    }

    /// The action the command asks for; `pageSize` is the number of rows a page moves.
    public func action(pageSize: Int) -> Action {
        switch self {
        case .showAgreement: .showPane(.agreement)
        case .showBudgets: .showPane(.budgets)
        case .showProviders: .showPane(.providers)
        case .showOutcomes: .showPane(.outcomes)
        case .showDecisions: .showPane(.decisions)
        case .showAudit: .showPane(.audit)
        case .showSpend: .showPane(.spend)
        case .showMapping: .showPane(.mapping)
        case .showPeople: .showPane(.people)
        case .nextPane: .showNextPane
        case .previousPane: .showPreviousPane
        case .moveDown: .moveSelection(by: 1)
        case .moveUp: .moveSelection(by: -1)
        case .pageDown: .moveSelection(by: max(1, pageSize))
        case .pageUp: .moveSelection(by: -max(1, pageSize))
        case .moveToFirst: .moveToFirst
        case .moveToLast: .moveToLast
        case .open: .openSelected
        case .back, .closeHelp: .goBack
        case .help: .toggleHelp
        case .previousPeriod: .showPreviousPeriod
        case .nextPeriod: .showNextPeriod
        case .toggleUnit: .toggleDisplayUnit
        case .nextView: .showNextBudgetsView
        case .nextModel: .showNextRiskShareModel
        case .redraw: .redraw
        case .suspend: .suspend
        case .quit: .quit
        case .edit: .edit
        case .editInForm: .editInForm
        case .add: .addRecord(other: false)
        case .addOther: .addRecord(other: true)
        case .filter: .filterAudit
        case .search: .startSearch
        case .commandLine: .openPrompt("")
        case .runCommand: .runPrompt
        case .complete: .completePrompt
        case .olderCommand: .browsePromptHistory(back: true)
        case .newerCommand: .browsePromptHistory(back: false)
        case .nextSort: .cycleSort(reverse: false)
        case .reverseSort: .cycleSort(reverse: true)
        case .filterRows: .openPrompt("filter ")
        case .walk: .startWalk
        case .nextStep: .stepWalk(by: 1)
        case .previousStep: .stepWalk(by: -1)
        case .openStep: .openWalkStep
        case .recordDecision: .recordMinute(.decision)
        case .recordAction: .recordMinute(.action)
        case .meetingDetails: .editMeeting
        case .closeMeeting: .closeMeeting
        case .approveMinutes: .openPrompt("approve-minutes ")
        case .nextMatch: .stepMatch(forward: true)
        case .previousMatch: .stepMatch(forward: false)
        case .runSearch: .runSearch
        case .delete: .askToDelete
        case .nextField: .moveField(by: 1)
        case .previousField: .moveField(by: -1)
        case .saveForm: .saveForm
        case .nextCell: .commitCell(rows: 0, columns: 1)
        case .previousCell: .commitCell(rows: 0, columns: -1)
        case .saveCell: .commitCell(rows: 1, columns: 0, toRowStart: true)
        case .erase: .erase
        case .startMonth: .startNextMonth
        case .undo: .undo
        case .redo: .redo
        case .showTransactions: .showTransactions
        case .takeLedgerActuals: .takeLedgerActuals
        }
    }
}
