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
            t.column("rowKey", .integer).notNull().unique()
        }
        try db.create(index: "ledgerByBatch", on: "ledgerTransaction", columns: ["batchID"])
        try db.create(index: "ledgerByCostCentre", on: "ledgerTransaction", columns: ["costCentre", "account"])
        try db.create(index: "ledgerByPeriod", on: "ledgerTransaction", columns: ["period"])
    }
}
