import Foundation
import S75Domain
import S75Postgres
import S75Store
import Testing

/// A session outliving its server: stopped and started between two saves, on a cluster of its own.
@Suite("Reconnection")
struct ReconnectionTests {
    @Test("the server restarted between two saves: opening while it is down is refused, the next save connects again and is made once, as is the next read")
    func restart() throws {
        let cluster = ServerCluster(folder: NSTemporaryDirectory() + "s75-pg-restart-\(UUID().uuidString.prefix(8))")
        try cluster.initialise(admitting: [])
        defer {
            try? cluster.stop()
            try? FileManager.default.removeItem(atPath: cluster.folder)
        }
        let store = try ServerRegion.create(Northmoor.agreement, earlierAudit: [], at: cluster.address.naming("restarted"))
        let december = Period(year: 2025, month: 12)
        var entry = try #require(Northmoor.agreement.entry(for: "S02", at: december))
        entry.commentary = "before the restart"
        #expect(try store.apply(Change(.monitoring(entry)), expecting: 1, author: .current, at: S75Database.now()) == 2)
        try cluster.stop()
        let refused = #expect(throws: StoreError.self) { try store.loadSnapshot() }
        guard case .unreachable? = refused?.kind else { Issue.record("expected the server unreachable, got \(String(describing: refused))"); return }
        for _ in 1...3 {  // a session opened while the server is down is told so, every time (each failed connection freed once)
            let opening = #expect(throws: StoreError.self) { _ = try PostgresStore(cluster.address.naming("restarted")) }
            guard case .unreachable? = opening?.kind else { Issue.record("expected unreachable, got \(String(describing: opening))"); return }
            #expect(throws: StoreError.self) { _ = try RegionWatch(cluster.address) }
        }
        try cluster.start()
        entry.commentary = "after the restart"
        #expect(try store.apply(Change(.monitoring(entry)), expecting: 2, author: .current, at: S75Database.now()) == 3)
        #expect(try store.loadSnapshot().agreement.entry(for: "S02", at: december)?.commentary == "after the restart")
        let made = try store.auditTrail(since: nil, entity: "S02 2025-12", user: nil, kind: nil, period: nil).filter { $0.field == "commentary" }
        #expect(made.map(\.new) == ["after the restart", "before the restart"])
    }
}
