import S75Domain

/// The store an agreement lives in, as a session uses it: its snapshot and what changed since, edits with versions and
/// their audit, the audit trail, and the ledger's pages and figures. `S75Database` (one SQLite file) is the store
/// today; the runtime knows only this protocol, so another store can stand behind it.
public protocol AgreementStore: Sendable {
    /// Where the agreement is stored, for the status line.
    var path: String { get }
    /// Why nothing can be saved, in words for the status line; nil when edits can be saved.
    var readOnlyReason: String? { get }
    /// The Spend orders the store reads along an index; in the others each read sorts the whole selection.
    var indexedLedgerSorts: Set<LedgerQuery.SortKey> { get }

    /// The agreement with the version of every record, read together.
    func loadSnapshot() throws(StoreError) -> StoreSnapshot
    /// A number that changes whenever another session commits anything.
    func changeToken() throws(StoreError) -> Int
    /// What was recorded after audit row `sequence`: nothing, the records changed, or so much that all must be read.
    func changes(after sequence: Int) throws(StoreError) -> StoreChanges
    /// Makes one edit, durably and audited, if the record is still at version `expected`; its new version.
    func apply(_ change: Change, expecting expected: Int?, author: Author, at time: String) throws(StoreError) -> Int?
    /// Makes several edits as one; each record's new version.
    func apply(_ changes: [(change: Change, expected: Int?)], author: Author, at time: String) throws(StoreError) -> [Int?]
    /// The audit trail, newest first, narrowed by whichever filters are given.
    func auditTrail(since: String?, entity: String?, user: String?, kind: String?, period: String?) throws(StoreError) -> [AuditEntry]
    /// Whether the audit trail is whole (each row's hash follows from the rows before it) and agrees with the records:
    /// the problems found, none when it is; and the chain's head.
    func verifyAuditTrail() throws(StoreError) -> (problems: [String], head: (sequence: Int64, hash: String)?)
    /// The Mapping pane's figures.
    func ledgerOverview() throws(StoreError) -> LedgerOverview
    /// How many transactions `query` selects, and their total; a count given `stop` ends soon after it is stopped (with
    /// an error, its answer unused).
    func ledgerCount(_ query: LedgerQuery, stop: LedgerReadStop?) throws(StoreError) -> (rows: Int, total: Money)
    /// Whether counting `query` reads every transaction it selects and may run on another thread beside this store's
    /// other reads (``S75Database/countsAlongside(_:)``).
    func countsAlongside(_ query: LedgerQuery) -> Bool
    /// The transactions at positions `start ..< start + count` of `query`'s order, paged from `anchor` when it is near;
    /// a read given `stop` ends soon after it is stopped (with an error, its answer unused).
    func ledgerRows(_ query: LedgerQuery, from start: Int, count: Int, total: Int, anchor: LedgerAnchor?,
                    stop: LedgerReadStop?) throws(StoreError) -> [LedgerTransaction]
    /// Brings the ledger's search index up to date by at most `most` transactions, `stop` ending it early; about how
    /// many are still to index (0 for a store that keeps no index or cannot be written).
    func indexLedgerSearch(most: Int, stop: LedgerReadStop?) throws(StoreError) -> Int64
}

extension S75Database: AgreementStore {
    public var indexedLedgerSorts: Set<LedgerQuery.SortKey> { Self.indexedLedgerSorts }
}

extension AgreementStore {
    /// How many transactions `query` selects, and their total.
    public func ledgerCount(_ query: LedgerQuery) throws(StoreError) -> (rows: Int, total: Money) { try ledgerCount(query, stop: nil) }

    /// The transactions at positions `start ..< start + count` of `query`'s order, paged from `anchor` when it is near.
    public func ledgerRows(_ query: LedgerQuery, from start: Int, count: Int, total: Int,
                           anchor: LedgerAnchor?) throws(StoreError) -> [LedgerTransaction] {
        try ledgerRows(query, from: start, count: count, total: total, anchor: anchor, stop: nil)
    }
}

/// A store that also holds a ledger's imports: an agreement file, and an agreement on a region's server.
public protocol LedgerImporting: AgreementStore {
    /// Imports the rows `next` gives as one import of `partner`'s export; see `S75Database.importLedger`.
    func importLedger(partner: String, fileName: String, digest: String?, readDigest: () -> String, author: Author,
                      next: () throws -> LedgerRow?, progress: (Int) -> Void) throws -> LedgerImportSummary
    /// The imports, oldest first.
    func batches() throws(StoreError) -> [LedgerBatch]
    /// Removes an import and its transactions; false when there is no such import.
    func removeBatch(_ batch: Int64, author: Author) throws(StoreError) -> Bool
}

extension S75Database: LedgerImporting {}
