/// One partner's money into the pool from one funding source for the financial year.
public struct Contribution: Hashable, Sendable, Codable, Identifiable {
    /// Stable identifier, e.g. "C1".
    public var id: String
    public var partnerID: Partner.ID
    public var source: FundingSource
    /// The amount for the year; never negative.
    public var amount: Money
    /// Free-text notes (what the contribution is made of, ring-fences).
    public var notes: String

    public init(id: String, partnerID: Partner.ID, source: FundingSource, amount: Money, notes: String = "") {
        self.id = id
        self.partnerID = partnerID
        self.source = source
        self.amount = amount
        self.notes = notes
    }

    /// Revenue or capital, decided by the funding source.
    public var ledger: Ledger { source.ledger }
}
