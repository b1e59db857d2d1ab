import Foundation

/// What the ledger's search index was asked for the last text a store was asked to filter by, and what the index held
/// then: a Spend pane reads its filter's pages one after another, and choosing the runs and counting up to 50,000
/// candidates costs each read several milliseconds (`LedgerSearch.candidates`).
final class LedgerSearchMemo: @unchecked Sendable {  // `last` is guarded by `lock`
    /// A text, and what the index held when it was asked.
    struct Key: Equatable {
        var text: String
        var through: Int64
        var unindexed: Int64
    }

    /// Whether the index served the text, and the runs it was asked for.
    enum Answer {
        case served(match: String)
        case notServed
    }

    private let lock = NSLock()
    private var last: (key: Key, answer: Answer)?

    /// The answer for `key`: the last one, when it was for `key`; else `answer()`'s, kept. Worked out once: a second
    /// thread asking meanwhile (the Spend pane's count beside its first rows) waits for it rather than asking too.
    func answer(for key: Key, _ answer: () throws -> Answer) rethrows -> Answer {
        try lock.withLock {
            if let last, last.key == key { return last.answer }
            let worked = try answer()
            last = (key, worked)
            return worked
        }
    }
}
