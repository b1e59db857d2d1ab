import Foundation
import GRDB
import S75Domain

/// What an import did: the batch it made (or the one that already held the same file), and its counts.
public struct LedgerImportSummary: Hashable, Sendable {
    public var batch: Int64
    /// Set when the same file was imported before, as this batch: nothing was added.
    public var alreadyImported: Bool
    public var imported: Int
    public var duplicates: Int
    public var total: Money

    public init(batch: Int64, alreadyImported: Bool, imported: Int, duplicates: Int, total: Money) {
        (self.batch, self.alreadyImported, self.imported, self.duplicates, self.total) = (batch, alreadyImported, imported, duplicates, total)
    }
}

/// An import of a partner's ledger export, as `s75 ledger imports` lists it.
public struct LedgerBatch: Hashable, Sendable {
    public var id: Int64
    public var partnerID: String
    public var fileName: String
    public var importedAt: String
    public var user: String
    public var rows: Int
    public var total: Money

    public init(id: Int64, partnerID: String, fileName: String, importedAt: String, user: String, rows: Int, total: Money) {
        (self.id, self.partnerID, self.fileName, self.importedAt, self.user, self.rows, self.total) =
            (id, partnerID, fileName, importedAt, user, rows, total)
    }
}

extension S75Database {
    /// How many rows are read, packed and handed to the writer at a time: memory stays a few batches whatever the
    /// file's size.
    static let ledgerBatchRows = 20_000

    /// How many batches go into one transaction: a month of 83,000 rows commits once, and an edit waits for at most
    /// 100,000 rows (decision 45).
    static let ledgerBatchesPerTransaction = 5

    /// The page cache of an import that keeps the indexes, in KiB: a month's rows touch about a thousand pages of the
    /// cost-centre index and most of the amount index's, which then stay in memory (decision 45).
    static let ledgerImportCacheKiB = 32_768

