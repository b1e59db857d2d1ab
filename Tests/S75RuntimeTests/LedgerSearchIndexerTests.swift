import Foundation
@testable import S75Runtime
@testable import S75Store
import Testing

/// The ledger's search index, written on the other core while a session goes on.
@Suite("The search index in a session")
struct LedgerSearchIndexerTests {
    func indexed(_ store: S75Database) throws -> Int64 { try store.read { db in try LedgerSearch.indexedThrough(in: db) } }

    @Test("the index is written only once no key has been pressed for a moment, then to the end; a second start while it runs does nothing")
    func waitsForQuiet() throws {
        let (store, _) = try LedgerSessionTests.file()
        let indexer = LedgerSearchIndexer(store: store)
        indexer.keyPressed()
        indexer.start()
        indexer.start()
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try indexed(store) == 0, "a key was pressed 0.3 s ago")
        let deadline = Date().addingTimeInterval(10)
        while try indexed(store) < 2_000, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(try indexed(store) == 2_000)
        indexer.finish()
        #expect(try store.indexLedgerSearch(most: 1) == 0)
    }
}
