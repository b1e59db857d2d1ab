import Foundation
import GRDB

/// Batches of rows written one after another on the writer's own queue while the caller reads the next: reading and
/// writing an export overlap on two cores. The batches go in transactions of `batchesPerTransaction`, each taking
/// batches as the caller gives them: a commit writes every page it changed, and the pages the indexes share are
/// written once for several batches rather than once a batch (decision 45). At most `depth` batches wait, so memory
/// stays a few batches whatever the file's size; the first write that fails is given back by the next ``write(_:)``
/// or by ``finish()``, and no batch after it is written. Between transactions the pipeline gives way for a moment, so
/// that an edit waiting for the file is made then.
final class LedgerWritePipeline: @unchecked Sendable {  // its mutable values are guarded by `condition`
    typealias Batch = @Sendable (Database) throws -> Void
    private let writer: any DatabaseWriter
    private let depth: Int
    private let batchesPerTransaction: Int
    private let condition = NSCondition()
    private var waiting: [Batch] = []
    private var isFinished = false
    private var isWriting = false
    private var failure: (any Error)?

    init(writer: any DatabaseWriter, depth: Int = 2, batchesPerTransaction: Int) {
        self.writer = writer
        self.depth = depth
        self.batchesPerTransaction = batchesPerTransaction
    }

    /// Queues `batch`, once fewer than `depth` are waiting.
    func write(_ batch: @escaping Batch) throws {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= depth && failure == nil { condition.wait() }
        if let failure { throw failure }
        waiting.append(batch)
        condition.broadcast()
        if !isWriting { startTransaction() }
    }

    /// Waits for every queued batch to be written and committed; throws the first write that failed.
    func finish() throws {
        condition.lock()
        defer { condition.unlock() }
        isFinished = true
        condition.broadcast()
        while isWriting { condition.wait() }
        if let failure { throw failure }
    }

    /// Opens a transaction that takes batches until it has written `batchesPerTransaction` or the caller finishes.
    /// Called with `condition` locked.
    private func startTransaction() {
        isWriting = true
        writer.asyncWrite({ db in
            for _ in 0..<self.batchesPerTransaction {
                guard let batch = self.next() else { break }
                try batch(db)
            }
        }, completion: { _, result in
            self.condition.lock()
            defer { self.condition.unlock() }
            if case .failure(let error) = result, self.failure == nil { self.failure = error }
            if self.failure == nil && !(self.isFinished && self.waiting.isEmpty) {
                DispatchQueue.global().asyncAfter(deadline: .now() + S75Database.giveWay) { self.resume() }
            } else {
                self.isWriting = false
            }
            self.condition.broadcast()
        })
    }

    /// Goes on after giving way: another transaction if a batch waits, otherwise the next ``write(_:)`` opens one.
    private func resume() {
        condition.lock()
        defer { condition.unlock() }
        if failure == nil && !waiting.isEmpty {
            startTransaction()
        } else {
            isWriting = false
            condition.broadcast()
        }
    }

    /// The next batch, once the caller gives one; nil when the caller has finished and none is waiting.
    private func next() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !isFinished { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        condition.broadcast()
        return waiting.removeFirst()
    }
}
