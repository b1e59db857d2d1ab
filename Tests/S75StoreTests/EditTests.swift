import Foundation
import S75Domain
import S75Store
import Testing

/// Per-record writes: versions checked and increased, conflicts refused, every change audited.
@Suite("Edits with versions and an audit trail")
struct EditTests {
    let m9 = Period(year: 2025, month: 12)
    let alice = Author(user: "alice", client: "192.0.2.7")

    func store() throws -> (S75Database, String) {
        let path = try temporaryFolder() + "/edits.s75"
        return (try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup")), path)
    }

    func s02(_ agreement: Agreement) throws -> MonitoringEntry {
        try #require(agreement.entry(for: "S02", at: m9))
    }

    @Test("an edit at the version it was read at is saved, its version goes up, and each changed field is audited")
    func save() throws {
        let (store, path) = try store()
        let snapshot = try store.loadSnapshot()
        var entry = try s02(snapshot.agreement)
        #expect(snapshot.version(of: .monitoring("S02", m9)) == 1)
        entry.actualToDate = .pounds(2_100_000)
        entry.commentary = "Winter pressures"
        let version = try store.apply(Change(.monitoring(entry)), expecting: 1, author: alice, at: "2026-01-14T09:30:05Z")
        #expect(version == 2)
        let reopened = try S75Database.open(at: path, readOnly: true)
        #expect(try s02(reopened.loadAgreement()) == entry)
        #expect(try reopened.loadSnapshot().version(of: .monitoring("S02", m9)) == 2)
        let trail = try reopened.auditTrail()
        #expect(trail.prefix(2).map(\.field).sorted() == ["actualToDate", "commentary"])
        let actual = try #require(trail.first { $0.field == "actualToDate" })
        #expect((actual.old, actual.new) == ("£2,095,000", "£2,100,000"))
        #expect((actual.user, actual.client, actual.entity, actual.entityID, actual.at)
                == ("alice", "192.0.2.7", "monitoring", "S02 2025-12", "2026-01-14T09:30:05Z"))
        #expect(trail.last?.field == "created")
        #expect(trail.last?.user == "setup")
    }

