import Foundation
import GRDB

/// The secondary indexes of `ledgerTransaction`. An import keeps them up to date row by row while it is small beside
/// the table (a month into a year); once it is not, it drops them and builds them afresh at its end (decision 45).
enum LedgerIndex {
    /// The indexes the Spend pane's sorts page by, which a large import drops.
    static let all: [(name: String, columns: [String])] = [
        ("ledgerByCostCentre", ["costCentre", "account"]),
        ("ledgerByLine", ["lineID", "postingDate"]),
        ("ledgerByDate", ["postingDate"]),
        // the amount sort's index also finds duplicates: equal rows have equal amounts and keys (decision 37)
        ("ledgerByAmountAndKey", ["amountPence", "rowKey"]),
    ]

    /// Each import's rows, always kept: a new batch's entries go at its end, so keeping it costs almost nothing, and it
    /// finds an import's rows for its duplicate check and for removal without reading the table.
    static let byBatch = (name: "ledgerByBatch", columns: ["batchID"])

    /// Migration `v11-ledger-indexes`: the amount index takes the row key, and the key's own index and the supplier's go
    /// (two indexes fewer to build on each import; decision 37).
    static func migrate(_ db: Database) throws {
        for retired in ["ledgerByKey", "ledgerByAmount", "ledgerBySupplier"] { try db.execute(sql: "DROP INDEX IF EXISTS \(retired)") }
        try create(in: db)
    }

    /// Migration `v14-ledger-by-batch`: the index of each import's rows.
    static func createByBatch(in db: Database) throws {
        try db.create(index: byBatch.name, on: "ledgerTransaction", columns: byBatch.columns, ifNotExists: true)
    }

    /// Drops them, for a large import (an import cut short leaves them to the next to build).
    static func drop(in db: Database) throws {
        for (name, _) in all { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
    }

    /// Builds any that are missing (after a large import, or after one failed).
    static func create(in db: Database) throws {
        for (name, columns) in all { try db.create(index: name, on: "ledgerTransaction", columns: columns, ifNotExists: true) }
    }

    /// Builds any that are missing one to a transaction, giving way between them, so that an edit waits for one index
    /// at most; nothing, and no pause, when none is missing.
    static func create(with writer: some DatabaseWriter) throws {
        let present = Set(try writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'") })
        for (offset, (name, columns)) in all.filter({ !present.contains($0.name) }).enumerated() {
            if offset > 0 { Thread.sleep(forTimeInterval: S75Database.giveWay) }
            try writer.write { db in try db.create(index: name, on: "ledgerTransaction", columns: columns, ifNotExists: true) }
        }
    }

    /// Whether the next rows of an import go in with the indexes kept: while the rows imported so far are fewer than an
    /// eighth of the rows the ledger held before it (and at least 50,000 rows). Beyond that, building the indexes
    /// afresh over the whole table costs less than keeping them (decision 45).
    static func keeps(rowsBefore: Int, imported: Int) -> Bool {
        imported <= max(rowsBefore / 8, 50_000)
    }
}
