/// Records of one kind (lines, providers, contracts, metrics) in the order they were entered, kept indexed by
/// identifier so that finding one by its ID takes constant time however many there are.
///
/// It is a collection and is changed as an array is (append, remove, assign through a subscript); the index follows
/// every change. Two are equal when they hold the same records in the same order.
public struct RecordList<Record: Identifiable & Hashable & Sendable>: RandomAccessCollection, MutableCollection, Hashable, Sendable,
    ExpressibleByArrayLiteral where Record.ID: Sendable {
    @usableFromInline var records: [Record]
    /// Where the first record with each identifier is.
    private var positions: [Record.ID: Int]

    public init(_ records: [Record] = []) {
        self.records = records
        positions = [:]
        reindex()
    }

    public init(arrayLiteral elements: Record...) { self.init(elements) }

    public var startIndex: Int { records.startIndex }
    public var endIndex: Int { records.endIndex }

    public subscript(position: Int) -> Record {
        _read { yield records[position] }
        set {
            let old = records[position].id
            records[position] = newValue
            if old != newValue.id { reindex() }
        }
    }

    public static func == (lhs: RecordList, rhs: RecordList) -> Bool { lhs.records == rhs.records }

    public func hash(into hasher: inout Hasher) { hasher.combine(records) }

    /// The record with `id`, if there is one.
    public subscript(id id: Record.ID) -> Record? { positions[id].map { records[$0] } }

    /// The sum of `amount` over the records, each read where it is rather than copied out.
    @inlinable
    public func sum(_ amount: (Record) -> Money) -> Money {
        var total = Money.zero
        for index in records.indices { total = total + amount(records[index]) }
        return total
    }

    /// Where the record with `id` is, if there is one.
    public func position(of id: Record.ID) -> Int? { positions[id] }

    /// Whether a record has `id`.
    public func contains(id: Record.ID) -> Bool { positions[id] != nil }

    /// Adds `record` after the others.
    public mutating func append(_ record: Record) {
        records.append(record)
        if positions[record.id] == nil { positions[record.id] = records.count - 1 }
    }

    /// Removes the record at `position`.
    public mutating func remove(at position: Int) {
        records.remove(at: position)
        reindex()
    }

    /// Removes every record `shouldBeRemoved` picks.
    public mutating func removeAll(where shouldBeRemoved: (Record) throws -> Bool) rethrows {
        try records.removeAll(where: shouldBeRemoved)
        reindex()
    }

    /// Replaces the record with `id` by `new`, appends `new` if there is none, or removes it when `new` is nil.
    public mutating func upsert(_ id: Record.ID, _ new: Record?) {
        if let index = positions[id] {
            if let new { self[index] = new } else { remove(at: index) }
        } else if let new {
            append(new)
        }
    }

    private mutating func reindex() {
        positions = Dictionary(records.enumerated().map { ($1.id, $0) }) { first, _ in first }
    }
}
