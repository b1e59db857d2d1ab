import Foundation
import GRDB

/// Batches of rows written one after another on the writer's own queue while the caller reads the next: reading and
/// writing an export overlap on two cores. At most `depth` batches wait, so memory stays a few batches whatever the
/// file's size; the first write that fails is given back by the next ``write(_:)`` or by ``finish()``.
final class LedgerWritePipeline: @unchecked Sendable {  // its one mutable value, `failure`, is guarded by `lock`
    private let writer: any DatabaseWriter
    private let depth: Int
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var failure: (any Error)?

    init(writer: any DatabaseWriter, depth: Int = 2) {
        self.writer = writer
        self.depth = depth
        slots = DispatchSemaphore(value: depth)
    }

    /// Queues `updates` as a transaction of its own, once fewer than `depth` are waiting.
    func write(_ updates: @escaping @Sendable (Database) throws -> Void) throws {
        slots.wait()
        if let failure = lock.withLock({ failure }) {
            slots.signal()
            throw failure
        }
        writer.asyncWrite(updates) { _, result in
            if case .failure(let error) = result { self.lock.withLock { if self.failure == nil { self.failure = error } } }
            self.slots.signal()
        }
    }

    /// Waits for every queued write to end; throws the first that failed.
    func finish() throws {
        for _ in 0..<depth { slots.wait() }
        for _ in 0..<depth { slots.signal() }
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}
