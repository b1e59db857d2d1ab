/// Which ledgers a set of figures holds, kept in bits: a line's figures name their ledger without a hash table, and a
/// total joins its parts' with one `or`.
public struct LedgerSet: Hashable, Sendable, Sequence, ExpressibleByArrayLiteral {
    private var bits: UInt8 = 0

    public init(arrayLiteral ledgers: Ledger...) { self.init(ledgers) }

    public init(_ ledgers: some Sequence<Ledger>) {
        for ledger in ledgers { insert(ledger) }
    }

    private static func bit(_ ledger: Ledger) -> UInt8 {
        switch ledger {
        case .revenue: 1
        case .capital: 2
        }
    }

    public mutating func insert(_ ledger: Ledger) { bits |= Self.bit(ledger) }

    public mutating func formUnion(_ other: LedgerSet) { bits |= other.bits }

    public func contains(_ ledger: Ledger) -> Bool { bits & Self.bit(ledger) != 0 }

    public var count: Int { bits.nonzeroBitCount }

    public var isEmpty: Bool { bits == 0 }

    /// The first ledger held, revenue before capital.
    public var first: Ledger? { Ledger.allCases.first(where: contains) }

    public func makeIterator() -> IndexingIterator<[Ledger]> { Ledger.allCases.filter(contains).makeIterator() }
}
