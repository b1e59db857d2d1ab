/// The version of each record as last read: what an edit is based on, and what its save expects to find.
///
/// A record is at version 1 from when it is made until it is first changed, and most never are (a year's returns), so
/// only the versions above 1 are held: the agreement read with them says which records exist, and each of those is at
/// 1 unless held otherwise. A store reads only the rows above 1, however many records the agreement has.
public struct RecordVersions: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    private var aboveFirst: [RecordKey: Int]

    /// The versions read from a store; those at 1 need not be given.
    public init(_ versions: [RecordKey: Int] = [:]) { aboveFirst = versions.filter { $0.value != 1 } }

    public init(dictionaryLiteral elements: (RecordKey, Int)...) { self.init(Dictionary(elements) { $1 }) }

    /// The version of `key` in `agreement`, the agreement as these versions know it: nil when it holds no such record.
    public func version(of key: RecordKey, in agreement: Agreement) -> Int? {
        aboveFirst[key] ?? (agreement.record(key) == nil ? nil : 1)
    }

    /// Notes the version a save left `key` at (nil once it is removed), the agreement following the save.
    public mutating func note(_ version: Int?, of key: RecordKey) {
        aboveFirst[key] = version == 1 ? nil : version
    }
}
