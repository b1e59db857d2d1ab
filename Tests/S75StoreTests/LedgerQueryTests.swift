import Foundation
import S75Domain
import S75Store
import Testing

/// Mapping in the file, the suspense and its totals, and paging the Spend pane's window by key at every edge.
@Suite("Ledger queries")
struct LedgerQueryTests {
    /// 3,000 rows over cost centres NC0…NC6, accounts 5101 and 5250, suppliers S0…S12.
    static func rows() -> [LedgerRow] {
        (0..<3_000).map { n in
            LedgerRow(postingDate: DateOnly(year: 2025, month: 4 + n % 9, day: 1 + n % 28), period: Period(year: 2025, month: 4 + n % 9),
                      costCentre: "NC\(n % 7)", account: n % 3 == 0 ? "5250" : "5101", supplier: "S\(n % 13)", document: "INV\(n)",
                      amount: Money(pence: Int64(n * 37 % 100_000) - 5_000))
        }
    }

    static func store(rules: [LedgerRule] = []) throws -> S75Database {
        var agreement = Northmoor.agreement
        agreement.ledgerRules = rules
        let store = try S75Database.create(at: try temporaryFolder() + "/q.s75", with: agreement, author: Author(user: "setup"))
        var iterator = rows().makeIterator()
        _ = try store.importLedger(partner: "LA", fileName: "gl.csv", digest: "d", author: Author(user: "t"), next: { iterator.next() })
        return store
    }

    func all(_ store: S75Database, _ query: LedgerQuery) throws -> [LedgerTransaction] {
        let total = try store.ledgerCount(query).rows
        return try store.ledgerRows(query, from: 0, count: total, total: total)
    }

    @Test("a count by text or amount may run beside the session's reads on the file itself; one from kept totals, or read to end, does not")
    func countsAlongside() throws {
        let store = try Self.store()
        var text = LedgerQuery(), amount = LedgerQuery(), supplier = LedgerQuery(), month = LedgerQuery()
        text.text = "INV1"
        amount.minimum = .pounds(10)
        supplier.supplier = "S1"
        month.period = Period(year: 2025, month: 12)
        #expect(store.countsAlongside(text) && store.countsAlongside(amount))
        #expect(!store.countsAlongside(supplier) && !store.countsAlongside(month) && !store.countsAlongside(LedgerQuery()))
        #expect(!(try S75Database.openToRead(at: store.path)).countsAlongside(text), "read through one connection, it would wait")
    }

    @Test("a count of a large ledger by text or amount, made in two halves at once, adds up to the rows it selects")
    func halvedCount() throws {
        let rows = (0..<120_000).map { n in
            LedgerRow(postingDate: DateOnly(year: 2025, month: 4 + n % 9, day: 1 + n % 28), period: Period(year: 2025, month: 4 + n % 9),
                      costCentre: "NC\(n % 7)", account: "5101", supplier: n % 1_000 == 0 ? "Rare Care Ltd" : "S\(n % 13)",
                      document: "INV\(n)", amount: Money(pence: Int64(n % 9_973) - 3_000))
        }
        let store = try S75Database.create(at: try temporaryFolder() + "/large.s75", with: Northmoor.agreement, author: Author(user: "setup"))
        var iterator = rows.makeIterator()
        _ = try store.importLedger(partner: "LA", fileName: "gl.csv", digest: "d", author: Author(user: "t"), next: { iterator.next() })
        var text = LedgerQuery(), amount = LedgerQuery()
        text.text = "rare care"
        amount.minimum = .pounds(60)
        for (query, keep) in [(text, { (row: LedgerRow) in row.supplier == "Rare Care Ltd" }), (amount, { $0.amount >= .pounds(60) })] {
            let chosen = rows.filter(keep)
            #expect(try store.ledgerCount(query) == (chosen.count, chosen.map(\.amount).sum()))
        }
        #expect(rows.filter { $0.supplier == "Rare Care Ltd" }.count == 120)
    }

    @Test("a count stopped before it ends says so and gives no figure; one not stopped gives the rows' count and total")
    func stoppedCount() throws {
        let store = try Self.store()
        var query = LedgerQuery()
        query.text = "INV1"
        let stop = LedgerReadStop()
        stop.stop()
        #expect(throws: StoreError.self) { try store.ledgerCount(query, stop: stop) }
        let chosen = Self.rows().filter { $0.document.contains("INV1") }
        #expect(try store.ledgerCount(query, stop: LedgerReadStop()) == (chosen.count, chosen.map(\.amount).sum()))
        #expect(try store.ledgerCount(query) == (chosen.count, chosen.map(\.amount).sum()), "the connection asks no one once the count is done")
    }

