import S75Domain

/// What the content area shows. Exactly one at a time, and each names its own pane, so a detail can
/// never sit under a summary, nor a Budgets view on another pane.
public enum ContentView: Hashable, Sendable {
    /// A pane's table of items.
    case table(Pane)
    /// The Budgets pane's summary: roll-ups and ring-fence checks.
    case budgetsSummary
    /// The Budgets pane's year-end position, under the agreement's rule (nil) or a what-if model.
    case yearEnd(whatIfModel: Int?)
    /// The detail of one item, over its pane's table.
    case detail(PaneItem)
    /// The monthly monitoring return, entered in a grid over the Budgets pane.
    case grid(MonitoringGrid)
    /// A form editing one record (or adding one), over the pane that lists it.
    case form(FormState)
    /// The board's walk through the agreement, at one step.
    case walk(WalkStep)

    /// The pane the view belongs to.
    public var pane: Pane {
        switch self {
        case .table(let pane): pane
        case .budgetsSummary, .yearEnd, .grid: .budgets
        case .detail(let item): item.pane
        case .form(let form): form.kind.pane
        case .walk(let step): step.pane
        }
    }
}

/// Everything the screen shows, as one value. Drawing is a function of it.
public struct AppState: Hashable, Sendable {
    /// The agreement as last read from the store.
    public var agreement: Agreement {
        didSet {
            agreementRevision &+= 1
            if !agreement.checksTheSame(as: oldValue) {
                if !agreement.recordsCheckTheSame(as: oldValue) { (recordProblems, checkingRecords) = (agreement.recordProblems(), false) }
                problems = recordProblems + agreement.returnProblems()
            }
            arrangeTables(after: oldValue)
        }
    }
    /// How many times the agreement has been replaced or changed: what a view built from it can be kept by.
    public private(set) var agreementRevision = 0
    /// What the agreement's check finds, kept with it: the Agreement pane's to-do list, drawn on every frame.
    public private(set) var problems: [ValidationProblem]
    /// The records' part of it (``Agreement/recordProblems()``), kept so that a saved return checks the returns again,
    /// not the whole agreement.
    private var recordProblems: [ValidationProblem]
    /// Whether the records' check is still being worked out, on another core while the first frame is drawn: until it
    /// arrives (``Action/recordsChecked(_:)``) `problems` holds the returns' alone, so nothing that shows them may be drawn.
    public private(set) var checkingRecords = false
    /// Where the agreement is stored, shown in the status line.
    public var storePath: String
    /// The screen quitting goes back to ("portfolio", when the agreement was opened from a region's); nil when it quits.
    public var returnsTo: String?
    /// Why nothing can be saved ("opened read-only", "its folder is read-only"); nil when edits can be saved.
    public var readOnlyReason: String?
    /// What is open, innermost last: the content view and any line or overlay over it. The key context is its top's.
    public var modes = ModeStack() {
        didSet {
            if view == .budgetsSummary, oldValue.view != .budgetsSummary { tables.budgetsSummary = agreement.summaryItems(at: period) }
        }
    }
    /// The selected item of each pane, counted from zero.
    public var selection: [Pane: Int] = [:]
    /// The month whose monitoring is shown.
    public var period: Period { didSet { if period != oldValue { arrangeTables() } } }
    public var displayUnit: DisplayUnit = .thousands
    public var message: UserMessage?
    /// How far a pane without selectable rows (a summary, a detail) is scrolled, in lines.
    public var scroll: [Pane: Int] = [:]
    /// The version of every record as last read: what an edit is based on (``version(of:)``).
    public var versions = RecordVersions()
    /// The user's own edits in this run, newest last, to undo; and the undone ones, to redo.
    public var undoSteps: [UndoStep] = []
    public var redoSteps: [UndoStep] = []
    /// The audit trail as last read for the Audit pane, newest first, and the filter it was read with.
    public var audit: [AuditEntry] = []
    public var auditFilter = AuditFilter()
    /// Where the board's walk got to: `w` resumes it there.
    public var walkStep: WalkStep = .previousMinutes
    /// The walk's sentence last worked out (recorded in today's meeting), and for which step, month and agreement
    /// revision, so that the screen draws the one recorded rather than working it out again.
    var walkSentenceWorkedOut: WalkSentence?
    /// How each pane's table is sorted and filtered.
    public var arrangements: [Pane: TableArrangement] = [:] { didSet { if arrangements != oldValue { arrangeTables() } } }
    /// Each pane's rows as its table shows them, arranged once whenever what they depend on changes (the agreement, the
    /// month, the arrangements, the day), never per frame or key.
    public private(set) var tables = Tables()
    /// The `:` command lines run before, oldest first.
    public var promptHistory: [String] = []
    /// The theme chosen at the desk (`--theme`, `:theme`), and every theme `:theme` can name.
    public var deskTheme = "default"
    public var themeNames: [String] = []
    /// Whether the screen is set for a room (`--present`, `:present`): high contrast, more space, no dim text.
    public var presenting = false
    /// The last search run: its matches are highlighted, and n and N step through them.
    public var searchQuery: String?

