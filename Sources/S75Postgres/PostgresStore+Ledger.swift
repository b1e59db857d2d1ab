import S75Domain
import S75Store

extension PostgresStore {
    public func ledgerOverview() throws(StoreError) -> LedgerOverview { LedgerOverview() }

    public func ledgerCount(_ query: LedgerQuery) throws(StoreError) -> (rows: Int, total: Money) { (0, .zero) }

    public func ledgerRows(_ query: LedgerQuery, from start: Int, count: Int, total: Int, anchor: LedgerAnchor?) throws(StoreError) -> [LedgerTransaction] {
        []
    }
}
