import Foundation
import S75Domain
import S75Postgres
import S75Store
import S75TestSupport
import Testing

/// The two stores behind the gateway: an agreement file, and an agreement on a region's server.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// A store holding `agreement`, and a way to open a second session on the same agreement.
    func make(_ agreement: Agreement) throws -> (store: any LedgerImporting, another: () throws -> any LedgerImporting) {
        switch self {
        case .sqlite:
            let path = try TestFolders.fresh("s75-contract") + "/contract.s75"
            return (try S75Database.create(at: path, with: agreement, author: .current), { try S75Database.open(at: path) })
        case .postgres:
            let address = TestServer.address.naming(TestServer.freshID("contract"))
            let store = try ServerRegion.create(agreement, earlierAudit: [], at: address)
            return (store, { try PostgresStore(address) })
        }
    }
}

/// One contract, run against both stores: what a session may rely on whichever holds the agreement.
@Suite("The store contract, on an agreement file and on the region's server")
struct StoreContractTests {
    let december = Period(year: 2025, month: 12)
    let me = Author.current

    func s02(_ agreement: Agreement) throws -> MonitoringEntry {
        try #require(agreement.entry(for: "S02", at: december))
    }

    @Test("the agreement reads back as it was written, every record at version 1", arguments: StoreKind.allCases)
    func roundTrip(kind: StoreKind) throws {
        let (store, another) = try kind.make(Northmoor.agreement)
        let snapshot = try store.loadSnapshot()
        #expect(snapshot.agreement == Northmoor.agreement)
        #expect(snapshot.version(of: .monitoring("S02", december)) == 1)
        #expect(snapshot.version(of: .line("S02")) == 1)
        #expect(try another().loadSnapshot().agreement == Northmoor.agreement)
    }

    @Test("an edit at its version is saved and its version goes up; each changed field is audited in the same write, by this account",
          arguments: StoreKind.allCases)
    func versionedEdit(kind: StoreKind) throws {
        let (store, another) = try kind.make(Northmoor.agreement)
        var entry = try s02(try store.loadSnapshot().agreement)
        entry.actualToDate = .pounds(2_100_000)
        entry.commentary = "Winter pressures"
        let before = S75Database.now()
        #expect(try store.apply(Change(.monitoring(entry)), expecting: 1, author: me, at: S75Database.now()) == 2)
        let reread = try another().loadSnapshot()
        #expect(try s02(reread.agreement) == entry)
        #expect(reread.version(of: .monitoring("S02", december)) == 2)
        let trail = try another().auditTrail(since: nil, entity: "S02 2025-12", user: nil, kind: nil, period: nil)
        #expect(trail.map(\.field).sorted() == ["actualToDate", "commentary"])
        let actual = try #require(trail.first { $0.field == "actualToDate" })
        #expect((actual.old, actual.new) == ("£2,095,000", "£2,100,000"))
        #expect((actual.user, actual.entity, actual.entityID) == (me.user, "monitoring", "S02 2025-12"))
        #expect(actual.at >= before && actual.at <= S75Database.now())
    }

