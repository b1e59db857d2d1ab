import Dispatch
import Foundation
import GRDB
import GRDBSQLite

/// A way to stop a read of the ledger before it ends: a count started on another core that the Spend pane no longer
/// wants (its filter changed), or a first page that takes longer than it is worth. The read ends at its next check (SQLite
/// asks every 10,000 steps of the statement), with an error, its answer unused.
public final class LedgerReadStop: @unchecked Sendable {  // `stopped` is guarded by `lock`
    private let lock = NSLock()
    private var stopped = false
    private let deadline: DispatchTime?

    /// A stop that acts when `stop()` is called, or once `limit` has passed, if given.
    public init(after limit: DispatchTimeInterval? = nil) {
        deadline = limit.map { .now() + $0 }
    }

    /// Asks the read to stop.
    public func stop() { lock.withLock { stopped = true } }

    /// Whether the read was asked to stop, or its time is up.
    public var isStopped: Bool {
        lock.withLock { stopped } || deadline.map { DispatchTime.now() >= $0 } == true
    }

    /// Runs `body` on `db`, asked to end as soon as this stop acts.
    func watching<T>(_ db: Database, _ body: () throws -> T) rethrows -> T {
        sqlite3_progress_handler(db.sqliteConnection, 10_000, { stop in
            Unmanaged<LedgerReadStop>.fromOpaque(stop!).takeUnretainedValue().isStopped ? 1 : 0
        }, Unmanaged.passUnretained(self).toOpaque())
        defer { sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil) }
        return try body()
    }
}