    /// Imports the rows `next` gives, in transactions of ``ledgerBatchRows``; a row already in the file (the same
    /// partner, date, cost centre, account, supplier, document, description and amount) is skipped and counted. The
    /// batch becomes visible, and is audited, only once every row is in; a file whose `digest` a complete batch already
    /// has adds nothing. `progress` is told the rows written so far. An export that can be read only once (a pipe) has
    /// no digest before its rows: `digest` is nil and `readDigest` gives it once they are read, when an import of the
    /// same bytes is found and this one is dropped.
    public func importLedger(partner: String, fileName: String, digest: String?, readDigest: () -> String = { "" }, author: Author,
                             next nextRow: () throws -> LedgerRow?, progress: (Int) -> Void = { _ in }) throws -> LedgerImportSummary {
        let writer = try writableConnection()
        let people = try StoreErrors.map(path: path) { try writer.read { db in try AgreementReader(db: db, path: path).details() } }
        if let refusal = people.refusalOfLedgerImport(for: partner, by: author.user) { throw StoreError(.invalidEdit(refusal), path: path) }
        let lock = try LedgerImportLock(store: path)
        defer { withExtendedLifetime(lock) {} }
        // with the lock held no other import is running: an unfinished batch is a killed import's, and goes
        for unfinished in try StoreErrors.map(path: path, { try writer.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM ledgerBatch WHERE complete = 0") } }) {
            try removeUnfinished(unfinished, with: writer)
        }
        let started: (batch: Int64, earlier: Bool, rowsBefore: Int) = try StoreErrors.map(path: path) {
            try writer.write { db in
                try db.execute(sql: "PRAGMA cache_size = -\(Self.ledgerImportCacheKiB)")
                if let digest, let earlier = try Int64.fetchOne(db, sql: "SELECT id FROM ledgerBatch WHERE digest = ? AND partnerID = ?",
                                                                arguments: [digest, partner]) {
                    return (earlier, true, 0)
                }
                let rowsBefore = try Int.fetchOne(db, sql: "SELECT coalesce(sum(rows), 0) FROM ledgerBatch WHERE complete = 1") ?? 0
                try db.execute(sql: "INSERT INTO ledgerBatch (partnerID, fileName, digest, importedAt, user) VALUES (?, ?, ?, ?, ?)",
                               arguments: [partner, fileName, digest ?? "", Self.now(), author.user])
                return (db.lastInsertedRowID, false, rowsBefore)
            }
        }
        let batch = started.batch
        if started.earlier {
            let earlier = try batches().first { $0.id == batch }
            return LedgerImportSummary(batch: batch, alreadyImported: true, imported: 0, duplicates: 0, total: earlier?.total ?? .zero)
        }
        var imported = 0, duplicates = 0
        var lines = LedgerLineFinder(try loadAgreement().ledgerRules)
        var totals = LedgerTotals()
        var suppliers = LedgerSupplierTotals()
        var total = Money.zero
        var keepsIndexes = true
        let pipeline = LedgerWritePipeline(writer: writer, batchesPerTransaction: Self.ledgerBatchesPerTransaction)
        do {
            var rows = LedgerRowBatch(capacity: Self.ledgerBatchRows)
            func writeRows() throws {
                let written = rows
                rows = LedgerRowBatch(capacity: Self.ledgerBatchRows)
                if keepsIndexes && !LedgerIndex.keeps(rowsBefore: started.rowsBefore, imported: imported) {
                    keepsIndexes = false
                    try StoreErrors.map(path: path) {
                        // 4 MiB: the indexes are built afresh in fewer, cache-sized runs (decision 32)
                        try pipeline.write { db in try db.execute(sql: "PRAGMA cache_size = -4096"); try LedgerIndex.drop(in: db) }
                    }
                }
                try StoreErrors.map(path: path) { try pipeline.write { db in try LedgerRowWriter.append(written, batch: batch, partner: partner, in: db) } }
                progress(imported)
            }
            while let row = try nextRow() {  // the reader's own errors pass on as they are, not as the store's
                let line = lines.line(costCentre: row.costCentre, account: row.account, supplier: row.supplier)
                let period = row.period.description
                rows.append(row, period: period, lineID: line)
                let key = LedgerTotals.Key(costCentre: row.costCentre, account: row.account, period: period, lineID: line)
                guard totals.add(key, costCentreName: row.costCentreName, accountName: row.accountName, pence: row.amount.pence),
                      suppliers.add(LedgerSupplierTotals.Key(supplier: row.supplier, period: period), pence: row.amount.pence),
                      let sum = total.adding(checked: row.amount) else {
                    throw StoreError(.beyondRange("The export's total (or its total for cost centre \(row.costCentre) in \(period))"), path: path)
                }
                imported += 1
                total = sum
                if rows.count == Self.ledgerBatchRows { try writeRows() }
            }
            try writeRows()
            try StoreErrors.map(path: path) { try pipeline.finish() }
            if !keepsIndexes {
                // the indexes' sorts use both cores (decision 37)
                try StoreErrors.map(path: path) {
                    try writer.write { db in try db.execute(sql: "PRAGMA threads = 2") }
                    try LedgerIndex.create(with: writer)
                }
            }
            if digest == nil {
                let read = readDigest()
                let earlier = try StoreErrors.map(path: path) {
                    try writer.write { db in
                        try db.execute(sql: "UPDATE ledgerBatch SET digest = ? WHERE id = ?", arguments: [read, batch])
                        return try Int64.fetchOne(db, sql: "SELECT id FROM ledgerBatch WHERE digest = ? AND partnerID = ? AND complete = 1",
                                                  arguments: [read, partner])
                    }
                }
                if let earlier {
                    try removeUnfinished(batch, with: writer)
                    let summary = try batches().first { $0.id == earlier }
                    return LedgerImportSummary(batch: earlier, alreadyImported: true, imported: 0, duplicates: 0, total: summary?.total ?? .zero)
                }
            }
            try StoreErrors.map(path: path) {
                try writer.write { db in
                    let removed = try LedgerDuplicates.remove(of: batch, search: keepsIndexes ? .batchRows : .wholeIndex, in: db,
                                                              from: &totals, and: &suppliers)
                    (imported, duplicates, total) = (imported - removed.rows, removed.rows, total - removed.total)
                    try totals.write(batch: batch, in: db)
                    try suppliers.write(batch: batch, in: db)
                    try db.execute(sql: "UPDATE ledgerBatch SET complete = 1, rows = ?, totalPence = ? WHERE id = ?",
                                   arguments: [imported, total.pence, batch])
                    try AuditChain.append(.init(at: Self.now(), user: author.user, client: author.client, entity: "ledger import", entityID: "\(batch)",
                                                field: "imported", old: nil, new: "\(fileName) (\(partner)): \(imported) rows, \(MoneyText.pounds(total))"),
                                          in: db)
                }
            }
        } catch {
            try? pipeline.finish()
            try? removeUnfinished(batch, with: writer)
            try? LedgerIndex.create(with: writer)
            throw error
        }
        _ = try? writer.write { db in try db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA threads = 0") }
        return LedgerImportSummary(batch: batch, alreadyImported: false, imported: imported, duplicates: duplicates, total: total)
    }

    /// The complete imports, oldest first.
    public func batches() throws(StoreError) -> [LedgerBatch] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM ledgerBatch WHERE complete = 1 ORDER BY id").map { row in
                LedgerBatch(id: try row.decode(Int64.self, forColumn: "id"), partnerID: try row.decode(String.self, forColumn: "partnerID"),
                            fileName: try row.decode(String.self, forColumn: "fileName"),
                            importedAt: try row.decode(String.self, forColumn: "importedAt"), user: try row.decode(String.self, forColumn: "user"),
                            rows: try row.decode(Int.self, forColumn: "rows"), total: Money(pence: try row.decode(Int64.self, forColumn: "totalPence")))
            }
        }
    }

    /// Removes import `batch` and its transactions, as one audited change; false when there is no such import. The
    /// import is hidden and audited at once; its rows then go in transactions of ``ledgerRemovalRows``, so that no edit
    /// waits longer than the busy timeout meanwhile. A removal cut short leaves a hidden batch, cleared at the next open.
    public func removeBatch(_ batch: Int64, author: Author) throws(StoreError) -> Bool {
        let writer = try writableConnection()
        let lock = try LedgerImportLock(store: path)
        defer { withExtendedLifetime(lock) {} }
        let found = try StoreErrors.map(path: path) {
            try writer.write { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM ledgerBatch WHERE id = ? AND complete = 1", arguments: [batch]) else {
                    return false
                }
                try db.execute(sql: "UPDATE ledgerBatch SET complete = 0 WHERE id = ?", arguments: [batch])
                try db.execute(sql: "DELETE FROM ledgerTotal WHERE batchID = ?", arguments: [batch])
                try db.execute(sql: "DELETE FROM ledgerSupplierTotal WHERE batchID = ?", arguments: [batch])
                let was = "\(try row.decode(String.self, forColumn: "fileName")): \(try row.decode(Int.self, forColumn: "rows")) rows"
                try AuditChain.append(.init(at: Self.now(), user: author.user, client: author.client, entity: "ledger import", entityID: "\(batch)",
                                            field: "removed", old: was, new: nil), in: db)
                return true
            }
        }
        if found { try removeUnfinished(batch, with: writer) }
        return found
    }

    /// How many rows one transaction of a removal deletes: each deleted row is found and taken out of four indexes at
    /// scattered places, so at a million rows 20,000 of them held the file for 2.6 s, past the busy timeout.
    static let ledgerRemovalRows = 5_000

    /// Deletes a hidden (unfinished or removed) batch's rows a transaction of ``ledgerRemovalRows`` at a time, then the batch.
    func removeUnfinished(_ batch: Int64, with writer: some DatabaseWriter) throws(StoreError) {
        try StoreErrors.map(path: path) {
            while try writer.write({ db in
                try db.execute(sql: "DELETE FROM ledgerTransaction WHERE rowid IN (SELECT rowid FROM ledgerTransaction WHERE batchID = ? LIMIT ?)",
                               arguments: [batch, Self.ledgerRemovalRows])
                return db.changesCount > 0
            }) {}
            try writer.write { db in try db.execute(sql: "DELETE FROM ledgerBatch WHERE id = ? AND complete = 0", arguments: [batch]) }
        }
    }

    /// Clears what killed imports and removals left hidden in the file, when no import is running: called when the
    /// file is opened to write.
    func clearUnfinishedImports(with writer: some DatabaseWriter) throws(StoreError) {
        let unfinished = try StoreErrors.map(path: path) {
            try writer.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM ledgerBatch WHERE complete = 0") }
        }
        guard !unfinished.isEmpty, let lock = try? LedgerImportLock(store: path) else { return }
        defer { withExtendedLifetime(lock) {} }
        for batch in unfinished { try removeUnfinished(batch, with: writer) }
    }

    /// How many transactions the file holds, and their total.
    public func ledgerTotals() throws(StoreError) -> (rows: Int, total: Money) {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*) AS n, coalesce(sum(amountPence), 0) AS pence FROM ledgerTransaction
                WHERE batchID IN (SELECT id FROM ledgerBatch WHERE complete = 1)
                """)
            return (try row?.decode(Int.self, forColumn: "n") ?? 0, Money(pence: try row?.decode(Int64.self, forColumn: "pence") ?? 0))
        }
    }
}