    @Test("a save over a change made in another session meanwhile is a conflict carrying theirs; nothing of it is written",
          arguments: StoreKind.allCases)
    func conflict(kind: StoreKind) throws {
        let (first, another) = try kind.make(Northmoor.agreement)
        let second = try another()
        let base = try second.loadSnapshot()
        var mine = try s02(base.agreement), theirs = mine
        theirs.forecastOutturn = .pounds(2_900_000)
        _ = try first.apply(Change(.monitoring(theirs)), expecting: 1, author: me, at: S75Database.now())
        mine.forecastOutturn = .pounds(2_950_000)
        let error = #expect(throws: StoreError.self) {
            try second.apply(Change(.monitoring(mine)), expecting: base.version(of: .monitoring("S02", december)), author: me, at: S75Database.now())
        }
        #expect(error?.kind == .conflict(current: .monitoring(theirs), version: 2))
        #expect(try s02(second.loadSnapshot().agreement) == theirs)
        #expect(try second.auditTrail(since: nil, entity: nil, user: nil, kind: "monitoring", period: nil).count == 1)
    }

    @Test("returns read back in the order they were recorded, not sorted by month or line", arguments: StoreKind.allCases)
    func returnsInRecordedOrder(kind: StoreKind) throws {
        let (store, another) = try kind.make(Northmoor.agreement)
        let january = Period(year: 2026, month: 1)
        let later = MonitoringEntry(lineID: "S02", period: january, budgetToDate: .pounds(2_166_666),
                                    actualToDate: .pounds(2_300_000), forecastOutturn: .pounds(2_900_000))
        let earlier = MonitoringEntry(lineID: "S01a", period: december, budgetToDate: .pounds(1), actualToDate: .pounds(1),
                                      forecastOutturn: .pounds(1))
        var expected = Northmoor.agreement
        expected.monitoring.removeAll { $0.lineID == "S01a" && $0.period == december }
        #expect(try store.apply(Change(key: .monitoring("S01a", december), new: nil), expecting: 1, author: me, at: S75Database.now()) == nil)
        for entry in [later, earlier] {
            #expect(try store.apply(Change(.monitoring(entry)), expecting: nil, author: me, at: S75Database.now()) == 1)
            expected.monitoring.append(entry)
        }
        let reread = try another().loadSnapshot().agreement
        #expect(reread.monitoring.suffix(2).map(\.lineID) == ["S02", "S01a"])
        #expect(reread == expected)
    }

    @Test("adding a record that exists and removing one already gone are conflicts; a removal is audited",
          arguments: StoreKind.allCases)
    func addAndRemove(kind: StoreKind) throws {
        let (store, _) = try kind.make(Northmoor.agreement)
        let january = Period(year: 2026, month: 1)
        let entry = MonitoringEntry(lineID: "S02", period: january, budgetToDate: .pounds(2_166_666),
                                    actualToDate: .pounds(2_300_000), forecastOutturn: .pounds(2_900_000))
        #expect(try store.apply(Change(.monitoring(entry)), expecting: nil, author: me, at: S75Database.now()) == 1)
        #expect(throws: StoreError.self) { try store.apply(Change(.monitoring(entry)), expecting: nil, author: me, at: S75Database.now()) }
        #expect(try store.apply(Change(key: .monitoring("S02", january), new: nil), expecting: 1, author: me, at: S75Database.now()) == nil)
        #expect(try store.loadSnapshot().agreement.entry(for: "S02", at: january) == nil)
        let removal = #expect(throws: StoreError.self) {
            try store.apply(Change(key: .monitoring("S02", january), new: nil), expecting: 1, author: me, at: S75Database.now())
        }
        #expect(removal?.kind == StoreError.Kind.conflict(current: nil, version: nil))
        let removed = try store.auditTrail(since: nil, entity: "S02 2026-01", user: nil, kind: nil, period: nil)
        #expect(removed.contains { $0.new == nil } && removed.contains { $0.old == nil })
    }

    @Test("an edit that breaks a rule is refused with the domain's reason and nothing is written", arguments: StoreKind.allCases)
    func invalidEdit(kind: StoreKind) throws {
        let (store, _) = try kind.make(Northmoor.agreement)
        let error = #expect(throws: StoreError.self) {
            try store.apply(Change(key: .line("S02"), new: nil), expecting: 1, author: me, at: S75Database.now())
        }
        guard case .invalidEdit? = error?.kind else { Issue.record("expected a refusal, got \(String(describing: error))"); return }
        #expect(try store.loadSnapshot().agreement.line("S02") != nil)
        #expect(try store.auditTrail(since: nil, entity: nil, user: nil, kind: "line", period: nil).isEmpty)
    }

    @Test("several edits are one write: when one conflicts, none is kept", arguments: StoreKind.allCases)
    func allOrNothing(kind: StoreKind) throws {
        let (store, _) = try kind.make(Northmoor.agreement)
        let a = try store.loadSnapshot().agreement
        var first = try s02(a), second = try #require(a.entry(for: "S03", at: december))
        first.commentary = "one"
        second.commentary = "two"
        #expect(throws: StoreError.self) {
            try store.apply([(Change(.monitoring(first)), 1), (Change(.monitoring(second)), 7)], author: me, at: S75Database.now())
        }
        let after = try store.loadSnapshot()
        #expect(try s02(after.agreement).commentary != "one")
        #expect(after.version(of: .monitoring("S02", december)) == 1)
    }

    @Test("undo is the edit made backwards: the record returns and both steps are in the trail", arguments: StoreKind.allCases)
    func undo(kind: StoreKind) throws {
        let (store, _) = try kind.make(Northmoor.agreement)
        let original = try s02(try store.loadSnapshot().agreement)
        var changed = original
        changed.actualToDate = .pounds(1)
        let edit = Change(.monitoring(changed))
        #expect(try store.apply(edit, expecting: 1, author: me, at: S75Database.now()) == 2)
        let undo = Change(.monitoring(original))
        #expect(try store.apply(undo, expecting: 2, author: me, at: S75Database.now()) == 3)
        #expect(try s02(try store.loadSnapshot().agreement) == original)
        let steps = try store.auditTrail(since: nil, entity: "S02 2025-12", user: nil, kind: nil, period: nil)
        #expect(steps.filter { $0.field == "actualToDate" }.map(\.new) == ["£2,095,000", "£1"])
    }

    @Test("another session learns of a return changed, reading that record rather than the whole agreement", arguments: StoreKind.allCases)
    func changesElsewhere(kind: StoreKind) throws {
        let (store, another) = try kind.make(Northmoor.agreement)
        let watcher = try another()
        let seen = try watcher.loadSnapshot()
        let token = try watcher.changeToken()
        #expect(try watcher.changes(after: seen.lastAudit).isNone)
        var entry = try s02(seen.agreement)
        entry.commentary = "seen elsewhere"
        _ = try store.apply(Change(.monitoring(entry)), expecting: 1, author: me, at: S75Database.now())
        try waitUntil { try watcher.changeToken() != token }
        guard case .records(let records, let through) = try watcher.changes(after: seen.lastAudit) else {
            Issue.record("expected the changed return alone")
            return
        }
        #expect(records.map(\.key) == [.monitoring("S02", december)])
        #expect(records.first?.record == .monitoring(entry) && records.first?.version == 2)
        #expect(through > seen.lastAudit)
        #expect(try watcher.changes(after: through).isNone)
    }

    @Test("a session's own saves are not changes made elsewhere: its token stays", arguments: StoreKind.allCases)
    func ownSaves(kind: StoreKind) throws {
        let (store, another) = try kind.make(Northmoor.agreement)
        let seen = try store.loadSnapshot()
        let token = try store.changeToken()
        var entry = try s02(seen.agreement)
        entry.commentary = "mine"
        _ = try store.apply(Change(.monitoring(entry)), expecting: 1, author: me, at: S75Database.now())
        usleep(200_000)  // time for a notice to arrive, were one sent
        #expect(try store.changeToken() == token)
        entry.commentary = "theirs"
        _ = try another().apply(Change(.monitoring(entry)), expecting: 2, author: me, at: S75Database.now())
        try waitUntil { try store.changeToken() != token }
        guard case .records(let records, _) = try store.changes(after: seen.lastAudit) else { Issue.record("expected theirs"); return }
        #expect(records.first?.record == .monitoring(entry))
    }

    @Test("a closed month's figures stay as they were: a later edit to them is refused, in both stores", arguments: StoreKind.allCases)
    func closedMonth(kind: StoreKind) throws {
        let (store, _) = try kind.make(Northmoor.agreement)
        let close = try Northmoor.agreement.closing(december, on: DateOnly(year: 2026, month: 1, day: 12), by: me.user)
        _ = try store.apply(Change(.monthClose(close)), expecting: nil, author: me, at: S75Database.now())
        var entry = try s02(try store.loadSnapshot().agreement)
        entry.actualToDate = .pounds(9)
        let error = #expect(throws: StoreError.self) {
            try store.apply(Change(.monitoring(entry)), expecting: 1, author: me, at: S75Database.now())
        }
        guard case .invalidEdit? = error?.kind else { Issue.record("expected a refusal, got \(String(describing: error))"); return }
    }

    @Test("a partner's submission is kept as signed, audited, and superseded once a figure it covers changes", arguments: StoreKind.allCases)
    func signOff(kind: StoreKind) throws {
        var agreement = Northmoor.agreement
        agreement.people = [Person(account: me.user, name: "Finance Lead", partnerID: "LA", roles: [.financeLead, .pfm])]
        let (store, another) = try kind.make(agreement)
        let submission = try agreement.signing(.submitted(december, "LA"), by: me.user, on: DateOnly(year: 2026, month: 1, day: 10))
        #expect(try store.apply(Change(.signOff(submission)), expecting: nil, author: me, at: S75Database.now()) == 1)
        let signed = try another().loadSnapshot().agreement
        #expect(signed.signOff(.submitted(december, "LA")) == submission && !signed.isSuperseded(submission))
        #expect(try store.auditTrail(since: nil, entity: nil, user: nil, kind: "sign-off", period: nil).contains { $0.field == "by" && $0.new == me.user })
        var entry = try s02(signed)  // a council line: covered by the council's submission
        entry.actualToDate = entry.actualToDate + .pounds(1)
        _ = try store.apply(Change(.monitoring(entry)), expecting: 1, author: me, at: S75Database.now())
        let after = try another().loadSnapshot().agreement
        #expect(after.signOff(.submitted(december, "LA")) == submission, "kept as signed")
        #expect(after.isSuperseded(submission))
    }

    @Test("reading writes nothing: the trail and every version are as they were", arguments: StoreKind.allCases)
    func readingWritesNothing(kind: StoreKind) throws {
        let (store, another) = try kind.make(Northmoor.agreement)
        let before = try store.loadSnapshot()
        let trail = try store.auditTrail(since: nil, entity: nil, user: nil, kind: nil, period: nil)
        let reader = try another()
        _ = try reader.loadSnapshot()
        _ = try reader.auditTrail(since: nil, entity: nil, user: nil, kind: nil, period: nil)
        _ = try reader.changes(after: 0)
        let after = try store.loadSnapshot()
        #expect(after.versions == before.versions && after.lastAudit == before.lastAudit)
        #expect(try store.auditTrail(since: nil, entity: nil, user: nil, kind: nil, period: nil) == trail)
    }

    @Test("once the agreement has people, an account that is not among them may not write", arguments: StoreKind.allCases)
    func strangersRead(kind: StoreKind) throws {
        var agreement = Northmoor.agreement
        agreement.people = [Person(account: "s75-nobody-here", name: "Someone Else", partnerID: "LA", roles: [.pfm])]
        let (store, _) = try kind.make(agreement)
        var entry = try s02(try store.loadSnapshot().agreement)
        entry.commentary = "not mine to write"
        let error = #expect(throws: StoreError.self) {
            try store.apply(Change(.monitoring(entry)), expecting: 1, author: me, at: S75Database.now())
        }
        guard case .invalidEdit(let why)? = error?.kind else { Issue.record("expected a refusal, got \(String(describing: error))"); return }
        #expect(why.contains("not among the agreement's people"))
    }
}

