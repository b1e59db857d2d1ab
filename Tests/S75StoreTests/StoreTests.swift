import Foundation
import S75Domain
import S75Store
import S75TestSupport
import Testing

/// A fresh folder for one test's files.
func temporaryFolder() throws -> String { try TestFolders.fresh("s75-store") }

@Suite("Store")
struct StoreTests {
    @Test("the Northmoor agreement survives a write, close and reopen unchanged")
    func roundTrip() throws {
        let path = try temporaryFolder() + "/northmoor.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let reopened = try S75Database.open(at: path)
        #expect(try reopened.loadAgreement() == Northmoor.agreement)
        #expect(!reopened.isReadOnly)
    }

    @Test("records are read in the order of their positions, even where the table holds them in another")
    func positionOrder() throws {
        let path = try temporaryFolder() + "/reordered.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        for table in ["schemeLine", "provider", "contract"] { try SQLiteShell.run(path, "UPDATE \(table) SET position = -position") }
        let reread = try S75Database.open(at: path).loadAgreement()
        #expect(reread.lines.map(\.id) == Northmoor.agreement.lines.map(\.id).reversed())
        #expect(reread.providers.map(\.id) == Northmoor.agreement.providers.map(\.id).reversed())
        #expect(reread.contracts.map(\.id) == Northmoor.agreement.contracts.map(\.id).reversed())
        #expect(reread.monitoring == Northmoor.agreement.monitoring)
    }

    @Test("the first snapshot after opening is the file as it is then: another session's edit, or this store's own, made since the opening's check is in it")
    func openingSnapshotNeverStale() throws {
        let path = try temporaryFolder() + "/northmoor.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        var entry = try #require(Northmoor.agreement.monitoring.first)
        let opened = try S75Database.open(at: path)
        let other = try S75Database.open(at: path)
        entry.commentary = "changed in another session"
        try other.apply(Change(.monitoring(entry)), expecting: 1, author: Author(user: "other"), at: "2026-01-20T10:00:00Z")
        #expect(try opened.loadSnapshot().agreement.entry(for: entry.lineID, at: entry.period)?.commentary == "changed in another session")
        let own = try S75Database.open(at: path)
        entry.commentary = "changed by this store"
        try own.apply(Change(.monitoring(entry)), expecting: 2, author: Author(user: "own"), at: "2026-01-20T10:01:00Z")
        let snapshot = try own.loadSnapshot()
        #expect(snapshot.agreement.entry(for: entry.lineID, at: entry.period)?.commentary == "changed by this store")
        #expect(snapshot.version(of: .monitoring(entry.lineID, entry.period)) == 3)
        let untouched = try S75Database.open(at: path).loadSnapshot()
        #expect(untouched == snapshot, "with nothing written since, the opening's own read is the file as it is")
    }

    @Test("an in-memory store holds the same agreement")
    func inMemory() throws {
        #expect(try S75Database.inMemory(with: Northmoor.agreement).loadAgreement() == Northmoor.agreement)
    }

    @Test("a blank agreement round-trips too")
    func blank() throws {
        let path = try temporaryFolder() + "/blank.s75"
        _ = try S75Database.create(at: path, with: .blank(startYear: 2026), author: Author(user: "setup"))
        let back = try S75Database.open(at: path).loadAgreement()
        #expect(back == .blank(startYear: 2026))
        #expect(back.reportingPeriod == Period(year: 2026, month: 4))
    }

    @Test("money is stored as integer pence")
    func moneyAsPence() throws {
        let path = try temporaryFolder() + "/pence.s75"
        var agreement = Northmoor.agreement
        agreement.contributions[0].amount = Money(pence: 2_580_000_001)
        _ = try S75Database.create(at: path, with: agreement, author: Author(user: "setup"))
        #expect(try S75Database.open(at: path).loadAgreement().contributions[0].amount.pence == 2_580_000_001)
    }

    @Test("creating over an existing file is refused and leaves it alone")
    func alreadyExists() throws {
        let path = try temporaryFolder() + "/exists.s75"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError(.alreadyExists, path: path)) { try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup")) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    }

    @Test("a missing file says so and how to make one")
    func missing() throws {
        let path = try temporaryFolder() + "/nothing.s75"
        let error = #expect(throws: StoreError.self) { try S75Database.open(at: path) }
        #expect(error?.kind == .fileMissing)
        #expect(error?.description.contains("s75 new") == true)
    }

    @Test("a file that is not SQLite is not an s75 file", arguments: ["hello, world\n", String(repeating: "x", count: 5000)])
    func notSQLite(content: String) throws {
        let path = try temporaryFolder() + "/text.s75"
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try S75Database.open(at: path) }
        #expect(error?.kind == .notAnS75File)
    }

    @Test("another program's SQLite file is not an s75 file")
    func foreignSQLite() throws {
        let path = try temporaryFolder() + "/other.sqlite"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        try SQLiteShell.run(path, "PRAGMA application_id = 42;")
        let error = #expect(throws: StoreError.self) { try S75Database.open(at: path) }
        #expect(error?.kind == .notAnS75File)
    }

    @Test("a file from a newer s75 is refused, not damaged")
    func newerSchema() throws {
        let path = try temporaryFolder() + "/newer.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        try SQLiteShell.run(path, "INSERT INTO grdb_migrations VALUES ('v99-future');")
        let error = #expect(throws: StoreError.self) { try S75Database.open(at: path) }
        #expect(error?.kind == .schemaTooNew)
    }

