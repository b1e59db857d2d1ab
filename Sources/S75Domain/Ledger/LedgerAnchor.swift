/// Where a run of rows is known to be: the transaction at `index` of the query's order. Paging from it walks the index a
/// few rows, however deep into a million rows the window is.
public struct LedgerAnchor: Hashable, Sendable {
    public var index: Int
    public var row: LedgerTransaction

    public init(index: Int, row: LedgerTransaction) {
        self.index = index
        self.row = row
    }
}
