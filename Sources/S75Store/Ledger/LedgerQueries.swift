import GRDB
import S75Domain

extension S75Database {
    /// The Spend pane's orders that the store pages along an index (`LedgerIndex`), where a page is a short walk
    /// however deep it lies; each read in any other order sorts the whole selection.
    public static let indexedLedgerSorts: Set<LedgerQuery.SortKey> = [.date, .costCentre, .amount, .line]

    /// How many transactions `query` selects, and their total. Filtered by line, mapping or month only, this is read
    /// from the imports' totals (`ledgerTotal`); by supplier, or supplier and month, from their totals by supplier
    /// (`ledgerSupplierTotal`); by text, amount or anything else, from the transactions themselves.
    public func ledgerCount(_ query: LedgerQuery, stop: LedgerReadStop? = nil) throws(StoreError) -> (rows: Int, total: Money) {
        try read { db in try Self.watched(by: stop, db) {
            let totals = LedgerSQL.totalsFilter(query)
            let sql: String
            let arguments: StatementArguments
            if let totals {
                (sql, arguments) = ("SELECT coalesce(sum(rows), 0), coalesce(sum(pence), 0) FROM ledgerTotal WHERE \(totals.sql)", totals.arguments)
            } else if let suppliers = LedgerSQL.supplierTotalsFilter(query) {
                (sql, arguments) = ("SELECT coalesce(sum(rows), 0), coalesce(sum(pence), 0) FROM ledgerSupplierTotal WHERE \(suppliers.sql)",
                                    suppliers.arguments)
            } else {
                let filter = try LedgerSQL.filter(query, in: db, search: searchMemo)
                guard filter.source == nil, readsAlongside, let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM ledgerTransaction"),
                      last >= Self.halvedCountFrom else { return try Self.transactions(filter, ids: nil, in: db) }
                // each half of the table counted on a core of its own, the upper half on another connection (a write between
                // the two changes the ledger, and the Spend pane then counts again)
                let upper = Concurrently { () throws(StoreError) in
                    try read { db in try Self.watched(by: stop, db) {
                        try Self.transactions(LedgerSQL.filter(query, in: db, search: searchMemo), ids: (last / 2 + 1)...Int64.max, in: db)
                    } }
                }
                let lower = try Self.transactions(filter, ids: Int64.min...(last / 2), in: db)
                let other = try upper.value()
                return (lower.rows + other.rows, lower.total + other.total)
            }
            let row = try Row.fetchOne(db, sql: sql, arguments: arguments)
            return (row?[0] ?? 0, Money(pence: row?[1] ?? 0))
        } }
    }

    /// From how many transactions a count that reads them all is made in two halves at once: 0.63 s → 0.33 s at two
    /// million rows.
    static let halvedCountFrom: Int64 = 100_000

    /// How many of the transactions with ids in `ids` (all when nil) `filter` selects, and their total, read from the rows.
    private static func transactions(_ filter: LedgerSQL.Filter, ids: ClosedRange<Int64>?, in db: Database) throws -> (rows: Int, total: Money) {
        var filter = filter
        if let ids {
            filter.clauses.append("id BETWEEN ? AND ?")
            filter.arguments += [ids.lowerBound, ids.upperBound]
        }
        let row = try Row.fetchOne(db, sql: "SELECT count(*), coalesce(sum(amountPence), 0) FROM \(filter.from) WHERE \(filter.sql)",
                                   arguments: filter.allArguments)
        return (row?[0] ?? 0, Money(pence: row?[1] ?? 0))
    }

    /// `body` on `db`, watched by `stop` when there is one.
    private static func watched<T>(by stop: LedgerReadStop?, _ db: Database, _ body: () throws -> T) rethrows -> T {
        guard let stop else { return try body() }
        return try stop.watching(db, body)
    }

    /// Whether counting `query` reads every transaction it selects (a filter by text or amount: no totals are kept for
    /// it), on a connection of its own beside this session's reads: the Spend pane then shows its first page first.
    public func countsAlongside(_ query: LedgerQuery) -> Bool {
        readsAlongside && LedgerSQL.totalsFilter(query) == nil && LedgerSQL.supplierTotalsFilter(query) == nil
    }

    /// The transactions at positions `start ..< start + count` of `query`'s order. With an `anchor` near them the store
    /// pages from it by key; otherwise from whichever end of the order is nearer (`total` is the query's count).
    public func ledgerRows(_ query: LedgerQuery, from start: Int, count: Int, total: Int, anchor: LedgerAnchor? = nil,
                           stop: LedgerReadStop? = nil) throws(StoreError) -> [LedgerTransaction] {
        guard count > 0, start < total else { return [] }
        return try read { db in try Self.watched(by: stop, db) {
            let filter = try LedgerSQL.filter(query, in: db, search: searchMemo)
            let end = min(total, start + count)
            // the candidates: from the start, from the end, after the anchor, before the anchor; each costs its offset
            var plans: [(offset: Int, run: () throws -> [LedgerTransaction])] = [
                (start, { try LedgerSQL.rows(query, filter, after: nil, forward: true, offset: start, limit: end - start, in: db) }),
                (total - end, {
                    try LedgerSQL.rows(query, filter, after: nil, forward: false, offset: total - end, limit: end - start, in: db).reversed()
                }),
            ]
            if let anchor, anchor.index < start {
                plans.append((start - anchor.index - 1, {
                    try LedgerSQL.rows(query, filter, after: anchor.row, forward: true, offset: start - anchor.index - 1, limit: end - start, in: db)
                }))
            }
            if let anchor, anchor.index >= end {
                plans.append((anchor.index - end, {
                    try LedgerSQL.rows(query, filter, after: anchor.row, forward: false, offset: anchor.index - end, limit: end - start, in: db)
                        .reversed()
                }))
            }
            return try plans.min { $0.offset < $1.offset }!.run()
        } }
    }

