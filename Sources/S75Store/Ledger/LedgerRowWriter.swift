import GRDB
import GRDBSQLite
import S75Domain

/// Transactions on their way into the file, packed for the writer's thread: every text end to end in one buffer, so a
/// batch is a few allocations made and freed by the reading thread, and nothing is allocated or freed row by row on the
/// writer's (glibc's frees across threads were a quarter of the writer's time).
struct LedgerRowBatch: Sendable {
    /// The texts of each row in turn: posting date, month, cost centre and its name, account and its name, supplier,
    /// description, document, line.
    static let textsPerRow = 10
    private(set) var bytes: [UInt8] = []
    /// Where each text ends in `bytes`, `textsPerRow` to a row.
    private(set) var ends: [Int] = []
    private(set) var pence: [Int64] = []
    private(set) var isMapped: [Bool] = []

    var count: Int { pence.count }

    /// The texts a duplicate key is made of, in its order: date, cost centre, account, supplier, document, description.
    static let keyTexts = [0, 2, 4, 6, 8, 7]

    /// Where text `text` of row `row` lies in `bytes`.
    func range(row: Int, text: Int) -> Range<Int> {
        let at = row * Self.textsPerRow + text
        return (at == 0 ? 0 : ends[at - 1])..<ends[at]
    }

    init(capacity: Int) {
        bytes.reserveCapacity(capacity * 160)
        ends.reserveCapacity(capacity * Self.textsPerRow)
        pence.reserveCapacity(capacity)
        isMapped.reserveCapacity(capacity)
    }

    /// Adds `row`, with its month as stored and its mapped line (nil in suspense).
    mutating func append(_ row: LedgerRow, period: String, lineID: String?) {
        for text in [row.postingDate.description, period, row.costCentre, row.costCentreName, row.account, row.accountName, row.supplier,
                     row.description, row.document, lineID ?? ""] {
            bytes.append(contentsOf: text.utf8)
            ends.append(bytes.count)
        }
        pence.append(row.amount.pence)
        isMapped.append(lineID != nil)
    }
}

/// Appends packed rows to `ledgerTransaction` through one SQLite statement, binding each text where it lies in the
/// batch, with each row's duplicate key worked out from the same bytes. This is the import's innermost loop, a million
/// times a year's export; GRDB's arguments would box every value first (decision 37).
enum LedgerRowWriter {
    static func append(_ rows: LedgerRowBatch, batch: Int64, partner: String, in db: Database) throws {
        let connection = db.sqliteConnection
        var prepared: OpaquePointer?
        let sql = """
            INSERT INTO ledgerTransaction (batchID, postingDate, period, costCentre, costCentreName, account, accountName, supplier,
              description, document, lineID, amountPence, rowKey) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        guard sqlite3_prepare_v2(connection, sql, -1, &prepared, nil) == SQLITE_OK, let statement = prepared else {
            throw failure(connection)
        }
        defer { sqlite3_finalize(statement) }
        try rows.bytes.withUnsafeBufferPointer { buffer in
            // a text of no bytes still has an address, so it is bound as "" (a NULL pointer would be NULL)
            let base = UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
            for row in 0..<rows.count {
                func text(_ index: Int) -> Range<Int> { rows.range(row: row, text: index) }
                sqlite3_bind_int64(statement, 1, batch)
                for index in 0..<LedgerRowBatch.textsPerRow {
                    let range = text(index)
                    sqlite3_bind_text(statement, Int32(index + 2), base + range.lowerBound, Int32(range.count), nil)
                }
                if !rows.isMapped[row] { sqlite3_bind_null(statement, 11) }
                sqlite3_bind_int64(statement, 12, rows.pence[row])
                var key = LedgerKey()
                key.add(partner.utf8)
                for index in LedgerRowBatch.keyTexts { key.add(UnsafeBufferPointer(rebasing: buffer[text(index)])) }
                key.add(pence: rows.pence[row])
                sqlite3_bind_int64(statement, 13, key.value)
                guard sqlite3_step(statement) == SQLITE_DONE else { throw failure(connection) }
                sqlite3_reset(statement)
            }
        }
    }

    private static func failure(_ connection: OpaquePointer?) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: sqlite3_errcode(connection)), message: String(cString: sqlite3_errmsg(connection)))
    }
}