    @Test("a file of the first schema is upgraded on opening for writing; read-only, it is read through an upgraded copy and left as it was")
    func upgrade() throws {
        let path = try temporaryFolder() + "/v1.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        try SQLiteShell.run(path, "DELETE FROM grdb_migrations WHERE identifier = 'v2-money-rules';")
        for sql in ["ALTER TABLE agreement DROP COLUMN riskShare", "ALTER TABLE agreement DROP COLUMN ascMinimumPence",
                    "ALTER TABLE agreement DROP COLUMN signConvention", "ALTER TABLE schemeLine DROP COLUMN budgetType",
                    "ALTER TABLE schemeLine DROP COLUMN arrangement", "ALTER TABLE schemeLine DROP COLUMN delegatedFunctions",
                    "ALTER TABLE contract DROP COLUMN payment"] {
            try SQLiteShell.run(path, sql)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let readOnly = try S75Database.open(at: path, readOnly: true)
        #expect(try readOnly.loadAgreement().lines.map(\.id) == Northmoor.agreement.lines.map(\.id))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try SQLiteShell.query(path, "SELECT count(*) FROM grdb_migrations WHERE identifier = 'v2-money-rules'") == "0")
        let upgraded = try S75Database.open(at: path).loadAgreement()
        #expect(upgraded.lines.map(\.id) == Northmoor.agreement.lines.map(\.id))
        #expect(upgraded.lines.map(\.budget) == Northmoor.agreement.lines.map(\.budget))
        #expect(upgraded.lines.allSatisfy { $0.budgetType == .pooled && $0.arrangement == .leadCommissioning })
        #expect(upgraded.budgetVariations.isEmpty)
        #expect(upgraded.riskShare == RiskShareRule(overspend: .proportional, underspend: .returnProRata))
        #expect(upgraded.contracts.allSatisfy { $0.payment == nil })
    }

    @Test("a damaged row is reported as damage, with no figures in the message")
    func invalidData() throws {
        let path = try temporaryFolder() + "/bad.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        try SQLiteShell.run(path, "UPDATE contribution SET source = 'lottery' WHERE id = 'C1';")
        let error = #expect(throws: StoreError.self) { try S75Database.open(at: path).loadAgreement() }
        #expect(error?.kind == .invalidData("column source"))
        #expect(error?.description.contains("25800") == false)
    }

    @Test("a damaged column among lines sharing the same texts is reported, though the texts before it were decoded once")
    func invalidColumnAmongRepeats() throws {
        let path = try temporaryFolder() + "/bad-profile.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        #expect(try S75Database.open(at: path).loadAgreement().lines == Northmoor.agreement.lines, "repeated texts decode to their own values")
        try SQLiteShell.run(path, "UPDATE schemeLine SET profile = '{\"kind\":\"sideways\"}' WHERE id = 'S14';")
        let error = #expect(throws: StoreError.self) { try S75Database.open(at: path).loadAgreement() }
        guard case .invalidData(let what)? = error?.kind else { Issue.record("not reported as damage: \(String(describing: error))"); return }
        #expect(what.hasPrefix("column profile"), "\(what)")
    }

    @Test("a damaged metric definition, decoded on another thread while the rest is read, is reported as damage; the metrics read back whole")
    func invalidMetricDefinition() throws {
        let path = try temporaryFolder() + "/bad-metric.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        #expect(try S75Database.open(at: path).loadAgreement().metrics == Northmoor.agreement.metrics)
        try SQLiteShell.run(path, "UPDATE metric SET body = '{\"id\": \"M3\", \"direction\": 7}' WHERE id = 'M3';")
        let error = #expect(throws: StoreError.self) { try S75Database.open(at: path).loadAgreement() }
        guard case .invalidData(let what)? = error?.kind else { Issue.record("not reported as damage: \(String(describing: error))"); return }
        #expect(what.hasPrefix("column metric"), "\(what)")
    }

    @Test("a read-only store reads but refuses writes with a clear message")
    func readOnly() throws {
        let path = try temporaryFolder() + "/ro.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let store = try S75Database.open(at: path, readOnly: true)
        #expect(store.isReadOnly)
        #expect(try store.loadAgreement() == Northmoor.agreement)
        let error = #expect(throws: StoreError.self) { try store.replaceAgreement(with: .blank(startYear: 2025)) }
        #expect(error?.kind == .readOnly)
        #expect(try S75Database.open(at: path).loadAgreement() == Northmoor.agreement)
    }

    @Test("a write that breaks a rule of the schema changes nothing")
    func atomicWrite() throws {
        let path = try temporaryFolder() + "/atomic.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        var bad = Northmoor.agreement
        bad.title = "Changed"
        bad.contributions[0].amount = Money(pence: -1)
        #expect(throws: StoreError.self) { try store.replaceAgreement(with: bad) }
        #expect(try store.loadAgreement() == Northmoor.agreement)
    }

    @Test("a second session on the same file sees the first session's commit")
    func secondSession() throws {
        let path = try temporaryFolder() + "/shared.s75"
        let first = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let second = try S75Database.open(at: path)
        let before = try second.changeToken()
        #expect(try second.changeToken() == before)
        var changed = Northmoor.agreement
        changed.title = "Northmoor (revised)"
        try first.replaceAgreement(with: changed)
        #expect(try second.changeToken() != before)
        #expect(try second.loadAgreement().title == "Northmoor (revised)")
    }

    @Test("the file is in WAL mode and marked as an s75 file")
    func fileFormat() throws {
        let path = try temporaryFolder() + "/format.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        #expect(try SQLiteShell.query(path, "PRAGMA journal_mode;") == "wal")
        #expect(try SQLiteShell.query(path, "PRAGMA application_id;") == "\(0x5337_3500)")
    }
}
