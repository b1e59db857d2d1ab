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

    /// The answer for `key`, when it is the last one noted.
    func answer(for key: Key) -> Answer? {
        lock.withLock { last?.key == key ? last?.answer : nil }
    }

    func note(_ answer: Answer, for key: Key) {
        lock.withLock { last = (key, answer) }
    }
}