    @Test("rows are mapped as they are imported; a new rule maps its cost centre at once, and the suspense shrinks by its rows")
    func mapping() throws {
        let store = try Self.store(rules: [LedgerRule(id: "R1", costCentre: "NC*", lineID: "S02")])
        #expect(try store.ledgerOverview().suspenseRows == 0)
        let rows = Self.rows()
        func expected(_ line: String?, _ keep: (LedgerRow) -> Bool) -> (Int, Money) {
            let chosen = rows.filter(keep)
            return (chosen.count, chosen.map(\.amount).sum())
        }
        var only = LedgerQuery()
        only.lineIDs = ["S02"]
        #expect(try store.ledgerCount(only) == expected("S02") { _ in true })
        let snapshot = try store.loadSnapshot()
        try store.apply(Change(key: .ledgerRule("R1"), new: nil), expecting: snapshot.version(of: .ledgerRule("R1")), author: Author(user: "t"), at: "t")
        let overview = try store.ledgerOverview()
        #expect(overview.suspenseRows == 3_000 && overview.suspenseTotal == rows.map(\.amount).sum())
        #expect(overview.suspense.count == 14)  // 7 cost centres × 2 accounts
        #expect(overview.suspense.map(\.total.pence.magnitude) == overview.suspense.map(\.total.pence.magnitude).sorted(by: >))
        try store.apply(Change(.ledgerRule(LedgerRule(id: "R2", costCentre: "NC3", accountFrom: "5200", accountTo: "5299", lineID: "S03"))),
                        expecting: nil, author: Author(user: "t"), at: "t")
        try store.apply(Change(.ledgerRule(LedgerRule(id: "R3", costCentre: "NC3", supplier: "S4", lineID: "S04"))),
                        expecting: nil, author: Author(user: "t"), at: "t")
        only.lineIDs = ["S03"]
        #expect(try store.ledgerCount(only) == expected("S03") { $0.costCentre == "NC3" && $0.account == "5250" && $0.supplier != "S4" })
        only.lineIDs = ["S04"]
        #expect(try store.ledgerCount(only) == expected("S04") { $0.costCentre == "NC3" && $0.supplier == "S4" })
        let after = try store.ledgerOverview()
        #expect(after.suspenseRows == 3_000 - rows.filter { $0.costCentre == "NC3" && ($0.account == "5250" || $0.supplier == "S4") }.count)
        #expect(after.actuals["S04"].map { $0.values.sum() } == expected("S04") { $0.costCentre == "NC3" && $0.supplier == "S4" }.1)
        #expect(try store.auditTrail(entity: "R2").map(\.field).sorted() == ["accountFrom", "accountTo", "costCentre", "id", "lineID", "supplier"])
    }

