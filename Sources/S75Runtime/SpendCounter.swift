import S75App
import S75Domain
import S75Store

/// The Spend pane's count on the other core, while its first rows are found and shown: one at a time, the one before
/// stopped when another begins. A filter by text reads every transaction to count them (about 4 s at ten million
/// rows); the rows it shows first are found in a few milliseconds (decision 82).
final class SpendCounter {
    private let store: any AgreementStore
    private var running: (query: LedgerQuery, stop: LedgerReadStop, count: Concurrently<(rows: Int, total: Money), StoreError>)?

    init(store: any AgreementStore) { self.store = store }

    /// Starts counting `query`, stopping any count before it.
    func start(_ query: LedgerQuery) {
        stop()
        let (store, stop) = (store, LedgerReadStop())
        running = (query, stop, Concurrently { () throws(StoreError) in try store.ledgerCount(query, stop: stop) })
    }

    /// Stops the count, if one runs: its answer is not wanted.
    func stop() {
        running?.stop.stop()
        running = nil
    }

    /// The count's answer once it is done: the query counted with its figures, or why it could not be; nil while it
    /// runs, or when none does.
    func answer() -> Result<(query: LedgerQuery, count: SpendPage.Count), StoreError>? {
        guard let running, running.count.isDone else { return nil }
        self.running = nil
        return Result { () throws(StoreError) in
            let (rows, total) = try running.count.value()
            return (running.query, SpendPage.Count(rows: rows, total: total))
        }
    }
}