    /// How many rows the content area has for a pane's lines (the terminal's height less the chrome).
    public var viewportRows = 19
    /// The Spend pane's table: its query and the window of transactions round what is on screen.
    public var spend = SpendTable()
    /// The Spend orders the store reads along an index, where a read is a short walk whatever its length; in the
    /// others each read sorts the whole ledger. Given by the runtime from the store.
    public var indexedLedgerSorts: Set<LedgerQuery.SortKey> = []
    /// The Mapping pane's figures as last read; nil until read (and again once the ledger or its rules change).
    public var ledger: LedgerOverview?

    /// Who is using this session: the account the operating system says runs it, named in what it records.
    public var user = ""
    /// The day it is where s75 runs: the date of the meeting the walk records.
    public var today: DateOnly { didSet { if today != oldValue { arrangeTables() } } }

    /// The state of a freshly opened agreement on `today`: Budgets pane, the agreement's reporting period.
    /// `checkingRecordsLater` leaves the records' check to the caller, which works it out meanwhile and hands it over
    /// before any key is read (``Action/recordsChecked(_:)``).
    public init(agreement: Agreement, storePath: String, today: DateOnly, checkingRecordsLater: Bool = false) {
        self.agreement = agreement
        self.recordProblems = checkingRecordsLater ? [] : agreement.recordProblems()
        self.checkingRecords = checkingRecordsLater
        self.problems = recordProblems + agreement.returnProblems()
        self.storePath = storePath
        self.period = agreement.reportingPeriod
        self.today = today
        arrangeTables()
    }

    /// Takes the records' check worked out elsewhere: the to-do list and the Agreement pane's rows then count them.
    mutating func recordsChecked(_ problems: [ValidationProblem]) {
        guard checkingRecords else { return }  // the records changed meanwhile and were checked again here
        recordProblems = problems
        self.problems = recordProblems + agreement.returnProblems()
        checkingRecords = false
        arrangeTables()
    }

    /// The version of the record with `key` as last read: what an edit of it is based on; nil when there is none.
    public func version(of key: RecordKey) -> Int? { versions.version(of: key, in: agreement) }

    /// The active pane.
    public var pane: Pane { view.pane }

    /// What the Budgets pane shows.
    public var budgetsView: BudgetsView {
        switch view {
        case .budgetsSummary: .summary
        case .yearEnd: .yearEnd
        case .table, .detail, .grid, .form, .walk: .lines
        }
    }

    /// The risk-share model the year-end view shows: nil for the agreement's own.
    public var whatIfModel: Int? {
        if case .yearEnd(let model) = view { return model }
        return nil
    }

    /// The item whose detail is open, if any.
    public var detailItem: PaneItem? {
        if case .detail(let item) = view { return item }
        return nil
    }

    /// The same state without the help drawn over it: what help describes the keys of.
    public var closingHelp: AppState {
        var state = self
        if showingHelp { state.modes.closeOverlay() }
        return state
    }

    /// The grid, when the monthly return is being entered.
    public var grid: MonitoringGrid? {
        if case .grid(let grid) = view { return grid }
        return nil
    }

    /// Whether the active pane shows a detail view.
    public var isShowingDetail: Bool { detailItem != nil }

    /// The items of the active pane.
    public var items: [PaneItem] { items(in: pane) }

    /// The selectable items of `pane` as it is shown now (the Budgets pane's summary views have none).
    public func items(in pane: Pane) -> [PaneItem] {
        if pane == .audit { return audit.map { .auditEntry($0.sequence) } }
        if pane == .mapping { return mappingItems }
        guard pane == .budgets, budgetsView != .lines else { return tableItems(in: pane) }
        return budgetsView == .summary ? tables.budgetsSummary : []
    }

    /// How `pane`'s table is sorted and filtered.
    public func arrangement(of pane: Pane) -> TableArrangement { arrangements[pane] ?? TableArrangement() }

    /// The rows of `pane`'s table, sorted and filtered as the pane's arrangement says.
    public func tableItems(in pane: Pane) -> [PaneItem] { tables.rows[pane] ?? [] }

    /// Where `item` is in `pane`'s table, if it is shown there.
    public func position(of item: PaneItem, in pane: Pane) -> Int? { tables.positions[pane]?[item] }

