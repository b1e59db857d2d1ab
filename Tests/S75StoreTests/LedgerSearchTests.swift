import Foundation
import GRDB
import S75Domain
@testable import S75Store
import Testing

/// The ledger's search index: a filter by text read through it selects exactly the transactions that reading every one
/// selects, however far the index has come, through imports and removals.
@Suite("Ledger search index")
struct LedgerSearchTests {
    /// 3,000 rows as the query tests have them, and a few whose text tries the index: accents, case, quotes, wildcards.
    static func rows() -> [LedgerRow] {
        let odd = ["Café Élan", "CAFÉ ÉLAN", "O'Brien \"Care\" Ltd", "100% care_home", "Zoë & Co", "e\u{301}cole"].enumerated().map { n, name in
            LedgerRow(postingDate: DateOnly(year: 2025, month: 5, day: 1 + n), period: Period(year: 2025, month: 5), costCentre: "CC\(n)",
                      costCentreName: "Centre \(name)", account: "5101", accountName: "Fees", supplier: name, description: "Odd \(n)",
                      document: "ODD\(n)", amount: Money(pence: Int64(1_000 + n)))
        }
        return LedgerQueryTests.rows() + odd
    }

    static func store(_ rows: [LedgerRow] = rows()) throws -> S75Database {
        let store = try S75Database.create(at: try temporaryFolder() + "/s.s75", with: Northmoor.agreement, author: Author(user: "setup"))
        try importing(rows, into: store, digest: "first")
        return store
    }

    @discardableResult
    static func importing(_ rows: [LedgerRow], into store: S75Database, digest: String) throws -> LedgerImportSummary {
        var iterator = rows.makeIterator()
        return try store.importLedger(partner: "LA", fileName: "\(digest).csv", digest: digest, author: Author(user: "t"), next: { iterator.next() })
    }

    /// Indexes everything, a write at a time; how many writes it took.
    @discardableResult
    static func indexAll(_ store: S75Database, most: Int = 1_000) throws -> Int {
        var writes = 0
        while try store.indexLedgerSearch(most: most) > 0 { writes += 1 }
        return writes + 1
    }

