import Foundation
import S75Store

/// Brings the ledger's search index up to date on the other core, a few thousand transactions a write, while the
/// session goes on: once its first frame is drawn, and again whenever another session has committed (an import). A
/// month of imports takes about a second; a year of ten million rows, imported before the index existed, a minute or so,
/// meanwhile filters read the transactions it has not reached (decision 84).
final class LedgerSearchIndexer {
    private let store: any AgreementStore
    private var running: (stop: LedgerReadStop, work: Concurrently<Void, Never>)?

    init(store: any AgreementStore) { self.store = store }

    /// How many transactions each write indexes: about 50 ms of work, so that an edit waits no longer for the file.
    static let transactionsPerWrite = 5_000

    /// Starts bringing the index up to date, unless that is already under way.
    func start() {
        if let running, !running.work.isDone { return }
        let (store, stop) = (store, LedgerReadStop())
        running = (stop, Concurrently {
            // a failure (the file busy past its timeout, or read-only now) leaves the rest for the next start
            while !stop.isStopped, let left = try? store.indexLedgerSearch(most: Self.transactionsPerWrite, stop: stop), left > 0 {
                Thread.sleep(forTimeInterval: 0.005)  // the file free for a moment between writes
            }
        })
    }

    /// Stops the work and waits for it to end: the write under way is ended and nothing of it kept.
    func finish() {
        running?.stop.stop()
        running?.work.value()
        running = nil
    }
}
