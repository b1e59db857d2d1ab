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