    /// The Mapping pane's figures: the totals, the suspense by cost centre and account (largest first), and each line's
    /// mapped actuals by month.
    public func ledgerOverview() throws(StoreError) -> LedgerOverview {
        try read { db in
            let totals = try Row.fetchOne(db, sql: "SELECT coalesce(sum(rows), 0), coalesce(sum(totalPence), 0) FROM ledgerBatch WHERE complete = 1")
            let suspense = try Row.fetchAll(db, sql: """
                SELECT costCentre, max(costCentreName) AS ccName, account, max(accountName) AS accountName, sum(rows) AS n,
                  sum(pence) AS pence FROM ledgerTotal WHERE lineID IS NULL
                GROUP BY costCentre, account HAVING sum(rows) > 0 ORDER BY abs(sum(pence)) DESC, costCentre, account
                """).map { row in
                LedgerOverview.SuspenseGroup(costCentre: row["costCentre"], costCentreName: row["ccName"], account: row["account"],
                                             accountName: row["accountName"], rows: row["n"], total: Money(pence: row["pence"]))
            }
            var actuals: [SchemeLine.ID: [Period: Money]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT lineID, period, sum(pence) AS pence FROM ledgerTotal WHERE lineID IS NOT NULL GROUP BY lineID, period
                """) {
                guard let period = Period(row["period"] as String) else { continue }
                actuals[row["lineID"], default: [:]][period] = Money(pence: row["pence"])
            }
            return LedgerOverview(rows: totals?[0] ?? 0, total: Money(pence: totals?[1] ?? 0), suspense: suspense, actuals: actuals)
        }
    }

    /// Makes several edits as one: all are written, with their audit rows, in one transaction, or none is (the first
    /// conflict or refusal is thrown). Returns each record's new version.
    @discardableResult
    public func apply(_ changes: [(change: Change, expected: Int?)], author: Author, at time: String) throws(StoreError) -> [Int?] {
        let writer = try writableConnection()
        return try StoreErrors.map(path: path) {
            try writer.write { db in
                try changes.map { try RecordWriter.apply($0.change, expecting: $0.expected, author: author, at: time, path: path, in: db) }
            }
        }
    }
}

/// The SQL of a ledger query: its filter, and its order with the keys that page it.
enum LedgerSQL {
    /// The transactions a filter reads: the table, or those the search index finds (`LedgerSearch.candidates`).
    struct Source {
        /// What follows FROM.
        var sql: String
        var arguments: StatementArguments
    }

    struct Filter {
        var source: Source?
        var clauses: [String] = []
        var arguments: StatementArguments = []
        var isEmpty: Bool { clauses.isEmpty }
        var sql: String { clauses.isEmpty ? "1" : clauses.joined(separator: " AND ") }
        /// What follows FROM.
        var from: String { source?.sql ?? "ledgerTransaction" }
        /// The source's arguments, then the clauses'.
        var allArguments: StatementArguments { (source?.arguments ?? []) + arguments }
    }

    /// Batches still being imported (or cut short): their rows are not shown.
    static func hiddenBatches(in db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM ledgerBatch WHERE complete = 0")
    }

    /// The filter on `ledgerTotal` that selects what `q` does, when `q` filters only by line, mapping and month.
    static func totalsFilter(_ q: LedgerQuery) -> Filter? {
        guard q.text.isEmpty, q.supplier.isEmpty, q.minimum == nil, q.maximum == nil else { return nil }
        var f = Filter()
        if let lines = q.lineIDs {
            f.clauses.append("lineID IN (\(lines.map { _ in "?" }.joined(separator: ", ")))")
            f.arguments += StatementArguments(lines)
        }
        if let mapped = q.mapped { f.clauses.append(mapped ? "lineID IS NOT NULL" : "lineID IS NULL") }
        if let period = q.period {
            f.clauses.append("period = ?")
            f.arguments += [period.description]
        }
        return f
    }

    /// The filter on `ledgerSupplierTotal` that selects what `q` does, when `q` filters by supplier, and by month or nothing else.
    static func supplierTotalsFilter(_ q: LedgerQuery) -> Filter? {
        guard !q.supplier.isEmpty, q.text.isEmpty, q.minimum == nil, q.maximum == nil, q.lineIDs == nil, q.mapped == nil else { return nil }
        var f = Filter(clauses: ["supplier LIKE ? ESCAPE '\\'"], arguments: [like(q.supplier)])
        if let period = q.period {
            f.clauses.append("period = ?")
            f.arguments += [period.description]
        }
        return f
    }

    /// The filter that selects what `q` does, read through the search index when it serves `q`'s text (`search` keeps
    /// whether it served the last).
    static func filter(_ q: LedgerQuery, in db: Database, search: LedgerSearchMemo) throws -> Filter {
        var f = Filter()
        func add(_ clause: String, _ arguments: StatementArguments) {
            f.clauses.append(clause)
            f.arguments += arguments
        }
        let hidden = try hiddenBatches(in: db)
        if !hidden.isEmpty { add("batchID NOT IN (\(hidden.map(String.init).joined(separator: ", ")))", []) }
        if let lines = q.lineIDs { add("lineID IN (\(lines.map { _ in "?" }.joined(separator: ", ")))", StatementArguments(lines)) }
        if let mapped = q.mapped { add(mapped ? "lineID IS NOT NULL" : "lineID IS NULL", []) }
        if let period = q.period { add("period = ?", [period.description]) }
        if let minimum = q.minimum { add("amountPence >= ?", [minimum.pence]) }
        if let maximum = q.maximum { add("amountPence <= ?", [maximum.pence]) }
        if !q.supplier.isEmpty { add("supplier LIKE ? ESCAPE '\\'", [like(q.supplier)]) }
        if !q.text.isEmpty {
            f.source = try LedgerSearch.candidates(for: q.text, in: db, memo: search)
            let pattern = like(q.text)
            add("(description LIKE ? ESCAPE '\\' OR supplier LIKE ? ESCAPE '\\' OR document LIKE ? ESCAPE '\\' OR costCentre LIKE ? ESCAPE '\\' "
                + "OR costCentreName LIKE ? ESCAPE '\\' OR accountName LIKE ? ESCAPE '\\')",
                [pattern, pattern, pattern, pattern, pattern, pattern])
        }
        return f
    }

    /// A pattern finding `text` anywhere, its own % and _ matched as themselves (the clause says ESCAPE '\\').
    private static func like(_ text: String) -> String {
        "%" + S75Database.likeEscaped(text) + "%"
    }

    /// The columns a sort orders by, ending with the row's id so that the order is total.
    static func keys(_ sort: LedgerQuery.SortKey) -> [String] {
        switch sort {
        case .date: ["postingDate", "id"]
        case .costCentre: ["costCentre", "account", "id"]
        case .account: ["account", "id"]
        case .supplier: ["supplier", "id"]
        case .description: ["description", "id"]
        case .document: ["document", "id"]
        case .amount: ["amountPence", "id"]
        case .line: ["coalesce(lineID, '')", "postingDate", "id"]
        }
    }

    static func keyValues(_ sort: LedgerQuery.SortKey, of row: LedgerTransaction) -> StatementArguments {
        switch sort {
        case .date: [row.postingDate.description, row.id]
        case .costCentre: [row.costCentre, row.account, row.id]
        case .account: [row.account, row.id]
        case .supplier: [row.supplier, row.id]
        case .description: [row.description, row.id]
        case .document: [row.document, row.id]
        case .amount: [row.amount.pence, row.id]
        case .line: [row.lineID ?? "", row.postingDate.description, row.id]
        }
    }

    /// Rows in the query's order (`forward`) or against it, after `anchor` in that direction when given.
    static func rows(_ q: LedgerQuery, _ filter: Filter, after anchor: LedgerTransaction?, forward: Bool, offset: Int, limit: Int,
                     in db: Database) throws -> [LedgerTransaction] {
        let keys = keys(q.sort)
        let ascending = forward != q.descending
        var clauses = filter.clauses
        var arguments = filter.allArguments
        if let anchor {
            let placeholders = keys.map { _ in "?" }.joined(separator: ", ")
            clauses.append("(\(keys.joined(separator: ", "))) \(ascending ? ">" : "<") (\(placeholders))")
            arguments += keyValues(q.sort, of: anchor)
        }
        let order = keys.map { "\($0) \(ascending ? "ASC" : "DESC")" }.joined(separator: ", ")
        let sql = """
            SELECT id, postingDate, period, costCentre, costCentreName, account, accountName, supplier, description, document, amountPence, lineID
            FROM \(filter.from) WHERE \(clauses.isEmpty ? "1" : clauses.joined(separator: " AND ")) ORDER BY \(order) LIMIT ? OFFSET ?
            """
        arguments += [limit, offset]
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(transaction)
    }

    static func transaction(_ row: Row) -> LedgerTransaction {
        LedgerTransaction(id: row[0], row: LedgerRow(postingDate: DateOnly(row[1] as String) ?? DateOnly(year: 1, month: 1, day: 1),
                                                  period: Period(row[2] as String) ?? Period(year: 1, month: 1), costCentre: row[3],
                                                  costCentreName: row[4], account: row[5], accountName: row[6], supplier: row[7],
                                                  description: row[8], document: row[9], amount: Money(pence: row[10])),
                          lineID: row[11])
    }
}
