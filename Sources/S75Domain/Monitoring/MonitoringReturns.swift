/// The monitoring returns of an agreement, in the order they were recorded, kept indexed by line and month so that a
/// line's return is found in constant time and the monitored months are known without a scan.
///
/// It is a collection of ``MonitoringEntry`` and is changed as an array is (append, remove, assign through a
/// subscript); the index follows every change. Two are equal when they hold the same returns in the same order.
public struct MonitoringReturns: RandomAccessCollection, MutableCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    private var entries: [MonitoringEntry]
    /// Where the first return for each line is, month by month: a month's index holds only the lines' IDs, so the
    /// index of a year's returns is a dozen small tables rather than one keyed by line and month together.
    private var positions: [Period: [SchemeLine.ID: Int32]]
    /// How many returns each month has.
    private var counts: [Period: Int]
    /// The lines with returns.
    public private(set) var lineIDs: Set<SchemeLine.ID> = []
    /// The months with returns, oldest first.
    public private(set) var periods: [Period]

    public init(_ entries: [MonitoringEntry] = []) {
        self.entries = entries
        (positions, counts, periods) = ([:], [:], [])
        reindex()
    }

    public init(arrayLiteral elements: MonitoringEntry...) { self.init(elements) }

    public var startIndex: Int { entries.startIndex }
    public var endIndex: Int { entries.endIndex }

    public subscript(position: Int) -> MonitoringEntry {
        get { entries[position] }
        set {
            let old = entries[position]
            entries[position] = newValue
            if old.lineID != newValue.lineID || old.period != newValue.period { reindex() }
        }
    }

    public static func == (lhs: MonitoringReturns, rhs: MonitoringReturns) -> Bool { lhs.entries == rhs.entries }

    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    /// The return for `lineID` at `period`, if one was recorded.
    public func entry(for lineID: SchemeLine.ID, at period: Period) -> MonitoringEntry? {
        positions[period]?[lineID].map { entries[Int($0)] }
    }

    /// How many returns `period` has.
    public func count(at period: Period) -> Int { counts[period] ?? 0 }

    /// The returns for `lineID`, oldest first.
    public func entries(for lineID: SchemeLine.ID) -> [MonitoringEntry] {
        periods.compactMap { entry(for: lineID, at: $0) }
    }

    /// The latest return for `lineID` before `period`, if any.
    public func latest(for lineID: SchemeLine.ID, before period: Period) -> MonitoringEntry? {
        periods.reversed().lazy.filter { $0 < period }.compactMap { entry(for: lineID, at: $0) }.first
    }

    /// Adds `entry` after the others.
    public mutating func append(_ entry: MonitoringEntry) {
        entries.append(entry)
        note(entry, at: entries.count - 1)
    }

    /// Records `entry`: it replaces the return for its line and month, or is added after the others.
    public mutating func record(_ entry: MonitoringEntry) {
        if let position = positions[entry.period]?[entry.lineID] {
            entries[Int(position)] = entry
        } else {
            append(entry)
        }
    }

    /// Removes the returns for `line` at `period`.
    public mutating func remove(line: SchemeLine.ID, period: Period) {
        guard positions[period]?[line] != nil else { return }
        removeAll { $0.lineID == line && $0.period == period }
    }

    /// Removes every return `shouldBeRemoved` picks.
    public mutating func removeAll(where shouldBeRemoved: (MonitoringEntry) throws -> Bool) rethrows {
        try entries.removeAll(where: shouldBeRemoved)
        reindex()
    }

    /// Puts the returns in the order `areInIncreasingOrder` gives.
    public mutating func sort(by areInIncreasingOrder: (MonitoringEntry, MonitoringEntry) throws -> Bool) rethrows {
        try entries.sort(by: areInIncreasingOrder)
        reindex()
    }

    private mutating func note(_ entry: MonitoringEntry, at position: Int) {
        if positions[entry.period]?[entry.lineID] == nil { positions[entry.period, default: [:]][entry.lineID] = Int32(position) }
        counts[entry.period, default: 0] += 1
        lineIDs.insert(entry.lineID)
        if counts[entry.period] == 1 {
            periods.insert(entry.period, at: periods.firstIndex { $0 > entry.period } ?? periods.endIndex)
        }
    }

    private mutating func reindex() {
        var byMonth: [Period: [Int]] = [:]  // each month's returns gathered first, so that each month's table is made in one go
        for (position, entry) in entries.enumerated() { byMonth[entry.period, default: []].append(position) }
        (positions, counts, lineIDs) = ([:], [:], [])
        for (period, returns) in byMonth {
            var month = [SchemeLine.ID: Int32](minimumCapacity: returns.count)
            for position in returns.reversed() { month[entries[position].lineID] = Int32(position) }  // the first one stays
            lineIDs.formUnion(month.keys)
            (positions[period], counts[period]) = (month, returns.count)
        }
        periods = byMonth.keys.sorted()
    }
}
