/// A decision or an action the board records at a meeting, against the item it was discussing.
public struct Minute: Hashable, Sendable, Identifiable {
    /// A decision the board took, or an action someone must carry out.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case decision, action

        /// "Decision", "Action".
        public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

        /// The first letter of its identifiers: D1, A1.
        public var prefix: String { self == .decision ? "D" : "A" }
    }

    /// Where a decision or action stands.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        /// A decision agreed by the board.
        case agreed
        /// A decision put off to a later meeting.
        case deferred
        /// An action still to be done.
        case open
        /// An action carried out.
        case done
        /// An action no longer needed.
        case dropped

        /// "Agreed", "Open" …
        public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

        /// The statuses a minute of `kind` can have, the usual one first.
        public static func choices(for kind: Kind) -> [Status] { kind == .decision ? [.agreed, .deferred] : [.open, .done, .dropped] }

        /// Whether the minute still needs something to happen: an open action or a deferred decision.
        public var isOutstanding: Bool { self == .open || self == .deferred }
    }

    /// "D1", "A3".
    public var id: String
    public var kind: Kind
    /// The day of the meeting that recorded it.
    public var meeting: DateOnly
    /// What it was recorded against: a walk step's name ("year-end") or a record's identifier ("S08a").
    public var item: String
    public var text: String
    /// Who must carry it out (actions) or who proposed it (decisions); may be empty for a decision.
    public var owner: String
    /// When an action is due.
    public var due: DateOnly?
    public var status: Status

    public init(id: String, kind: Kind, meeting: DateOnly, item: String, text: String, owner: String = "", due: DateOnly? = nil,
                status: Status? = nil) {
        self.id = id
        self.kind = kind
        self.meeting = meeting
        self.item = item
        self.text = text
        self.owner = owner
        self.due = due
        self.status = status ?? Status.choices(for: kind)[0]
    }

    /// Whether it is an action still open, or a decision put off, from a meeting before `date`.
    public func isCarriedForward(to date: DateOnly) -> Bool { status.isOutstanding && meeting < date }

    /// Whether it is an action past its due date on `date` and not yet done.
    public func isOverdue(on date: DateOnly) -> Bool { status == .open && due.map { $0 < date } == true }
}
