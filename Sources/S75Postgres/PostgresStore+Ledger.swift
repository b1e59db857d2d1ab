import Foundation
import S75Domain
import S75Store

extension PostgresStore: LedgerImporting {
    /// Imports a partner's ledger export in one transaction: its rows streamed through `COPY` into a staging table, each
    /// mapped to its line by the agreement's ledger rules, then added but for those the agreement already holds
    /// (counted as duplicates). The import is there whole or not at all; a file whose digest an import of the same
    /// partner already has adds nothing. The server refuses it unless the account is the pooled fund manager or the
    /// partner's finance lead.
    public func importLedger(partner: String, fileName: String, digest: String?, readDigest: () -> String, author: Author,
                             next nextRow: () throws -> LedgerRow?, progress: (Int) -> Void) throws -> LedgerImportSummary {
        guard readOnlyReason == nil else { throw StoreError(.readOnly, path: path) }
        let agreement = try loadSnapshot().agreement
        if let refusal = agreement.refusalOfLedgerImport(for: partner, by: role) { throw StoreError(.invalidEdit(refusal), path: path) }
        let mapping = LedgerMapping(agreement.ledgerRules)
        do {
            return try server.transaction { () throws -> LedgerImportSummary in
                try server.inTransaction("SELECT pg_advisory_xact_lock(hashtext('ledger ' || $1))", [agreementID])
                if let digest, let earlier = try server.inTransaction("""
                    SELECT id, total_pence FROM s75.ledger_batch WHERE agreement = $1 AND partner = $2 AND digest = $3
                    """, [agreementID, partner, digest]).first, let id = earlier[0].flatMap(Int64.init) {
                    return LedgerImportSummary(batch: id, alreadyImported: true, imported: 0, duplicates: 0,
                                               total: Money(pence: earlier[1].flatMap(Int64.init) ?? 0))
                }
                let batch = Int64(try server.inTransaction("""
                    INSERT INTO s75.ledger_batch (agreement, partner, file_name, digest) VALUES ($1, $2, $3, $4) RETURNING id
                    """, [agreementID, partner, fileName, digest ?? ""]).scalar ?? "") ?? 0
                try server.inTransaction("""
                    CREATE TEMP TABLE staging (posting_date text, period text, cost_centre text, cost_centre_name text, account text,
                      account_name text, supplier text, description text, document text, amount_pence bigint, line text) ON COMMIT DROP
                    """)
                var read = 0, total = Money.zero
                _ = try server.copy("COPY staging FROM STDIN") { () throws -> String? in
                    guard let row = try nextRow() else { return nil }
                    guard let sum = total.adding(checked: row.amount) else {
                        throw StoreError(.beyondRange("The export's total"), path: path)
                    }
                    total = sum
                    read += 1
                    if read % 20_000 == 0 { progress(read) }
                    let line = mapping.rule(costCentre: row.costCentre, account: row.account, supplier: row.supplier)?.lineID
                    return ServerConnection.copyLine([row.postingDate.description, row.period.description, row.costCentre, row.costCentreName,
                                                      row.account, row.accountName, row.supplier, row.description, row.document,
                                                      String(row.amount.pence), line])
                }
                if digest == nil {
                    let found = readDigest()
                    if let earlier = try server.inTransaction("""
                        SELECT id, total_pence FROM s75.ledger_batch WHERE agreement = $1 AND partner = $2 AND digest = $3 AND id <> $4
                        """, [agreementID, partner, found, String(batch)]).first, let id = earlier[0].flatMap(Int64.init) {
                        throw AlreadyImported(batch: id, total: Money(pence: earlier[1].flatMap(Int64.init) ?? 0))
                    }
                    try server.inTransaction("UPDATE s75.ledger_batch SET digest = $1 WHERE id = $2", [found, String(batch)])
                }
                let added = try server.inTransaction("""
                    WITH added AS (
                      INSERT INTO s75.ledger (agreement, batch, posting_date, period, cost_centre, cost_centre_name, account, account_name,
                        supplier, description, document, amount_pence, line, row_key)
                      SELECT $1, $2::bigint, posting_date, period, cost_centre, cost_centre_name, account, account_name, supplier, description, document,
                        amount_pence, line, md5(concat_ws(chr(31), $3::text, posting_date, cost_centre, account, supplier, document, description,
                        amount_pence::text))::uuid
                      FROM staging ON CONFLICT (agreement, row_key) DO NOTHING RETURNING amount_pence)
                    SELECT count(*), coalesce(sum(amount_pence), 0) FROM added
                    """, [agreementID, String(batch), partner]).first
                let imported = Int(added?[0] ?? "") ?? 0, importedTotal = Int64(added?[1] ?? "") ?? 0
                try server.inTransaction("UPDATE s75.ledger_batch SET rows = $1, total_pence = $2 WHERE id = $3",
                                         [String(imported), String(importedTotal), String(batch)])
                progress(read)
                return LedgerImportSummary(batch: batch, alreadyImported: false, imported: imported, duplicates: read - imported,
                                           total: Money(pence: importedTotal))
            }
        } catch let earlier as AlreadyImported {
            return LedgerImportSummary(batch: earlier.batch, alreadyImported: true, imported: 0, duplicates: 0, total: earlier.total)
        } catch let error as ServerError {
            throw storeError(error)
        }
    }

