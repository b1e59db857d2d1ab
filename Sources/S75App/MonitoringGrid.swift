import S75Domain

/// The monthly monitoring return as a grid: one row per scheme line (revenue, then capital), the cells
/// actual to date, forecast and commentary, a cursor on one cell and, while typing, the raw text.
public struct MonitoringGrid: Hashable, Sendable {
    /// The cells a row can edit.
    public enum Column: Int, CaseIterable, Hashable, Sendable {
        case actual, forecast, commentary

        /// The column's heading.
        public var title: String {
            switch self {
            case .actual: "Actual"
            case .forecast: "Forecast"
            case .commentary: "Commentary"
            }
        }

        /// The audit trail's name for the field.
        public var field: String {
            switch self {
            case .actual: "actual to date"
            case .forecast: "forecast"
            case .commentary: "commentary"
            }
        }
    }

    /// Text typed into a cell and not yet saved, kept as typed so that a half-typed "1,2" survives.
    public struct Draft: Hashable, Sendable {
        public var text: String
        /// The version of the row's return when typing began: the save is based on it (nil: no return yet).
        public var baseVersion: Int?
        /// Set when another session changed the row's return while this was being typed.
        public var changedUnderneath = false
    }

    /// The month being entered.
    public var period: Period
    /// The row, an index into the agreement's lines (revenue first).
    public var row: Int
    public var column: Column
    /// The column where the cursor entered this row: Enter returns to it.
    public var rowStartColumn: Column
    public var draft: Draft?
    /// Why the draft cannot be saved, shown beside the cell as it is typed.
    public var problem: String?
    /// Why the draft, though it can be saved, looks out of line with the line's previous return (shown before saving).
    public var warning: String?
    public var conflict: SaveConflict?

    public init(period: Period, row: Int, column: Column = .actual) {
        self.period = period
        self.row = row
        self.column = column
        self.rowStartColumn = column
    }
}

/// One edit the user can undo: the change that reverses it, and the one that makes it again.
public struct UndoStep: Hashable, Sendable {
    /// What undoing writes: each record as it was before the edit (one, or several written together).
    public var undo: [Change]
    /// What redoing writes: the edit itself.
    public var redo: [Change]
    /// Each record's version after the edit (or after its undo, on the redo stack).
    public var versions: [Int?]
    /// The edit in words ("S02 actual to date for Jan 2026").
    public var summary: String
}

/// A save refused because another session changed the record first: both versions, for the user to choose.
public struct SaveConflict: Hashable, Sendable {
    public var mine: Change
    public var theirs: AgreementRecord?
    public var theirVersion: Int?
    /// In a form, the fields both sessions changed, each with both values; fields only one side changed are merged.
    public var fields: [FieldConflict] = []
}

/// A field both sessions changed, to different values.
public struct FieldConflict: Hashable, Sendable {
    public var label: String
    public var mine: String
    public var theirs: String
}
