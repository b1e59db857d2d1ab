import Foundation
import S75Store

/// Brings the ledger's search index up to date on the other core, a few thousand transactions a write, while the
/// session goes on: once its first frame is drawn, and again whenever another session has committed (an import). A
/// month of imports takes about a second; a year of ten million rows, imported before the index existed, a couple of
/// minutes, meanwhile filters read the transactions it has not reached (decision 84). It writes only while no key has
/// been pressed for ``quietAfterKey``.
final class LedgerSearchIndexer {
    private let store: any AgreementStore
    private let keys = KeyClock()
    private var running: (stop: LedgerReadStop, work: Concurrently<Void, Never>)?

    init(store: any AgreementStore) { self.store = store }

    /// How many transactions each write indexes: about 50 ms of work, so that an edit waits no longer for the file.
    static let transactionsPerWrite = 5_000

    /// How long after a key the index waits before it writes again. A write takes the other core from the session's
    /// drawing, and each one makes the session's next read start from a cold cache: at a million rows, `j` while the
    /// index was written took 32 ms at p95 and PgDn 71 ms, where they take 1.7 and 1.8.
    static let quietAfterKey = Duration.milliseconds(750)

    /// Starts bringing the index up to date, unless that is already under way.
    func start() {
        if let running, !running.work.isDone { return }
        let (store, stop, keys) = (store, LedgerReadStop(), keys)
        running = (stop, Concurrently {
            // a failure (the file busy past its timeout, or read-only now) leaves the rest for the next start
            while !stop.isStopped {
                if let wait = keys.wait(for: Self.quietAfterKey) {
                    Thread.sleep(forTimeInterval: min(0.005, wait / .seconds(1)))  // looking at `stop` often: a session ending waits for it
                    continue
                }
                guard let left = try? store.indexLedgerSearch(most: Self.transactionsPerWrite, stop: stop), left > 0 else { break }
                Thread.sleep(forTimeInterval: 0.005)  // the file free for a moment between writes
            }
        })
    }

    /// Notes that the user pressed a key: the index waits a moment before it writes again.
    func keyPressed() { keys.note() }

    /// Stops the work and waits for it to end: the write under way is ended and nothing of it kept.
    func finish() {
        running?.stop.stop()
        running?.work.value()
        running = nil
    }
}

/// When the last key was pressed, shared with the thread that writes the index.
private final class KeyClock: @unchecked Sendable {  // `last` is guarded by `lock`
    private let lock = NSLock()
    private var last: ContinuousClock.Instant?

    func note() { lock.withLock { last = .now } }

    /// How long is left of `quiet` since the last key; nil when it is over.
    func wait(for quiet: Duration) -> Duration? {
        lock.withLock {
            guard let last else { return nil }
            let left = quiet - (ContinuousClock.now - last)
            return left > .zero ? left : nil
        }
    }
}
