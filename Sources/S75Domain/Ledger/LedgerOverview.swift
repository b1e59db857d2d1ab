/// What the Mapping pane shows of the ledger: how much is mapped, the suspense by cost centre and account, and the
/// mapped actuals of each line and month, for the reconciliation.
public struct LedgerOverview: Hashable, Sendable {
    /// Unmapped transactions of one cost centre and account.
    public struct SuspenseGroup: Hashable, Sendable {
        public var costCentre: String
        public var costCentreName: String
        public var account: String
        public var accountName: String
        public var rows: Int
        public var total: Money

        public init(costCentre: String, costCentreName: String, account: String, accountName: String, rows: Int, total: Money) {
            self.costCentre = costCentre
            self.costCentreName = costCentreName
            self.account = account
            self.accountName = accountName
            self.rows = rows
            self.total = total
        }
    }

    public var rows: Int
    public var total: Money
    /// The suspense, largest amount first (by size, whatever its sign).
    public var suspense: [SuspenseGroup]
    /// The mapped transactions' total for each line and accounting month.
    public var actuals: [SchemeLine.ID: [Period: Money]]

    public init(rows: Int = 0, total: Money = .zero, suspense: [SuspenseGroup] = [], actuals: [SchemeLine.ID: [Period: Money]] = [:]) {
        self.rows = rows
        self.total = total
        self.suspense = suspense
        self.actuals = actuals
    }

    /// The suspense's rows and total.
    public var suspenseRows: Int { suspense.reduce(0) { $0 + $1.rows } }
    public var suspenseTotal: Money { suspense.reduce(.zero) { $0 + $1.total } }

    /// A line's ledger actuals from the start of `period`'s financial year to the end of `period`.
    public func actualToDate(_ line: SchemeLine.ID, at period: Period) -> Money {
        let year = period.financialYear
        return (actuals[line] ?? [:]).reduce(.zero) { sum, entry in
            entry.key.financialYear == year && entry.key <= period ? sum + entry.value : sum
        }
    }
}
