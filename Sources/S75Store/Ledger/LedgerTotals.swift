import GRDB
import S75Domain

/// `ledgerTotal`: each complete import's transactions counted and added up by cost centre, account, month and line.
/// The Mapping pane's suspense and reconciliation, and the count and total of a line's transactions, are read from it
/// (a few thousand rows) instead of from the transactions (a million). It is written with the import, and rebuilt for
/// a cost centre whenever its transactions are mapped again.
struct LedgerTotals {
    struct Key: Hashable {
        var costCentre: String
        var account: String
        var period: String
        var lineID: String?
    }

    struct Group {
        var costCentreName: String
        var accountName: String
        var rows = 0
        var pence: Int64 = 0
    }

    private(set) var groups: [Key: Group] = [:]

    /// Adds `pence` to `key`'s group; false (and nothing added) when its total would pass the most s75 holds.
    @discardableResult
    mutating func add(_ key: Key, costCentreName: String, accountName: String, pence: Int64, rows: Int = 1) -> Bool {
        let group = groups[key] ?? Group(costCentreName: costCentreName, accountName: accountName)
        guard let sum = Money(pence: group.pence).adding(checked: Money(pence: pence)) else { return false }
        groups[key] = Group(costCentreName: group.costCentreName, accountName: group.accountName, rows: group.rows + rows, pence: sum.pence)
        return true
    }

    /// Writes the totals of import `batch`.
    func write(batch: Int64, in db: Database) throws {
        let insert = try db.makeStatement(sql: """
            INSERT INTO ledgerTotal (batchID, costCentre, costCentreName, account, accountName, period, lineID, rows, pence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (key, group) in groups where group.rows > 0 {
            try insert.execute(arguments: [batch, key.costCentre, group.costCentreName, key.account, group.accountName, key.period,
                                           key.lineID, group.rows, group.pence])
        }
    }

    /// Counts `costCentre`'s transactions again, in complete imports, after they were mapped again.
    static func rebuild(costCentre: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM ledgerTotal WHERE costCentre = ?", arguments: [costCentre])
        try db.execute(sql: """
            INSERT INTO ledgerTotal (batchID, costCentre, costCentreName, account, accountName, period, lineID, rows, pence)
            SELECT batchID, costCentre, max(costCentreName), account, max(accountName), period, lineID, count(*), sum(amountPence)
            FROM ledgerTransaction WHERE costCentre = ? AND batchID IN (SELECT id FROM ledgerBatch WHERE complete = 1)
            GROUP BY batchID, account, period, lineID
            """, arguments: [costCentre])
    }

    static func createTable(_ db: Database) throws {
        try db.create(table: "ledgerTotal") { t in
            t.column("batchID", .integer).notNull().references("ledgerBatch", onDelete: .cascade)
            t.column("costCentre", .text).notNull()
            t.column("costCentreName", .text).notNull()
            t.column("account", .text).notNull()
            t.column("accountName", .text).notNull()
            t.column("period", .text).notNull()
            t.column("lineID", .text)
            t.column("rows", .integer).notNull()
            t.column("pence", .integer).notNull()
        }
        try db.create(index: "ledgerTotalByLine", on: "ledgerTotal", columns: ["lineID", "period"])
        try db.create(index: "ledgerTotalByCostCentre", on: "ledgerTotal", columns: ["costCentre"])
        for costCentre in try String.fetchAll(db, sql: "SELECT DISTINCT costCentre FROM ledgerTransaction") {
            try rebuild(costCentre: costCentre, in: db)
        }
    }
}
