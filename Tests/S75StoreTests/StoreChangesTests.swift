import Foundation
import S75Domain
import S75Store
import Testing

/// A session keeps up with others by the audit trail: returns and meetings are read one by one, anything else whole.
@Suite("Changes since a session last read")
struct StoreChangesTests {
    let m9 = Period(year: 2025, month: 12)
    let alice = Author(user: "alice")

    func store() throws -> S75Database {
        try S75Database.create(at: try temporaryFolder() + "/changes.s75", with: Northmoor.agreement, author: Author(user: "setup"))
    }

    @Test("nothing recorded: none; a return changed and one removed: each as stored now, with its version; then none again")
    func returns() throws {
        let store = try store()
        let seen = try store.loadSnapshot().lastAudit
        guard case .none = try store.changes(after: seen) else { Issue.record("nothing was changed"); return }
        var s02 = try #require(Northmoor.agreement.entry(for: "S02", at: m9))
        s02.actualToDate = .pounds(2_100_000)
        _ = try store.apply(Change(.monitoring(s02)), expecting: 1, author: alice, at: "2026-01-14T09:30:05Z")
        _ = try store.apply(Change(key: .monitoring("S03", m9), new: nil), expecting: 1, author: alice, at: "2026-01-14T09:31:00Z")
        guard case .records(let records, let through) = try store.changes(after: seen) else { Issue.record("returns only"); return }
        #expect(records.map(\.key) == [.monitoring("S02", m9), .monitoring("S03", m9)])
        #expect(records[0].record == .monitoring(s02) && records[0].version == 2)
        #expect(records[1].record == nil && records[1].version == nil)
        #expect(through == (try store.loadSnapshot().lastAudit))
        guard case .none = try store.changes(after: through) else { Issue.record("nothing since"); return }
    }

    @Test("a line changed: the agreement is read whole")
    func everything() throws {
        let store = try store()
        let seen = try store.loadSnapshot().lastAudit
        var line = try #require(Northmoor.agreement.lines.first)
        line.plannedOutput = "1,100 packages"
        _ = try store.apply(Change(.line(line)), expecting: 1, author: alice, at: "2026-01-14T09:30:05Z")
        guard case .everything = try store.changes(after: seen) else { Issue.record("a line is not taken one by one"); return }
    }
}
