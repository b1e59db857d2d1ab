import S75Domain

/// The kinds of record a form edits.
public enum FormKind: String, Hashable, Sendable, CaseIterable {
    case agreement, partner, contribution, line, provider, contract, metric, meeting, minute, personalBudget, ledgerRule, chargeBack, variation, person
    case bcfReturn, risk
    /// Not a record: which changes the Audit pane lists.
    case auditFilter

    /// "partner", "scheme line" …
    public var noun: String {
        switch self {
        case .agreement: "agreement details"
        case .line: "scheme line"
        case .minute: "decision or action"
        case .personalBudget: "personal budget"
        case .ledgerRule: "ledger rule"
        case .chargeBack: "charge-back"
        case .variation: "budget variation"
        case .auditFilter: "audit filter"
        case .bcfReturn: "BCF return"
        default: rawValue
        }
    }
}

/// A form being filled in: its fields (raw text as typed), which has the focus, and the record it edits.
public struct FormState: Hashable, Sendable {
    public var kind: FormKind
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    /// The record being edited; nil for a new one (its key comes from the identifier typed).
    public var key: RecordKey?
    /// The version of the record when the form was opened: the save is based on it.
    public var baseVersion: Int?
    /// The texts as the form opened, to tell whether anything was changed.
    public var original: [String]
    /// Esc was pressed with changes: the next key says whether to discard them.
    public var confirmingDiscard = false
    /// Set when another session changed the record while the form was open.
    public var changedUnderneath = false
    /// A save refused because another session changed the record first.
    public var conflict: SaveConflict?
    /// Whether the focused field has not been typed into since it took the focus: the first key typed
    /// replaces its text, as a selected field's text is replaced.
    public var freshFocus = true

    public init(kind: FormKind, title: String, fields: [FormField], key: RecordKey?, baseVersion: Int?) {
        self.kind = kind
        self.title = title
        self.fields = fields
        self.key = key
        self.baseVersion = baseVersion
        original = fields.map(\.text)
        focus = fields.firstIndex { !$0.locked } ?? 0
    }

    /// Whether any field differs from how the form opened.
    public var hasChanges: Bool { fields.map(\.text) != original }

    /// Whether the form adds a record rather than changing one.
    public var isNew: Bool { key == nil }
}
