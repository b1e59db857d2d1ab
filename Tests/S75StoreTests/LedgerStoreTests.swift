import Foundation
import S75Domain
@testable import S75Store
import Testing

/// Ledger imports in the file: batches, duplicates, the same file twice, removal, and an import cut short.
@Suite("Ledger store")
struct LedgerStoreTests {
    static func rows(_ count: Int, from first: Int = 0) -> [LedgerRow] {
        (first..<first + count).map { n in
            LedgerRow(postingDate: DateOnly(year: 2025, month: 4 + n % 9, day: 1 + n % 28),
                      period: Period(year: 2025, month: 4 + n % 9), costCentre: "NC\(n % 7)", account: "5101", supplier: "S\(n % 13)",
                      document: "INV\(n)", amount: Money(pence: Int64(n * 37 % 100_000) - 5_000))
        }
    }

    func importing(_ store: S75Database, _ rows: [LedgerRow], digest: String, failAfter: Int? = nil) throws -> LedgerImportSummary {
        var iterator = rows.makeIterator()
        var given = 0
        return try store.importLedger(partner: "LA", fileName: "gl.csv", digest: digest, author: Author(user: "tester"), next: {
            given += 1
            if let failAfter, given > failAfter { throw CocoaError(.fileReadCorruptFile) }
            return iterator.next()
        })
    }

    @Test("45,000 rows import in three batches; the total is the rows' sum to the penny; the same file again adds nothing")
    func importTwice() throws {
        let store = try S75Database.create(at: try temporaryFolder() + "/l.s75", with: Northmoor.agreement, author: Author(user: "setup"))
        let rows = Self.rows(45_000)
        let first = try importing(store, rows, digest: "abc")
        #expect(first.imported == 45_000 && first.duplicates == 0 && !first.alreadyImported)
        #expect(first.total == rows.map(\.amount).sum())
        #expect(try store.ledgerTotals() == (45_000, rows.map(\.amount).sum()))
        let again = try importing(store, rows, digest: "abc")
        #expect(again.alreadyImported && again.batch == first.batch)
        #expect(try store.ledgerTotals().rows == 45_000)
    }

    @Test("rows already in the file (from another export, or twice in one) are skipped and counted")
    func duplicates() throws {
        let store = try S75Database.create(at: try temporaryFolder() + "/l.s75", with: Northmoor.agreement, author: Author(user: "setup"))
        _ = try importing(store, Self.rows(100), digest: "one")
        let overlap = try importing(store, Self.rows(100, from: 50) + Self.rows(10, from: 140), digest: "two")
        #expect(overlap.imported == 50)
        #expect(overlap.duplicates == 60)
        #expect(try store.ledgerTotals().rows == 150)
    }

    @Test("an import cut short leaves nothing behind; a later import of the same file goes ahead")
    func cutShort() throws {
        let store = try S75Database.create(at: try temporaryFolder() + "/l.s75", with: Northmoor.agreement, author: Author(user: "setup"))
        #expect(throws: CocoaError.self) { try importing(store, Self.rows(30_000), digest: "cut", failAfter: 25_000) }
        #expect(try store.ledgerTotals().rows == 0)
        #expect(try store.batches().isEmpty)
        #expect(try importing(store, Self.rows(30_000), digest: "cut").imported == 30_000)
    }

    @Test("a file whose ledger had no totals by supplier (v14) gains them, for the imports it holds, on opening")
    func upgradedSupplierTotals() throws {
        let path = try temporaryFolder() + "/l.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        _ = try importing(store, Self.rows(500), digest: "before")
        try SQLiteShell.runPlain(path, "DROP TABLE ledgerSupplierTotal; DELETE FROM grdb_migrations WHERE identifier = 'v15-ledger-supplier-totals';")
        let upgraded = try S75Database.open(at: path)
        let chosen = Self.rows(500).filter { $0.supplier.hasPrefix("S1") }
        #expect(try upgraded.ledgerCount(LedgerQuery(supplier: "s1")) == (chosen.count, chosen.map(\.amount).sum()))
    }

    /// The names of `ledgerTransaction`'s indexes in `path`, in order.
    static func indexes(_ path: String) throws -> String {
        try SQLiteShell.query(path, """
            SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ledgerTransaction' ORDER BY name)
            """)
    }

    @Test("an import larger than 50,000 rows into a small ledger builds the indexes afresh; repeats of an earlier import and of its own rows are found as when they are kept")
    func largeImportRebuildsIndexes() throws {
        let path = try temporaryFolder() + "/l.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        _ = try importing(store, Self.rows(100), digest: "first")
        let large = try importing(store, Self.rows(60_000, from: 50) + Self.rows(25, from: 10), digest: "large")
        #expect(large.imported == 60_000 - 50 && large.duplicates == 75, "50 rows repeat the first import; 25 repeat its own")
        #expect(try store.ledgerTotals().rows == 60_050)
        #expect(try store.ledgerTotals().total == (Self.rows(60_050)).map(\.amount).sum())
        #expect(try Self.indexes(path) == "ledgerByAmountAndKey ledgerByBatch ledgerByCostCentre ledgerByDate ledgerByLine")
    }

    @Test("a month into a ledger eight times its size finds its repeats among the ledger's rows, through the kept indexes")
    func monthKeepsIndexes() throws {
        let path = try temporaryFolder() + "/l.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        _ = try importing(store, Self.rows(70_000), digest: "year")
        let month = try importing(store, Self.rows(8_000, from: 69_000), digest: "month")
        #expect(month.imported == 7_000 && month.duplicates == 1_000)
        #expect(try store.ledgerTotals().total == Self.rows(77_000).map(\.amount).sum())
    }

