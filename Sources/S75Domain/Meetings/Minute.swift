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
        /// An action no longer needed: withdrawn, with the reason in its update.
        case dropped

        /// "Agreed", "Open", "Withdrawn" …
        public var label: String { self == .dropped ? "Withdrawn" : rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

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
    /// What happened to it since it was recorded, oldest first: each a day, how it then stood, and a note.
    public var updates: [MinuteUpdate]

    public init(id: String, kind: Kind, meeting: DateOnly, item: String, text: String, owner: String = "", due: DateOnly? = nil,
                status: Status? = nil, updates: [MinuteUpdate] = []) {
        self.id = id
        self.kind = kind
        self.meeting = meeting
        self.item = item
        self.text = text
        self.owner = owner
        self.due = due
        self.status = status ?? Status.choices(for: kind)[0]
        self.updates = updates
    }

    /// The minute as it stands after an update on `day`: its status, and the note saying why.
    public func updated(to status: Status, note: String, on day: DateOnly) -> Minute {
        var minute = self
        minute.status = status
        minute.updates.append(MinuteUpdate(on: day, status: status, note: note))
        return minute
    }

    /// Whether it is an action still open, or a decision put off, from a meeting before `date`.
    public func isCarriedForward(to date: DateOnly) -> Bool { status.isOutstanding && meeting < date }

    /// Whether it is an action past its due date on `date` and not yet done.
    public func isOverdue(on date: DateOnly) -> Bool { status == .open && due.map { $0 < date } == true }
}

/// A later word on a decision or action: the day, how it then stood, and why ("plan received", "no longer needed").
public struct MinuteUpdate: Hashable, Sendable, CustomStringConvertible {
    public var on: DateOnly
    public var status: Minute.Status
    public var note: String

    public init(on: DateOnly, status: Minute.Status, note: String) {
        self.on = on
        self.status = status
        self.note = note
    }

    /// "Done 17 Feb 2026: plan received".
    public var description: String { "\(status.label) \(on.label)" + (note.isEmpty ? "" : ": \(note)") }
}
