import GRDB

/// Migration `v9-ledger`: imports of general-ledger exports and their transactions, kept apart from the agreement (they
/// are never loaded whole). A batch is visible only once `complete`: an import cut short is never half there.
enum LedgerTables {
    static func create(_ db: Database) throws {
        try db.create(table: "ledgerBatch") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("partnerID", .text).notNull()
            t.column("fileName", .text).notNull()
            t.column("digest", .text).notNull()
            t.column("importedAt", .text).notNull()
            t.column("user", .text).notNull()
            t.column("rows", .integer).notNull().defaults(to: 0)
            t.column("totalPence", .integer).notNull().defaults(to: 0)
            t.column("complete", .boolean).notNull().defaults(to: false)
        }
        try db.create(table: "ledgerTransaction") { t in
            transactionColumns(t)
            t.column("rowKey", .integer).notNull().unique()
        }
        try db.create(index: "ledgerByBatch", on: "ledgerTransaction", columns: ["batchID"])
        try db.create(index: "ledgerByCostCentre", on: "ledgerTransaction", columns: ["costCentre", "account"])
        try db.create(index: "ledgerByPeriod", on: "ledgerTransaction", columns: ["period"])
    }

    /// A transaction's columns as imported, in both versions of the table.
    static func transactionColumns(_ t: TableDefinition) {
        t.autoIncrementedPrimaryKey("id")
        t.column("batchID", .integer).notNull().references("ledgerBatch", onDelete: .cascade)
        t.column("postingDate", .text).notNull()
        t.column("period", .text).notNull()
        t.column("costCentre", .text).notNull()
        t.column("costCentreName", .text).notNull()
        t.column("account", .text).notNull()
        t.column("accountName", .text).notNull()
        t.column("supplier", .text).notNull()
        t.column("description", .text).notNull()
        t.column("document", .text).notNull()
        t.column("amountPence", .integer).notNull()
    }
}

/// Migration `v10-ledger-mapping`: the agreement's ledger rules, each transaction's mapped line (NULL while in suspense),
/// and the indexes the Spend pane pages by (the sorts by date, cost centre, amount and line have one, so that a page is
/// a short walk down an index; the others read a long stretch at a time).
enum LedgerMappingTables {
    static func create(_ db: Database) throws {
        try db.create(table: "ledgerRule") { t in
            t.primaryKey("id", .text)
            t.column("position", .integer).notNull()
            t.column("costCentre", .text).notNull()
            t.column("accountFrom", .text).notNull()
            t.column("accountTo", .text).notNull()
            t.column("supplier", .text).notNull()
            t.column("lineID", .text).notNull().references("schemeLine")
            t.column("version", .integer).notNull().defaults(to: 1)
        }
        // rebuilt without the unique key, whose index made every insert a random write: duplicates are found once the
        // rows are in, from a plain index built with the others
        try db.create(table: "ledgerTransactionMapped") { t in
            LedgerTables.transactionColumns(t)
            t.column("rowKey", .integer).notNull()
            t.column("lineID", .text)
        }
        try db.execute(sql: """
            INSERT INTO ledgerTransactionMapped (id, batchID, postingDate, period, costCentre, costCentreName, account, accountName,
              supplier, description, document, amountPence, rowKey)
            SELECT id, batchID, postingDate, period, costCentre, costCentreName, account, accountName, supplier, description, document,
              amountPence, rowKey FROM ledgerTransaction
            """)
        try db.drop(table: "ledgerTransaction")
        try db.rename(table: "ledgerTransactionMapped", to: "ledgerTransaction")
        try LedgerIndex.create(in: db)
        try LedgerTotals.createTable(db)
    }
}

/// The secondary indexes of `ledgerTransaction`: a large import drops them and builds them again afterwards, which is
/// several times faster than keeping them up to date row by row.
enum LedgerIndex {
    static let all: [(name: String, columns: [String])] = [
        ("ledgerByCostCentre", ["costCentre", "account"]),
        ("ledgerByLine", ["lineID", "postingDate"]),
        ("ledgerByDate", ["postingDate"]),
        // the amount sort's index also finds duplicates: equal rows have equal amounts and keys (decision 37)
        ("ledgerByAmountAndKey", ["amountPence", "rowKey"]),
    ]

    /// Migration `v11-ledger-indexes`: the amount index takes the row key, and the key's own index and the supplier's go
    /// (two indexes fewer to build on each import; decision 37).
    static func migrate(_ db: Database) throws {
        for retired in ["ledgerByKey", "ledgerByAmount", "ledgerBySupplier"] { try db.execute(sql: "DROP INDEX IF EXISTS \(retired)") }
        try create(in: db)
    }

    /// Drops them, for an import (in its first transaction: an import cut short leaves them to the next to build).
    static func drop(in db: Database) throws {
        for (name, _) in all { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
    }

    /// Builds any that are missing (in an import's last transaction, or after one failed).
    static func create(in db: Database) throws {
        for (name, columns) in all { try db.create(index: name, on: "ledgerTransaction", columns: columns, ifNotExists: true) }
    }
}