/// A ledger on either store: imported, mapped, paged, summed, imported again and removed.
@Suite("The ledger contract, on an agreement file and on the region's server")
struct LedgerContractTests {
    let december = Period(year: 2025, month: 12)

    func row(_ day: Int, _ costCentre: String, _ supplier: String, _ pounds: Int64) -> LedgerRow {
        LedgerRow(postingDate: DateOnly(year: 2025, month: 12, day: day), period: december, costCentre: costCentre, costCentreName: "CC \(costCentre)",
                  account: "5101", accountName: "Services", supplier: supplier, description: "Invoice \(day)", document: "INV\(day)",
                  amount: .pounds(pounds))
    }

    func importing(_ rows: [LedgerRow], into store: any LedgerImporting, digest: String) throws -> LedgerImportSummary {
        var left = rows[...]
        return try store.importLedger(partner: "LA", fileName: "gl.csv", digest: digest, readDigest: { digest }, author: .current,
                                      next: { left.popFirst() }, progress: { _ in })
    }

    @Test("an import mapped, counted, paged and filtered alike; again adds nothing; a rule changed maps again; removed, gone",
          arguments: StoreKind.allCases)
    func ledger(kind: StoreKind) throws {
        let (store, _) = try kind.make(Northmoor.agreement)
        _ = try store.apply(Change(.ledgerRule(LedgerRule(id: "R1", costCentre: "NC1", lineID: "S02"))), expecting: nil, author: .current,
                            at: S75Database.now())
        let rows = [row(1, "NC1", "Heathfield Care", 1_000), row(2, "NC1", "Heathfield Care", 2_500), row(3, "NC9", "Moorside", 400),
                    row(4, "NC9", "Moorside Care", -150), row(5, "NC1", "Vale", 75)]
        let first = try importing(rows, into: store, digest: "d1")
        #expect((first.imported, first.duplicates, first.total) == (5, 0, .pounds(3_825)))
        #expect(try importing(rows, into: store, digest: "d1").alreadyImported)
        let again = try importing([rows[0], row(6, "NC9", "Moorside", 10)], into: store, digest: "d2")
        #expect((again.imported, again.duplicates, again.total) == (1, 1, .pounds(10)))
        var all = LedgerQuery()
        #expect(try store.ledgerCount(all) == (6, .pounds(3_835)))
        all.mapped = true
        #expect(try store.ledgerCount(all) == (3, .pounds(3_575)))
        var text = LedgerQuery()
        text.text = "moorside"
        #expect(try store.ledgerCount(text) == (3, .pounds(260)))
        var byAmount = LedgerQuery()
        byAmount.sort = .amount
        byAmount.descending = true
        let firstPage = try store.ledgerRows(byAmount, from: 0, count: 2, total: 6, anchor: nil)
        #expect(firstPage.map(\.amount) == [.pounds(2_500), .pounds(1_000)])
        let anchored = try store.ledgerRows(byAmount, from: 2, count: 2, total: 6, anchor: LedgerAnchor(index: 1, row: firstPage[1]))
        #expect(anchored.map(\.amount) == [.pounds(400), .pounds(75)])
        #expect(try store.ledgerRows(byAmount, from: 4, count: 5, total: 6, anchor: nil).map(\.amount) == [.pounds(10), .pounds(-150)])
        let overview = try store.ledgerOverview()
        #expect((overview.rows, overview.total) == (6, .pounds(3_835)))
        #expect(overview.actuals["S02"]?[december] == .pounds(3_575))
        #expect(overview.suspense.map(\.costCentre) == ["NC9"] && overview.suspense.first?.total == .pounds(260))
        _ = try store.apply(Change(.ledgerRule(LedgerRule(id: "R1", costCentre: "NC1", lineID: "S03"))), expecting: 1, author: .current,
                            at: S75Database.now())
        #expect(try store.ledgerOverview().actuals["S03"]?[december] == .pounds(3_575))
        #expect(try store.ledgerOverview().actuals["S02"] == nil)
        #expect(try store.removeBatch(again.batch, author: .current))
        #expect(try store.ledgerCount(LedgerQuery()) == (5, .pounds(3_825)))
        #expect(try store.batches().map(\.fileName) == ["gl.csv"])
    }
}

extension StoreChanges {
    var isNone: Bool { if case .none = self { true } else { false } }
}

/// Waits (up to five seconds) until `condition` holds.
func waitUntil(_ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(5)
    while try !condition() {
        guard Date() < deadline else { Issue.record("waited five seconds in vain"); return }
        usleep(20_000)
    }
}