    /// An export read from a pipe turned out to be one imported before: its rows are dropped with the transaction.
    private struct AlreadyImported: Error {
        let batch: Int64
        let total: Money
    }

    public func batches() throws(StoreError) -> [LedgerBatch] {
        try run { () throws in
            try server.query("""
                SELECT id, partner, file_name, imported_at, role, rows, total_pence FROM s75.ledger_batch WHERE agreement = $1 ORDER BY id
                """, [agreementID]).map { r in
                LedgerBatch(id: Int64(r[0] ?? "") ?? 0, partnerID: r[1] ?? "", fileName: r[2] ?? "", importedAt: r[3] ?? "", user: r[4] ?? "",
                            rows: Int(r[5] ?? "") ?? 0, total: Money(pence: Int64(r[6] ?? "") ?? 0))
            }
        }
    }

    /// Removes an import and its transactions (audited by the server); false when there is no such import.
    public func removeBatch(_ batch: Int64, author: Author) throws(StoreError) -> Bool {
        guard readOnlyReason == nil else { throw StoreError(.readOnly, path: path) }
        return try run(retrying: false) { () throws in
            try server.transaction { () throws -> Bool in
                try server.inTransaction("SELECT set_config('s75.client', $1, true)", [author.client])
                return !(try server.inTransaction("DELETE FROM s75.ledger_batch WHERE agreement = $1 AND id = $2 RETURNING id",
                                                  [agreementID, String(batch)])).isEmpty
            }
        }
    }