    @Test("a second session's save on a record the first changed meanwhile is refused with theirs shown; nothing is lost")
    func conflict() throws {
        let (first, path) = try store()
        let second = try S75Database.open(at: path)
        let base = try second.loadSnapshot()
        var mine = try s02(base.agreement), theirs = mine
        theirs.forecastOutturn = .pounds(2_900_000)
        try first.apply(Change(.monitoring(theirs)), expecting: 1, author: Author(user: "bob"), at: "2026-01-14T09:30:00Z")
        mine.forecastOutturn = .pounds(2_950_000)
        let error = #expect(throws: StoreError.self) {
            try second.apply(Change(.monitoring(mine)), expecting: base.version(of: .monitoring("S02", m9)), author: alice, at: "2026-01-14T09:31:00Z")
        }
        #expect(error?.kind == .conflict(current: .monitoring(theirs), version: 2))
        #expect(try s02(second.loadAgreement()) == theirs)
        #expect(try second.auditTrail().filter { $0.user == "alice" }.isEmpty)
    }

    @Test("adding a record that exists, and removing one that is gone, are conflicts too")
    func addAndRemove() throws {
        let (store, _) = try store()
        let entry = MonitoringEntry(lineID: "S02", period: Period(year: 2026, month: 1), budgetToDate: .pounds(2_166_666),
                                    actualToDate: .pounds(2_300_000), forecastOutturn: .pounds(2_900_000))
        #expect(try store.apply(Change(.monitoring(entry)), expecting: nil, author: alice, at: "t1") == 1)
        #expect(throws: StoreError.self) { try store.apply(Change(.monitoring(entry)), expecting: nil, author: alice, at: "t2") }
        #expect(try store.apply(Change(key: .monitoring("S02", entry.period), new: nil), expecting: 1, author: alice, at: "t3") == nil)
        #expect(try store.loadAgreement().entry(for: "S02", at: entry.period) == nil)
        let removal = #expect(throws: StoreError.self) {
            try store.apply(Change(key: .monitoring("S02", entry.period), new: nil), expecting: 1, author: alice, at: "t4")
        }
        #expect(removal?.kind == .conflict(current: nil, version: nil))
        #expect(try store.auditTrail().filter { $0.at == "t3" }.allSatisfy { $0.new == nil })
    }

    @Test("an edit that breaks a rule is refused with the reason, and a line with returns cannot be removed")
    func invalidEdits() throws {
        let (store, _) = try store()
        let snapshot = try store.loadSnapshot()
        var line = try #require(snapshot.agreement.lines.first { $0.id == "S04" })
        line.budget = .pounds(-5_000_000)
        let negative = #expect(throws: StoreError.self) {
            try store.apply(Change(.line(line)), expecting: snapshot.version(of: .line("S04")), author: alice, at: "t")
        }
        #expect(negative?.kind == .invalidEdit("S04 has been reported on (Dec 2025): its original budget is kept; vary it instead (:vary, or s75 vary)"))
        let removal = #expect(throws: StoreError.self) {
            try store.apply(Change(key: .line("S04"), new: nil), expecting: 1, author: alice, at: "t")
        }
        #expect(removal?.description.contains("line S04 has monitoring returns for Dec 2025, Mar 2026") == true)
        #expect(try store.loadAgreement() == Northmoor.agreement)
    }

    @Test("a read-only store refuses an edit")
    func readOnly() throws {
        let (_, path) = try store()
        let store = try S75Database.open(at: path, readOnly: true)
        #expect(throws: StoreError(.readOnly, path: path)) {
            try store.apply(Change(key: .monitoring("S02", m9), new: nil), expecting: 1, author: alice, at: "t")
        }
    }

    @Test("the audit trail filters by date and by record")
    func filters() throws {
        let (store, _) = try store()
        var entry = try s02(store.loadAgreement())
        entry.commentary = "one"
        try store.apply(Change(.monitoring(entry)), expecting: 1, author: alice, at: "2026-01-10T10:00:00Z")
        var line = try #require(store.loadAgreement().lines.first { $0.id == "S03" })
        line.plannedOutput = "160,000 hours"
        try store.apply(Change(.line(line)), expecting: 1, author: alice, at: "2026-02-10T10:00:00Z")
        #expect(try store.auditTrail(since: "2026-02-01").filter { $0.entity != "agreement" }.map(\.entityID) == ["S03"])
        #expect(try store.auditTrail(since: "2026-01-01").filter { $0.entity != "agreement" }.count == 2)
        #expect(try store.auditTrail(entity: "S02").map(\.field) == ["commentary"])
        #expect(try store.auditTrail(entity: "S03").map(\.field) == ["plannedOutput"])
    }
}

/// Every kind of record can be added, changed and removed, with versions, and references are kept whole.
@Suite("Edits to every kind of record")
struct RecordKindTests {
    let bob = Author(user: "bob")

    @Test("the agreement's details, a partner, a provider, a contract and a metric round-trip through edits")
    func everyKind() throws {
        let path = try temporaryFolder() + "/kinds.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: bob)
        var snapshot = try store.loadSnapshot()
        var details = snapshot.agreement.details
        details.pooledFundManager = "Director of Finance"
        details.financeRAG.underAboveBasisPoints = 800
        try store.apply(Change(.agreement(details)), expecting: snapshot.version(of: .agreement), author: bob, at: "t1")
        let partner = Partner(id: "NHSE", name: "NHS England", shortName: "NHSE", kind: .nhsTrust, role: "Observer")
        try store.apply(Change(.partner(partner)), expecting: nil, author: bob, at: "t2")
        var provider = try #require(snapshot.agreement.providers.first)
        provider.name = "Northmoor Community Health"
        try store.apply(Change(.provider(provider)), expecting: snapshot.version(of: .provider(provider.id)), author: bob, at: "t3")
        var contract = try #require(snapshot.agreement.contracts.first { $0.id == "K05" })
        contract.value = .thousands(10_400)
        try store.apply(Change(.contract(contract)), expecting: snapshot.version(of: .contract("K05")), author: bob, at: "t4")
        var metric = try #require(snapshot.agreement.metrics.first { $0.id == "M1" })
        metric.publicationLagMonths = 3
        try store.apply(Change(.metric(metric)), expecting: snapshot.version(of: .metric("M1")), author: bob, at: "t5")
        snapshot = try S75Database.open(at: path, readOnly: true).loadSnapshot()
        let a = snapshot.agreement
        #expect(a.pooledFundManager == "Director of Finance")
        #expect(a.financeRAG.underAboveBasisPoints == 800)
        #expect(a.partners.last == partner)
        #expect(a.providers.first?.name == "Northmoor Community Health")
        #expect(a.contracts.first { $0.id == "K05" }?.value == .thousands(10_400))
        #expect(a.metrics.first { $0.id == "M1" } == metric)
        #expect(a.metrics.first { $0.id == "M1" }?.values.count == 5)
        #expect([snapshot.version(of: .agreement), snapshot.version(of: .partner("NHSE")), snapshot.version(of: .metric("M1"))] == [2, 1, 2])
        #expect(try store.auditTrail(entity: "M1").map(\.field) == ["publicationLagMonths"])
    }

