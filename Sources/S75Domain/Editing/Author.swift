/// Who made a change: the operating-system user and, over ssh, the client's address.
public struct Author: Hashable, Sendable {
    public var user: String
    /// The ssh client's address ("192.0.2.7"), or empty on a local terminal.
    public var client: String

    public init(user: String, client: String = "") {
        self.user = user
        self.client = client
    }
}

/// One line of the audit trail: who changed which field of which record, when, from what to what.
public struct AuditEntry: Hashable, Sendable, Codable {
    /// The order in which changes were made (increasing).
    public var sequence: Int64
    /// When, as ISO 8601 in UTC ("2026-01-14T09:30:05Z").
    public var at: String
    public var user: String
    public var client: String
    /// "monitoring", "line", "contribution", "agreement".
    public var entity: String
    /// "S02 2025-12", "S02", "C1".
    public var entityID: String
    public var field: String
    /// Nil when the record was added.
    public var old: String?
    /// Nil when the record was removed.
    public var new: String?

    public init(sequence: Int64, at: String, user: String, client: String, entity: String, entityID: String, field: String,
                old: String?, new: String?) {
        self.sequence = sequence
        self.at = at
        self.user = user
        self.client = client
        self.entity = entity
        self.entityID = entityID
        self.field = field
        self.old = old
        self.new = new
    }
}