    @Test("the totals the Mapping pane reads stay the rows' own through duplicates, a second import and a removal")
    func totalsReconcile() throws {
        let store = try Self.store()
        let rows = Self.rows()
        func check(_ count: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let all = try self.all(store, LedgerQuery(lineIDs: nil))
            #expect(all.count == count, sourceLocation: sourceLocation)
            #expect(try store.ledgerCount(LedgerQuery()) == (count, all.map(\.amount).sum()), sourceLocation: sourceLocation)
            let overview = try store.ledgerOverview()
            #expect((overview.suspenseRows, overview.suspenseTotal) == (count, all.map(\.amount).sum()), sourceLocation: sourceLocation)
            #expect(try store.ledgerCount(LedgerQuery(period: Period(year: 2025, month: 6))).total
                    == all.filter { $0.period == Period(year: 2025, month: 6) }.map(\.amount).sum(), sourceLocation: sourceLocation)
        }
        try check(3_000)
        func importing(_ more: [LedgerRow], digest: String) throws -> LedgerImportSummary {
            var iterator = more.makeIterator()
            return try store.importLedger(partner: "LA", fileName: "gl2.csv", digest: digest, author: Author(user: "t"), next: { iterator.next() })
        }
        let again = try importing(rows, digest: "again")
        #expect((again.imported, again.duplicates) == (0, 3_000))
        try check(3_000)
        let extra = (0..<50).map { n in
            LedgerRow(postingDate: DateOnly(year: 2025, month: 6, day: 1), period: Period(year: 2025, month: 6), costCentre: "NC9",
                      account: "5101", supplier: "New", document: "NEW\(n)", amount: Money(pence: Int64(n * 101)))
        }
        let mixed = try importing(Array(rows.prefix(100)) + extra, digest: "mixed")
        #expect((mixed.imported, mixed.duplicates) == (50, 100))
        try check(3_050)
        #expect(try store.removeBatch(1, author: Author(user: "t")))
        try check(50)
    }

    @Test("a file s75 may not write is paged through its private copy, which follows another session's changes")
    func readOnlyCopy() throws {
        let store = try Self.store()
        let path = store.path
        let every = try all(store, LedgerQuery())
        chmod(path, 0o444)
        defer { chmod(path, 0o644) }
        let reader = try S75Database.open(at: path)
        #expect(reader.readOnlyReason == "the file is read-only")
        for start in stride(from: 0, to: 3_000, by: 500) {
            #expect(try reader.ledgerRows(LedgerQuery(), from: start, count: 40, total: 3_000) == Array(every[start..<start + 40]))
        }
        #expect(try reader.ledgerOverview().suspenseRows == 3_000)
        let writer = try S75Database.open(at: path, ignoringModeBits: true)
        try writer.apply(Change(.ledgerRule(LedgerRule(id: "R1", costCentre: "NC*", lineID: "S02"))), expecting: nil,
                         author: Author(user: "t"), at: "t")
        #expect(try reader.ledgerOverview().suspenseRows == 0)
        #expect(try reader.ledgerCount(LedgerQuery(lineIDs: ["S02"])).rows == 3_000)
    }

    @Test("filters: count and total are the rows' own, re-added", arguments: [
        LedgerQuery(supplier: "s1"), LedgerQuery(text: "INV12"), LedgerQuery(period: Period(year: 2025, month: 6)),
        LedgerQuery(minimum: Money(pence: 0), maximum: Money(pence: 50_000)), LedgerQuery(mapped: false),
    ])
    func filters(query: LedgerQuery) throws {
        let store = try Self.store()
        let rows = try all(store, query)
        #expect(!rows.isEmpty)
        #expect(try store.ledgerCount(query) == (rows.count, rows.map(\.amount).sum()))
        if !query.supplier.isEmpty { #expect(rows.allSatisfy { $0.supplier.lowercased().contains("s1") }) }
        if let period = query.period { #expect(rows.allSatisfy { $0.period == period }) }
        if let low = query.minimum, let high = query.maximum { #expect(rows.allSatisfy { $0.amount >= low && $0.amount <= high }) }
    }

    @Test("a filter by supplier, alone or with a month, counts and adds up the rows as they are, through duplicates, a second import and its removal")
    func supplierTotals() throws {
        let store = try Self.store()
        let june = Period(year: 2025, month: 6)
        func expect(_ rows: [LedgerRow], _ note: Comment) throws {
            for (supplier, period) in [("s1", nil), ("S12", nil), ("s1", june), ("s", june), ("nobody", nil)] as [(String, Period?)] {
                let chosen = rows.filter { $0.supplier.lowercased().contains(supplier.lowercased()) && (period == nil || $0.period == period) }
                #expect(try store.ledgerCount(LedgerQuery(supplier: supplier, period: period)) == (chosen.count, chosen.map(\.amount).sum()),
                        "\(note): \(supplier) \(String(describing: period))")
            }
        }
        try expect(Self.rows(), "first import")
        let more = (0..<500).map { n in
            LedgerRow(postingDate: DateOnly(year: 2025, month: 6, day: 2), period: june, costCentre: "NC1", account: "5101",
                      supplier: "S1\(n % 3)", document: "CR\(n)", amount: Money(pence: Int64(n) * 101))
        }
        var iterator = (Array(Self.rows()[100..<300]) + more).makeIterator()
        let second = try store.importLedger(partner: "LA", fileName: "more.csv", digest: "e", author: Author(user: "t"), next: { iterator.next() })
        #expect(second.duplicates == 200)
        try expect(Self.rows() + more, "after a second import that repeats 200 rows")
        #expect(try store.removeBatch(second.batch, author: Author(user: "t")))
        try expect(Self.rows(), "after its removal")
    }

    @Test("% and _ in a search or a supplier filter match only themselves, never everything")
    func wildcards() throws {
        let store = try Self.store()
        for text in ["%", "_", "S%", "INV_2"] {
            #expect(try store.ledgerCount(LedgerQuery(text: text)).rows == 0, "\(text)")
            #expect(try store.ledgerCount(LedgerQuery(supplier: text)).rows == 0, "\(text)")
        }
        #expect(try store.ledgerCount(LedgerQuery(text: "INV12")).rows > 0)
    }

    @Test("a window read from either end, or by key from a row before or after it, is the same rows, for every sort and way",
          arguments: LedgerQuery.SortKey.allCases, [false, true])
    func paging(sort: LedgerQuery.SortKey, descending: Bool) throws {
        let store = try Self.store()
        let query = LedgerQuery(sort: sort, descending: descending)
        let every = try all(store, query)
        #expect(every.count == 3_000 && Set(every.map(\.id)).count == 3_000)
        for (start, count) in [(0, 40), (40, 40), (1_480, 40), (2_960, 40), (2_990, 40), (2_999, 1)] {
            let wanted = Array(every[start..<min(3_000, start + count)])
            #expect(try store.ledgerRows(query, from: start, count: count, total: 3_000) == wanted)
            if start > 0 {
                let before = LedgerAnchor(index: start - 1, row: every[start - 1])
                #expect(try store.ledgerRows(query, from: start, count: count, total: 3_000, anchor: before) == wanted)
            }
            if start + count < 3_000 {
                let after = LedgerAnchor(index: start + count, row: every[start + count])
                #expect(try store.ledgerRows(query, from: start, count: count, total: 3_000, anchor: after) == wanted)
            }
        }
    }
}
