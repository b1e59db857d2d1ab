import GRDB
import S75Domain

/// `ledgerSupplierTotal`: each complete import's transactions counted and added up by supplier and month. A Spend
/// filter by supplier (with or without a month) takes its count and total from here, a few thousand rows, rather
/// than from every transaction; its rows are still found by walking the sort's index (decision 46).
struct LedgerSupplierTotals {
    struct Key: Hashable {
        var supplier: String
        var period: String
    }

    private(set) var groups: [Key: (rows: Int, pence: Int64)] = [:]

    /// Adds `pence` to `key`'s group; false (and nothing added) when its total would pass the most s75 holds.
    @discardableResult
    mutating func add(_ key: Key, pence: Int64, rows: Int = 1) -> Bool {
        let group = groups[key] ?? (0, 0)
        guard let sum = Money(pence: group.pence).adding(checked: Money(pence: pence)) else { return false }
        groups[key] = (group.rows + rows, sum.pence)
        return true
    }

    /// Writes the totals of import `batch`.
    func write(batch: Int64, in db: Database) throws {
        let insert = try db.makeStatement(sql: "INSERT INTO ledgerSupplierTotal (batchID, supplier, period, rows, pence) VALUES (?, ?, ?, ?, ?)")
        for (key, group) in groups where group.rows > 0 {
            try insert.execute(arguments: [batch, key.supplier, key.period, group.rows, group.pence])
        }
    }

    /// Migration `v15-ledger-supplier-totals`: the table, with the totals of the imports already in the file.
    static func createTable(_ db: Database) throws {
        try db.create(table: "ledgerSupplierTotal") { t in
            t.column("batchID", .integer).notNull().references("ledgerBatch", onDelete: .cascade)
            t.column("supplier", .text).notNull()
            t.column("period", .text).notNull()
            t.column("rows", .integer).notNull()
            t.column("pence", .integer).notNull()
        }
        try db.create(index: "ledgerSupplierTotalByBatch", on: "ledgerSupplierTotal", columns: ["batchID"])
        try db.execute(sql: """
            INSERT INTO ledgerSupplierTotal (batchID, supplier, period, rows, pence)
            SELECT batchID, supplier, period, count(*), sum(amountPence) FROM ledgerTransaction
            WHERE batchID IN (SELECT id FROM ledgerBatch WHERE complete = 1) GROUP BY batchID, supplier, period
            """)
    }
}
