/// One transaction of a general-ledger export, as read: what it was, where it was posted, and its amount.
public struct LedgerRow: Hashable, Sendable {
    public var postingDate: DateOnly
    /// The month it counts in (the export's period, or the posting date's month).
    public var period: Period
    public var costCentre: String
    public var costCentreName: String
    public var account: String
    public var accountName: String
    public var supplier: String
    public var description: String
    public var document: String
    /// Positive for a charge, negative for a credit.
    public var amount: Money

    public init(postingDate: DateOnly, period: Period, costCentre: String, costCentreName: String = "", account: String,
                accountName: String = "", supplier: String = "", description: String = "", document: String = "", amount: Money) {
        self.postingDate = postingDate
        self.period = period
        self.costCentre = costCentre
        self.costCentreName = costCentreName
        self.account = account
        self.accountName = accountName
        self.supplier = supplier
        self.description = description
        self.document = document
        self.amount = amount
    }
}