    public func ledgerOverview() throws(StoreError) -> LedgerOverview {
        try run { () throws in
            try server.transaction { () throws -> LedgerOverview in
                try server.inTransaction("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                let totals = try server.inTransaction("""
                    SELECT coalesce(sum(rows), 0), coalesce(sum(total_pence), 0) FROM s75.ledger_batch WHERE agreement = $1
                    """, [agreementID]).first
                let suspense = try server.inTransaction("""
                    SELECT cost_centre, max(cost_centre_name), account, max(account_name), count(*), sum(amount_pence) FROM s75.ledger
                    WHERE agreement = $1 AND line IS NULL GROUP BY cost_centre, account
                    ORDER BY abs(sum(amount_pence)) DESC, cost_centre, account
                    """, [agreementID]).map { r in
                    LedgerOverview.SuspenseGroup(costCentre: r[0] ?? "", costCentreName: r[1] ?? "", account: r[2] ?? "", accountName: r[3] ?? "",
                                                 rows: Int(r[4] ?? "") ?? 0, total: Money(pence: Int64(r[5] ?? "") ?? 0))
                }
                var actuals: [SchemeLine.ID: [Period: Money]] = [:]
                for r in try server.inTransaction("""
                    SELECT line, period, sum(amount_pence) FROM s75.ledger WHERE agreement = $1 AND line IS NOT NULL GROUP BY line, period
                    """, [agreementID]) {
                    guard let line = r[0], let period = r[1].flatMap(Period.init) else { continue }
                    actuals[line, default: [:]][period] = Money(pence: Int64(r[2] ?? "") ?? 0)
                }
                return LedgerOverview(rows: Int(totals?[0] ?? "") ?? 0, total: Money(pence: Int64(totals?[1] ?? "") ?? 0),
                                      suspense: suspense, actuals: actuals)
            }
        }
    }

    /// Counts on the server, whose one connection this session's other reads share, so not alongside them: a read's
    /// `stop` is not asked.
    public func countsAlongside(_ query: LedgerQuery) -> Bool { false }

    /// The server keeps no search index: its filters by text read the agreement's transactions.
    public func indexLedgerSearch(most: Int, stop: LedgerReadStop?) throws(StoreError) -> Int64 { 0 }

    public func ledgerCount(_ query: LedgerQuery, stop: LedgerReadStop?) throws(StoreError) -> (rows: Int, total: Money) {
        let filter = LedgerFilter(query, agreement: agreementID)
        let row = try run { () throws in
            try server.query("SELECT count(*), coalesce(sum(amount_pence), 0) FROM s75.ledger WHERE \(filter.sql)", filter.parameters).first
        }
        return (Int(row?[0] ?? "") ?? 0, Money(pence: Int64(row?[1] ?? "") ?? 0))
    }

    /// The transactions at positions `start ..< start + count` of `query`'s order: read by key after `anchor` (a row
    /// shown before them) when it is nearer than either end, else from whichever end is nearer.
    public func ledgerRows(_ query: LedgerQuery, from start: Int, count: Int, total: Int, anchor: LedgerAnchor?,
                           stop: LedgerReadStop?) throws(StoreError) -> [LedgerTransaction] {
        guard count > 0, start < total else { return [] }
        let end = min(total, start + count)
        var filter = LedgerFilter(query, agreement: agreementID)
        let fromEnd = total - end < start
        var skip = fromEnd ? total - end : start
        var ascending = fromEnd == query.descending
        if let anchor, anchor.index < start, start - anchor.index - 1 < skip {
            (skip, ascending) = (start - anchor.index - 1, !query.descending)
            filter.after(anchor.row, in: query.sort, ascending: ascending)
        }
        let backwards = ascending == query.descending
        let order = LedgerFilter.keys(query.sort).map { "\($0) \(ascending ? "ASC" : "DESC")" }.joined(separator: ", ")
        let rows = try run { () throws in
            try server.query("""
                SELECT id, posting_date, period, cost_centre, cost_centre_name, account, account_name, supplier, description, document,
                  amount_pence, line FROM s75.ledger WHERE \(filter.sql) ORDER BY \(order) LIMIT \(end - start) OFFSET \(skip)
                """, filter.parameters)
        }
        let transactions = rows.map { r in
            LedgerTransaction(id: Int64(r[0] ?? "") ?? 0,
                              row: LedgerRow(postingDate: r[1].flatMap(DateOnly.init) ?? DateOnly(year: 1, month: 1, day: 1),
                                             period: r[2].flatMap(Period.init) ?? Period(year: 1, month: 1), costCentre: r[3] ?? "",
                                             costCentreName: r[4] ?? "", account: r[5] ?? "", accountName: r[6] ?? "", supplier: r[7] ?? "",
                                             description: r[8] ?? "", document: r[9] ?? "", amount: Money(pence: Int64(r[10] ?? "") ?? 0)),
                              lineID: r[11])
        }
        return backwards ? transactions.reversed() : transactions
    }
}

/// A ledger query as SQL for the server: its filter with numbered parameters, and the columns each order sorts by.
struct LedgerFilter {
    private(set) var clauses: [String] = []
    private(set) var parameters: [String?] = []

    init(_ q: LedgerQuery, agreement: String) {
        add("agreement = $#", agreement)
        if let lines = q.lineIDs { add("line = ANY($#::text[])", "{" + lines.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }.joined(separator: ",") + "}") }
        if let mapped = q.mapped { clauses.append(mapped ? "line IS NOT NULL" : "line IS NULL") }
        if let period = q.period { add("period = $#", period.description) }
        if let minimum = q.minimum { add("amount_pence >= $#", String(minimum.pence)) }
        if let maximum = q.maximum { add("amount_pence <= $#", String(maximum.pence)) }
        if !q.supplier.isEmpty { add("strpos(lower(supplier), lower($#)) > 0", q.supplier) }
        if !q.text.isEmpty {
            add("strpos(lower(concat_ws(chr(31), description, supplier, document, cost_centre, cost_centre_name, account_name)), lower($#)) > 0", q.text)
        }
    }

    private mutating func add(_ clause: String, _ value: String) {
        parameters.append(value)
        clauses.append(clause.replacingOccurrences(of: "$#", with: "$\(parameters.count)"))
    }

    var sql: String { clauses.joined(separator: " AND ") }

    /// Only the rows after `row` in `sort`'s order (before it, read descending), compared by the order's keys.
    mutating func after(_ row: LedgerTransaction, in sort: LedgerQuery.SortKey, ascending: Bool) {
        let values: [String] = switch sort {
        case .date: [row.postingDate.description, String(row.id)]
        case .costCentre: [row.costCentre, row.account, String(row.id)]
        case .account: [row.account, String(row.id)]
        case .supplier: [row.supplier, String(row.id)]
        case .description: [row.description, String(row.id)]
        case .document: [row.document, String(row.id)]
        case .amount: [String(row.amount.pence), String(row.id)]
        case .line: [row.lineID ?? "", row.postingDate.description, String(row.id)]
        }
        let numeric: Set<String> = ["id", "amount_pence"]
        let keys = Self.keys(sort)
        var placeholders: [String] = []
        for (key, value) in zip(keys, values) {
            parameters.append(value)
            placeholders.append("$\(parameters.count)" + (numeric.contains(key) ? "::bigint" : ""))
        }
        clauses.append("(\(keys.joined(separator: ", "))) \(ascending ? ">" : "<") (\(placeholders.joined(separator: ", ")))")
    }

    /// The columns a sort orders by, ending with the row's id so that the order is total.
    static func keys(_ sort: LedgerQuery.SortKey) -> [String] {
        switch sort {
        case .date: ["posting_date", "id"]
        case .costCentre: ["cost_centre", "account", "id"]
        case .account: ["account", "id"]
        case .supplier: ["supplier", "id"]
        case .description: ["description", "id"]
        case .document: ["document", "id"]
        case .amount: ["amount_pence", "id"]
        case .line: ["coalesce(line, '')", "posting_date", "id"]
        }
    }
}
