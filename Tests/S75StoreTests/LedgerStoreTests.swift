import Foundation
import S75Domain
import S75Interchange
import S75Store
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

    @Test("45,000 rows import in three transactions; the total is the rows' sum to the penny; the same file again adds nothing")
    func importTwice() throws {
        let store = try S75Database.create(at: try temporaryFolder() + "/l.s75", with: Northmoor.agreement)
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
        let store = try S75Database.create(at: try temporaryFolder() + "/l.s75", with: Northmoor.agreement)
        _ = try importing(store, Self.rows(100), digest: "one")
        let overlap = try importing(store, Self.rows(100, from: 50) + Self.rows(10, from: 140), digest: "two")
        #expect(overlap.imported == 50)
        #expect(overlap.duplicates == 60)
        #expect(try store.ledgerTotals().rows == 150)
    }

    @Test("an import cut short leaves nothing behind; a later import of the same file goes ahead")
    func cutShort() throws {
        let store = try S75Database.create(at: try temporaryFolder() + "/l.s75", with: Northmoor.agreement)
        #expect(throws: CocoaError.self) { try importing(store, Self.rows(30_000), digest: "cut", failAfter: 25_000) }
        #expect(try store.ledgerTotals().rows == 0)
        #expect(try store.batches().isEmpty)
        #expect(try importing(store, Self.rows(30_000), digest: "cut").imported == 30_000)
    }

    @Test("an import is listed and removed as a whole, and both are in the audit trail")
    func removal() throws {
        let store = try S75Database.create(at: try temporaryFolder() + "/l.s75", with: Northmoor.agreement)
        let summary = try importing(store, Self.rows(10), digest: "x")
        #expect(try store.batches().map(\.rows) == [10])
        #expect(try store.removeBatch(summary.batch, author: Author(user: "tester")))
        #expect(try !store.removeBatch(summary.batch, author: Author(user: "tester")))
        #expect(try store.ledgerTotals().rows == 0)
        let trail = try store.auditTrail(entity: "\(summary.batch)")
        #expect(trail.map(\.field) == ["removed", "imported"])
    }
}