    /// Whether SQLite's LIKE finds `text` in `value`: bytes compared, ASCII letters in either case.
    static func likeContains(_ value: String, _ text: String) -> Bool {
        func folded(_ s: String) -> [UInt8] { s.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 } }
        let (hay, needle) = (folded(value), folded(text))
        guard needle.count <= hay.count else { return false }
        return (0...(hay.count - needle.count)).contains { hay[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    /// The rows a filter by `text` selects, worked out here: those with it in any of the six columns searched.
    static func expected(_ rows: [LedgerRow], _ text: String) -> [LedgerRow] {
        rows.filter { row in
            [row.supplier, row.description, row.document, row.costCentre, row.costCentreName, row.accountName].contains { likeContains($0, text) }
        }
    }

    /// Texts a user may search for: rare and common, in other cases, with accents, quotes and wildcards, and shorter than
    /// a trigram.
    static let texts = ["INV1234", "inv1234", "INV12", "ODD3", "café", "CAFÉ", "Café É", "élan", "o'brien", "\"care\"", "100%", "care_h",
                        "Zoë", "e\u{301}cole", "école", "S12", "NC3", "zzzz", "Fees", "ee", "5", "Centre Caf", "INV2999", "NV29"]

    func expectExact(_ store: S75Database, _ rows: [LedgerRow], _ note: Comment, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for text in Self.texts {
            let chosen = Self.expected(rows, text)
            let query = LedgerQuery(text: text)
            #expect(try store.ledgerCount(query) == (chosen.count, chosen.map(\.amount).sum()), "\(note): \(text)", sourceLocation: sourceLocation)
            let found = try store.ledgerRows(query, from: 0, count: chosen.count + 1, total: chosen.count)
            #expect(found.map(\.document).sorted() == chosen.map(\.document).sorted(), "\(note): \(text)", sourceLocation: sourceLocation)
        }
    }

    @Test("a filter by text through the index selects and adds up exactly the rows that hold it, in any of its six columns")
    func exact() throws {
        let store = try Self.store()
        try expectExact(store, Self.rows(), "before indexing, read from the table")
        #expect(try Self.indexAll(store) == 4, "3,006 rows a thousand at a time")
        #expect(try store.read { db in try LedgerSearch.candidates(for: "INV1234", in: db, memo: LedgerSearchMemo()) } != nil, "the index serves rare text")
        try expectExact(store, Self.rows(), "through the index")
    }

    @Test("rows the index has not reached yet, a later import's or a removed one's, are selected exactly as they are")
    func followsImports() throws {
        let store = try Self.store()
        _ = try store.indexLedgerSearch(most: 1_500)
        try expectExact(store, Self.rows(), "half indexed")
        try Self.indexAll(store)
        let more = (0..<400).map { n in
            LedgerRow(postingDate: DateOnly(year: 2025, month: 7, day: 1 + n % 28), period: Period(year: 2025, month: 7), costCentre: "NC1",
                      account: "5101", supplier: "Later Café \(n % 4)", document: "INV1234-\(n)", amount: Money(pence: Int64(n * 7)))
        }
        let later = try Self.importing(more, into: store, digest: "later")
        try expectExact(store, Self.rows() + more, "a later import not yet indexed")
        try Self.indexAll(store)
        try expectExact(store, Self.rows() + more, "a later import indexed")
        #expect(try store.removeBatch(later.batch, author: Author(user: "t")))
        try expectExact(store, Self.rows(), "its removal, its entries left in the index")
        #expect(try store.indexLedgerSearch(most: 1_000) == 0, "nothing left to index")
    }

    @Test("text too short for a trigram, or an index too far behind, is read from the table")
    func notServed() throws {
        let rows = (0..<60_000).map { n in
            LedgerRow(postingDate: DateOnly(year: 2025, month: 4 + n % 9, day: 1 + n % 28), period: Period(year: 2025, month: 4 + n % 9),
                      costCentre: "NC\(n % 7)", account: "5101", supplier: "S\(n % 13)", document: "INV\(n)", amount: Money(pence: Int64(n % 977)))
        }
        let store = try Self.store(rows)
        func served(_ text: String) throws -> Bool { try store.read { db in try LedgerSearch.candidates(for: text, in: db, memo: LedgerSearchMemo()) } != nil }
        #expect(try !served("INV59999"), "60,000 rows not indexed: more than \(LedgerSearch.mostUnindexed)")
        let left = try store.indexLedgerSearch(most: 20_000)
        #expect(left == 40_000)
        #expect(try served("INV59999"), "40,000 rows not indexed are read with what the index finds")
        #expect(try !served("IN"), "two characters")
        try Self.indexAll(store, most: 20_000)
        #expect(try !served("INV"), "found in more than \(LedgerSearch.mostFound) rows")
        #expect(try served("INV5999"))
        #expect(try store.ledgerCount(LedgerQuery(text: "INV59999")) == (1, Money(pence: 59_999 % 977)))
        #expect(try store.ledgerCount(LedgerQuery(text: "INV5999")).rows == 11)
    }

    @Test("a short text whose two rarest runs find too many is asked for by all its runs, when they find few enough")
    func everyRunOfAShortText() throws {
        // each pair of "abcde"'s three runs is held by 50,500 transactions, more than the index serves; all three by 45,000
        let suppliers = Array(repeating: "abcde", count: 45_000) + ["abc bcd", "bcd cde", "abc cde"].flatMap { Array(repeating: $0, count: 5_500) }
        let rows = suppliers.enumerated().map { n, supplier in
            LedgerRow(postingDate: DateOnly(year: 2025, month: 5, day: 1), period: Period(year: 2025, month: 5), costCentre: "NC1",
                      account: "5101", supplier: supplier, document: "D\(n)", amount: Money(pence: 1))
        }
        let store = try Self.store(rows)
        try Self.indexAll(store, most: 20_000)
        #expect(try store.read { db in try LedgerSearch.candidates(for: "abcde", in: db, memo: LedgerSearchMemo()) } != nil)
        #expect(try store.ledgerCount(LedgerQuery(text: "abcde")) == (45_000, Money(pence: 45_000)))
    }

    @Test("text the index's own query language would read as operators, control characters and text far too long select what reading the table does")
    func hostileText() throws {
        let texts = ["\"care\" OR \"x", "NEAR(INV1 INV2)", "supplier:S1", "^INV12", "INV1*", "INV1 AND NOT S2", "(((", "\u{0}INV12", "INV\u{0}12",
                     "\u{1B}[31mINV12", "\u{7F}\u{1}\u{2}", String(repeating: "INV12", count: 2_000), "Brien \"Care"]
        let store = try Self.store()
        let read = try texts.map { try store.ledgerCount(LedgerQuery(text: $0)) }
        try Self.indexAll(store)
        for (text, counted) in zip(texts, read) {
            #expect(try store.ledgerCount(LedgerQuery(text: text)) == counted, "\(text.prefix(20).debugDescription)")
        }
        #expect(read.last?.rows == 1, "the quote in O'Brien \"Care\" Ltd is found as itself")
    }

    @Test("an index dropped or damaged by another program serves nothing: filters read the table, exactly as before")
    func damaged() throws {
        let store = try Self.store()
        try Self.indexAll(store)
        try SQLiteShell.run(store.path, "DROP TABLE ledgerSearch")
        try expectExact(store, Self.rows(), "index dropped")
        try SQLiteShell.run(store.path, "DROP TABLE ledgerSearchState")
        try expectExact(store, Self.rows(), "its state dropped too")
    }

    @Test("a stopped write keeps nothing of its work; a store opened read-only indexes nothing and writes nothing")
    func stoppedAndReadOnly() throws {
        let store = try Self.store()
        let stop = LedgerReadStop()
        stop.stop()
        #expect(throws: StoreError.self) { try store.indexLedgerSearch(most: 3_000, stop: stop) }
        #expect(try store.read { db in try LedgerSearch.indexedThrough(in: db) } == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store.path))
        let reader = try S75Database.open(at: store.path, readOnly: true)
        #expect(try reader.indexLedgerSearch(most: 3_000) == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == bytes)
        try expectExact(reader, Self.rows(), "read-only, read from the table")
    }

    @Test("the trigrams of a text: every run of three Unicode scalars, each once, the first 32; none for fewer than three")
    func trigrams() {
        #expect(LedgerSearch.trigrams(of: "INV0039") == ["INV", "NV0", "V00", "003", "039"])
        #expect(LedgerSearch.trigrams(of: "ab").isEmpty)
        #expect(LedgerSearch.trigrams(of: "abc") == ["abc"])
        #expect(LedgerSearch.trigrams(of: "e\u{301}co") == ["e\u{301}c", "\u{301}co"])
        #expect(LedgerSearch.trigrams(of: "aaaaaaa") == ["aaa"])
        let long = LedgerSearch.trigrams(of: "abcdefghijklmnopqrstuvwxyz0123456789" + String(repeating: "abc", count: 5))
        #expect(long.count == 32 && long.first == "abc" && long.last == "567" && !long.contains("678"))
    }

    @Test("the two rarest of a text's trigrams are asked for, judged by how far apart the first thousand that hold each lie; one held by none alone")
    func rarest() throws {
        let rows = (0..<4_000).map { n in
            LedgerRow(postingDate: DateOnly(year: 2025, month: 5, day: 1), period: Period(year: 2025, month: 5), costCentre: "NC1", account: "5101",
                      supplier: n % 100 == 0 ? "Rare Vale" : n % 2 == 0 ? "Common Vale" : "Common Moor", document: "D\(n)",
                      amount: Money(pence: 1))
        }
        let store = try Self.store(rows)
        try Self.indexAll(store)
        let chosen = try store.read { db in try LedgerSearch.rarest(LedgerSearch.trigrams(of: "Rare Vale"), through: 4_000, in: db) }
        #expect(Set(chosen).count == 2 && Set(chosen).isSubset(of: ["Rar", "are", "re ", "e V"]), "\(chosen)")
        let none = try store.read { db in try LedgerSearch.rarest(LedgerSearch.trigrams(of: "Common Zzz"), through: 4_000, in: db) }
        #expect(none == ["Zzz"] || none == ["n Z"] || none == [" Zz"], "\(none)")
        #expect(try store.ledgerCount(LedgerQuery(text: "rare vale")).rows == 40)
    }
}