    @Test("a partner, provider or metric in use cannot be removed, and the refusal names what uses it",
          arguments: [(RecordKey.partner("ICB"), "contribution C1"), (.provider("P05"), "line S03"), (.metric("M1"), "contract K09")])
    func inUse(key: RecordKey, user: String) throws {
        let path = try temporaryFolder() + "/refs.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: bob)
        let version = try store.loadSnapshot().version(of: key)
        let error = #expect(throws: StoreError.self) { try store.apply(Change(key: key, new: nil), expecting: version, author: bob, at: "t") }
        #expect(error?.description.contains(user) == true)
        #expect(try store.loadAgreement() == Northmoor.agreement)
    }
}

/// Saving a record unchanged writes nothing: no new version, no audit row.
@Suite("Unchanged saves")
struct UnchangedSaveTests {
    @Test("an edit that changes nothing leaves the version and the audit trail as they were")
    func unchanged() throws {
        let path = try temporaryFolder() + "/same.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let metric = try #require(Northmoor.agreement.metrics.first { $0.id == "M6" })
        #expect(try store.apply(Change(.metric(metric)), expecting: 1, author: Author(user: "x"), at: "t") == 1)
        #expect(try store.loadSnapshot().version(of: .metric("M6")) == 1)
        #expect(try store.auditTrail().count == 1)
    }
}

/// Finding changes in the audit trail by month, by kind of record and by record, the agreement's own by its ID.
@Suite("Audit trail filters")
struct AuditFilterTests {
    @Test("by month, by kind, by record and by the agreement's ID; % and _ in a record match only themselves")
    func filters() throws {
        let path = try temporaryFolder() + "/audit.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let snapshot = try store.loadSnapshot()
        let m9 = Period(year: 2025, month: 12), m12 = Period(year: 2026, month: 3)
        var december = try #require(snapshot.agreement.entry(for: "S02", at: m9))
        december.commentary = "December"
        var march = try #require(snapshot.agreement.entry(for: "S02", at: m12))
        march.commentary = "March"
        var line = try #require(snapshot.agreement.lines.first { $0.id == "S02" })
        line.name = "D2A beds"
        var details = snapshot.agreement.details
        details.title = "Northmoor s75"
        let alice = Author(user: "alice")
        try store.apply(Change(.monitoring(december)), expecting: snapshot.version(of: .monitoring("S02", m9)), author: alice, at: "2026-01-10T10:00:00Z")
        try store.apply(Change(.monitoring(march)), expecting: snapshot.version(of: .monitoring("S02", m12)), author: alice, at: "2026-04-10T10:00:00Z")
        try store.apply(Change(.line(line)), expecting: snapshot.version(of: .line("S02")), author: alice, at: "2026-01-11T10:00:00Z")
        try store.apply(Change(.agreement(details)), expecting: snapshot.version(of: .agreement), author: alice, at: "2026-01-12T10:00:00Z")
        #expect(try store.auditTrail(period: "2025-12").map(\.entityID) == ["S02 2025-12"])
        #expect(try store.auditTrail(entity: "2026-03").map(\.entityID) == ["S02 2026-03"], "a month typed as the record is the month")
        #expect(try store.auditTrail(kind: "line").map(\.field) == ["name"])
        #expect(try store.auditTrail(entity: "S02").count == 3, "the line and its two returns")
        #expect(try store.auditTrail(entity: "northmoor-2025-26").map(\.field) == ["title", "created"])
        #expect(try store.auditTrail(entity: "S0_").isEmpty)
        #expect(try store.auditTrail(entity: "%").isEmpty)
        #expect(try store.auditTrail(entity: "S02", kind: "monitoring", period: "2026-03").map(\.new) == ["March"])
    }
}
