import GRDB
import S75Domain

/// Rows an import repeats.
enum LedgerDuplicates {
    /// Where the amounts and keys held twice are looked for.
    enum Search {
        /// Each of the batch's rows is looked up in the amount-and-key index: the cost follows the import, for an
        /// import small beside the table, which kept the index.
        case batchRows
        /// One walk down the whole index: for an import that built the index afresh, and is most of the table.
        case wholeIndex
    }

    /// Removes the rows of `batch` that an earlier row repeats (in an earlier import, or earlier in this one): the
    /// amounts and keys held twice are found by `search`, and only rows whose every field is the same as the earlier
    /// row's go (two different rows sharing a key are both kept), and out of the import's `totals` and `suppliers`.
    /// Returns how many rows went, and their total.
    static func remove(of batch: Int64, search: Search, in db: Database, from totals: inout LedgerTotals,
                       and suppliers: inout LedgerSupplierTotals) throws -> (rows: Int, total: Money) {
        var removed = 0, total = Money.zero
        let twice = switch search {
        case .batchRows:
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT new.amountPence, new.rowKey FROM ledgerTransaction AS new
                WHERE new.batchID = ? AND EXISTS (SELECT 1 FROM ledgerTransaction AS other
                  WHERE other.amountPence = new.amountPence AND other.rowKey = new.rowKey AND other.id <> new.id)
                """, arguments: [batch])
        case .wholeIndex:
            try Row.fetchAll(db, sql: "SELECT amountPence, rowKey FROM ledgerTransaction GROUP BY amountPence, rowKey HAVING count(*) > 1")
        }
        let fields = ["postingDate", "costCentre", "account", "supplier", "document", "description", "amountPence"]
        for pair in twice {
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, batchID, period, lineID, \(fields.joined(separator: ", ")), (SELECT partnerID FROM ledgerBatch WHERE id = batchID) AS partner
                FROM ledgerTransaction WHERE amountPence = ? AND rowKey = ? ORDER BY id
                """, arguments: [pair[0], pair[1]])
            var kept: [Row] = []
            for row in rows {
                let repeated = kept.contains { earlier in (fields + ["partner"]).allSatisfy { earlier[$0] as DatabaseValue == row[$0] as DatabaseValue } }
                guard repeated, row["batchID"] as Int64 == batch else {
                    kept.append(row)
                    continue
                }
                try db.execute(sql: "DELETE FROM ledgerTransaction WHERE id = ?", arguments: [row["id"] as Int64])
                removed += 1
                total += Money(pence: row["amountPence"])
                totals.add(LedgerTotals.Key(costCentre: row["costCentre"], account: row["account"], period: row["period"], lineID: row["lineID"]),
                           costCentreName: "", accountName: "", pence: -(row["amountPence"] as Int64), rows: -1)
                suppliers.add(LedgerSupplierTotals.Key(supplier: row["supplier"], period: row["period"]), pence: -(row["amountPence"] as Int64), rows: -1)
            }
        }
        return (removed, total)
    }
}