    /// Arranges every pane's table afresh; after a change of the agreement from `previous`, a table in its plain order
    /// whose records are the same keeps its rows, and the lines' order is kept while the lines are the same. A pane
    /// whose rows come out as they were keeps its index of them.
    private mutating func arrangeTables(after previous: Agreement? = nil) {
        var tables = Tables()
        let linesSame = previous.map { $0.lines == agreement.lines } ?? false
        tables.lineOrder = linesSame ? self.tables.lineOrder : agreement.lineIDsByLedger
        for pane in Pane.allCases where pane != .audit && pane != .mapping && pane != .spend {
            if let previous, arrangement(of: pane).isPlain, let kept = self.tables.rows[pane],
               agreement.sameRecords(as: previous, in: pane, linesSame: linesSame) {
                (tables.rows[pane], tables.positions[pane]) = (kept, self.tables.positions[pane])
                continue
            }
            let rows = arranged(agreement.items(in: pane, problems: problems.count, lineOrder: tables.lineOrder), by: arrangement(of: pane))
            tables.rows[pane] = rows
            tables.positions[pane] = rows == self.tables.rows[pane] ? self.tables.positions[pane]
                : Dictionary(rows.enumerated().map { ($1, $0) }) { first, _ in first }
        }
        tables.budgetsSummary = view == .budgetsSummary ? agreement.summaryItems(at: period) : []
        let returnsSame = linesSame && previous?.monitoring == agreement.monitoring  // a walk step's save changes neither
        tables.coverage = returnsSame ? self.tables.coverage : agreement.coverage(at: period, of: tables.lineOrder)
        tables.standing = agreement.standing(of: period)
        tables.supersededSignOffs = Set(agreement.signOffs.filter(agreement.isSuperseded).map(\.id))
        self.tables = tables
    }

    /// The selected item index in `pane`, kept inside the pane's items.
    public func selectedIndex(in pane: Pane) -> Int {
        let count = items(in: pane).count
        return min(max(0, selection[pane] ?? 0), max(0, count - 1))
    }

    /// The selected item of `pane`, if the pane has any.
    public func selectedItem(in pane: Pane) -> PaneItem? {
        let items = items(in: pane)
        return items.isEmpty ? nil : items[selectedIndex(in: pane)]
    }
}

/// The rows of the panes' tables as they are shown, with where each item is.
public struct Tables: Hashable, Sendable {
    /// Each pane's rows, sorted and filtered as its arrangement says.
    public var rows: [Pane: [PaneItem]] = [:]
    /// Where each row is in its pane's table.
    public var positions: [Pane: [PaneItem: Int]] = [:]
    /// The rows of the Budgets summary, while it is shown (its roll-ups are worked out when it opens).
    public var budgetsSummary: [PaneItem] = []
    /// Whether the month shown has every line's return, drawn in the header of every frame.
    public var coverage = MonitoringCoverage.none
    /// Where the month shown stands: entered, submitted, approved, closed.
    public var standing = MonthStanding.notMonitored
    /// The sign-offs a later change overtook, which the header says on every frame.
    public var supersededSignOffs: Set<SignOff.ID> = []
    /// The lines in the grid's order (revenue, then capital): the grid's rows.
    public var lineOrder: [SchemeLine.ID] = []
}

/// Which changes the Audit pane lists: by record, by user, and from a date.
public struct AuditFilter: Hashable, Sendable {
    /// A record's identifier ("S02", "C1", "S02 2025-12", the agreement's ID); empty for all.
    public var entity = ""
    /// An operating-system user; empty for all.
    public var user = ""
    /// The first day, "YYYY-MM-DD"; empty for all time.
    public var since = ""
    /// A kind of record ("monitoring", "line" …); empty for all.
    public var kind = ""
    /// A month, "YYYY-MM": changes to its returns, meetings and decisions; empty for all.
    public var period = ""

    public init(entity: String = "", user: String = "", since: String = "", kind: String = "", period: String = "") {
        self.entity = entity
        self.user = user
        self.since = since
        self.kind = kind
        self.period = period
    }

    /// The kinds of record the audit trail names, for the filter's pick-list.
    public static let kinds = ["agreement", "partner", "contribution", "line", "monitoring", "provider", "contract", "metric", "meeting",
                               "minute", "personal budget", "ledger rule", "charge-back", "month", "ledger import"]

    /// "record S02 · user alice · since 2026-01-01", or "everything".
    public var summary: String {
        let parts = [entity.isEmpty ? nil : "record \(entity)", kind.isEmpty ? nil : "kind \(kind)", period.isEmpty ? nil : "month \(period)",
                     user.isEmpty ? nil : "user \(user)", since.isEmpty ? nil : "since \(since)"]
        return parts.compactMap { $0 }.joined(separator: " · ").isEmpty ? "everything" : parts.compactMap { $0 }.joined(separator: " · ")
    }
}

/// What waits for the user's yes: y goes ahead, any other key keeps things as they are.
public enum PendingConfirmation: Hashable, Sendable {
    /// d: removing a record.
    case deletion(RecordKey)
    /// T: the month's ledger actuals taken into the returns of the lines that disagree.
    case takeLedgerActuals
    /// C in the walk: today's meeting closed.
    case closeMeeting
}

/// A step's sentence as worked out at one month and revision of the agreement.
struct WalkSentence: Hashable, Sendable {
    var step: WalkStep
    var period: Period
    var revision: Int
    var text: String
}