    @Test("an import keeps the indexes up to an eighth of the ledger it goes into, and at least 50,000 rows")
    func whenIndexesAreKept() {
        #expect(LedgerIndex.keeps(rowsBefore: 0, imported: 50_000) && !LedgerIndex.keeps(rowsBefore: 0, imported: 50_001))
        #expect(LedgerIndex.keeps(rowsBefore: 1_000_000, imported: 125_000) && !LedgerIndex.keeps(rowsBefore: 1_000_000, imported: 125_001))
        #expect(LedgerIndex.keeps(rowsBefore: 10_000_000, imported: 1_250_000))
    }

    @Test("a large import cut short after dropping the indexes leaves none of its rows, and the indexes built again")
    func largeImportCutShort() throws {
        let path = try temporaryFolder() + "/l.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        #expect(throws: CocoaError.self) { try importing(store, Self.rows(80_000), digest: "cut", failAfter: 70_000) }
        #expect(try store.ledgerTotals().rows == 0)
        #expect(try SQLiteShell.query(path, "SELECT count(*) FROM ledgerTransaction;") == "0")
        #expect(try Self.indexes(path) == "ledgerByAmountAndKey ledgerByBatch ledgerByCostCentre ledgerByDate ledgerByLine")
    }

    @Test("an import is listed and removed as a whole, and both are in the audit trail")
    func removal() throws {
        let store = try S75Database.create(at: try temporaryFolder() + "/l.s75", with: Northmoor.agreement, author: Author(user: "setup"))
        let summary = try importing(store, Self.rows(10), digest: "x")
        #expect(try store.batches().map(\.rows) == [10])
        #expect(try store.removeBatch(summary.batch, author: Author(user: "tester")))
        #expect(try !store.removeBatch(summary.batch, author: Author(user: "tester")))
        #expect(try store.ledgerTotals().rows == 0)
        let trail = try store.auditTrail(entity: "\(summary.batch)")
        #expect(trail.map(\.field) == ["removed", "imported"])
    }

    @Test("a batch a killed import or removal left hidden is cleared when the file is next opened to write, and no sooner")
    func hiddenBatchCleared() throws {
        let path = try temporaryFolder() + "/l.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let summary = try importing(store, Self.rows(45_000), digest: "x")
        let hide = Process()
        hide.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        hide.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('UPDATE ledgerBatch SET complete = 0'); c.commit()", path]
        try hide.run()
        hide.waitUntilExit()
        #expect(try SQLiteShell.query(path, "SELECT count(*) FROM ledgerTransaction;") == "45000")
        _ = try S75Database.openToRead(at: path).batches()
        #expect(try SQLiteShell.query(path, "SELECT count(*) FROM ledgerTransaction;") == "45000", "a read leaves it")
        _ = try S75Database.open(at: path)
        #expect(try SQLiteShell.query(path, "SELECT count(*) FROM ledgerTransaction;") == "0")
        #expect(try SQLiteShell.query(path, "SELECT count(*) FROM ledgerBatch;") == "0")
        _ = summary
    }

    @Test("a row's duplicate key is FNV-1a over the partner and its fields, as files already hold it (worked in Python)")
    func keyIsStable() throws {
        let path = try temporaryFolder() + "/l.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let row = LedgerRow(postingDate: DateOnly(year: 2025, month: 8, day: 7), period: Period(year: 2025, month: 8), costCentre: "NC41162",
                            costCentreName: "S15 cost centre 3", account: "5101", accountName: "Agency staff", supplier: "Trust Care 1750",
                            description: "Invoice for S15 services – Café é", document: "INV0000000", amount: Money(pence: 9878))
        let credit = LedgerRow(postingDate: row.postingDate, period: row.period, costCentre: "NC41162", account: "5101", amount: Money(pence: -120))
        _ = try importing(store, [row, credit], digest: "key")
        // h = 0xcbf29ce484222325; for each part: for byte in part: h = (h ^ byte) * 0x100000001b3; then the same for 0x1f
        #expect(try SQLiteShell.query(path, "SELECT rowKey FROM ledgerTransaction WHERE amountPence = 9878") == "1291288992609572013")
        #expect(try SQLiteShell.query(path, "SELECT rowKey FROM ledgerTransaction WHERE amountPence = -120") == "9035890046888092670")
    }

    @Test("a file whose ledger had key and supplier indexes (v10) loses them and gains the amount-and-key index on opening")
    func upgradedIndexes() throws {
        let path = try temporaryFolder() + "/l.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        try SQLiteShell.runPlain(path, """
            DROP INDEX ledgerByAmountAndKey; CREATE INDEX ledgerByAmount ON ledgerTransaction(amountPence);
            CREATE INDEX ledgerByKey ON ledgerTransaction(rowKey); CREATE INDEX ledgerBySupplier ON ledgerTransaction(supplier); DELETE FROM grdb_migrations WHERE identifier = 'v11-ledger-indexes';
            """)
        let store = try S75Database.open(at: path)
        _ = try importing(store, Self.rows(10) + Self.rows(3), digest: "after")
        #expect(try store.ledgerTotals().rows == 10)
        let indexes = try SQLiteShell.query(path, """
            SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ledgerTransaction' ORDER BY name)
            """)
        #expect(indexes == "ledgerByAmountAndKey ledgerByBatch ledgerByCostCentre ledgerByDate ledgerByLine")
    }
}
