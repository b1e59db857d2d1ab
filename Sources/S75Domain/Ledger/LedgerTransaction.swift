/// One transaction of a partner's general ledger, as imported, with the line the agreement's rules map it to.
public struct LedgerTransaction: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var postingDate: DateOnly
    /// The accounting month it is posted to (which an accrual may place before its date).
    public var period: Period
    public var costCentre: String
    public var costCentreName: String
    public var account: String
    public var accountName: String
    public var supplier: String
    public var description: String
    public var document: String
    public var amount: Money
    /// The scheme line the rules map it to; nil while it is in suspense.
    public var lineID: SchemeLine.ID?

    public init(id: Int64, postingDate: DateOnly, period: Period, costCentre: String, costCentreName: String, account: String,
                accountName: String, supplier: String, description: String, document: String, amount: Money, lineID: SchemeLine.ID?) {
        self.id = id
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
        self.lineID = lineID
    }
}
