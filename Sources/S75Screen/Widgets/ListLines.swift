/// The lines of a list: some built, and runs of table rows made only when drawn. A frame of a five-thousand-row table
/// formats the rows on screen, not all of them; where the selected row is, where the items start and end, which header
/// to pin and how many columns are hidden are kept as lines are appended, so a frame asks them without a scan.
public struct ListLines: RandomAccessCollection, ExpressibleByArrayLiteral {
    private enum Part {
        /// Lines `start ..< start + count` of `built`.
        case built(start: Int, count: Int)
        /// A run of rows, under the header `header` (nil when none is in force).
        case rows(RowRun, header: Int?)

        var count: Int {
            switch self {
            case .built(_, let count): count
            case .rows(let run, _): run.count
            }
        }
    }

    private var parts: [Part] = []
    /// Where each part starts.
    private var starts: [Int] = []
    /// The built lines, in order.
    private var built: [ListLine] = []
    /// After each built line, the table header a window starting below it pins (nil after a blank or a heading).
    private var headerAfter: [Int?] = []
    /// The header in force after the last line appended.
    private var currentHeader: Int?
    /// Where each built line that shows an item is.
    private var builtItems: [Int: Int] = [:]
    /// The first and last lines that show an item, if any does.
    public private(set) var itemLines: (first: Int, last: Int)?
    /// How many of its columns the widest-cut table hides for want of width (told by its header line).
    public private(set) var hiddenColumns = 0
    /// How many lines are table rows or totals (the rows made on demand among them).
    public private(set) var tableLineCount = 0
    public private(set) var endIndex = 0
    public var startIndex: Int { 0 }

    public init() {}

    public init(_ lines: [ListLine]) { append(contentsOf: lines) }

    public init(arrayLiteral lines: ListLine...) { self.init(lines) }

    public subscript(index: Int) -> ListLine {
        let part = partIndex(containing: index)
        switch parts[part] {
        case .built(let start, _): return built[start + index - starts[part]]
        case .rows(let run, _): return run.line(index - starts[part])
        }
    }

    public mutating func append(_ line: ListLine) { append(contentsOf: [line]) }

    public mutating func append(contentsOf lines: [ListLine]) {
        guard !lines.isEmpty else { return }
        if case .built(let start, let count)? = parts.last {
            parts[parts.count - 1] = .built(start: start, count: count + lines.count)
        } else {
            starts.append(endIndex)
            parts.append(.built(start: built.count, count: lines.count))
        }
        for line in lines {
            let index = endIndex
            if let item = line.item {
                if builtItems[item] == nil { builtItems[item] = index }
                noteItem(at: index)
            }
            if line.role == .tableHeader { currentHeader = index } else if line.runs.isEmpty || line.role == .section { currentHeader = nil }
            hiddenColumns = Swift.max(hiddenColumns, line.hiddenColumns)
            if line.role == .tableRow || line.role == .tableTotal { tableLineCount += 1 }
            built.append(line)
            headerAfter.append(currentHeader)
            endIndex += 1
        }
    }

    public static func += (lines: inout ListLines, more: [ListLine]) { lines.append(contentsOf: more) }

    /// Appends `other`'s lines, its runs of rows still to be made.
    public mutating func append(contentsOf other: ListLines) {
        for part in other.parts {
            switch part {
            case .built(let start, let count): append(contentsOf: Array(other.built[start ..< start + count]))
            case .rows(let run, _): append(run)
            }
        }
    }

    public static func += (lines: inout ListLines, more: ListLines) { lines.append(contentsOf: more) }

    /// Appends `count` selectable table rows, the first showing item `firstItem` and each the next; `make` makes row
    /// `n` of them (counted from zero), once, when it is first drawn or read.
    public mutating func appendRows(count: Int, firstItem: Int, make: @escaping (Int) -> ListLine) {
        guard count > 0 else { return }
        append(RowRun(count: count, firstItem: firstItem, make: make))
    }

    private mutating func append(_ run: RowRun) {
        starts.append(endIndex)
        parts.append(.rows(run, header: currentHeader))
        noteItem(at: endIndex)
        noteItem(at: endIndex + run.count - 1)
        tableLineCount += run.count
        endIndex += run.count
    }

    private mutating func noteItem(at index: Int) {
        itemLines = (itemLines?.first ?? index, index)
    }

    /// The lines with `transform` applied to each, the rows' as they are made.
    public func mappingLines(_ transform: @escaping (ListLine) -> ListLine) -> ListLines {
        var mapped = ListLines()
        for part in parts {
            switch part {
            case .built(let start, let count): mapped.append(contentsOf: built[start ..< start + count].map(transform))
            case .rows(let run, _): mapped.appendRows(count: run.count, firstItem: run.firstItem) { transform(run.line($0)) }
            }
        }
        return mapped
    }

    /// The line that shows item `item`, if any.
    public func lineIndex(ofItem item: Int) -> Int? {
        for (part, start) in zip(parts, starts) {
            if case .rows(let run, _) = part, item >= run.firstItem, item < run.firstItem + run.count { return start + item - run.firstItem }
        }
        return builtItems[item]
    }

    /// The header of the table whose rows start the window at `first`, if the window starts below that header (a run
    /// of rows is never a header, a heading or a blank, so it keeps the header in force before it).
    public func pinnedHeader(first: Int) -> Int? {
        guard first > 0, first <= endIndex else { return nil }
        let part = partIndex(containing: first - 1)
        switch parts[part] {
        case .built(let start, _): return headerAfter[start + first - 1 - starts[part]]
        case .rows(_, let header): return header
        }
    }

    private func partIndex(containing index: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

/// Rows made on demand and kept once made.
private final class RowRun {
    let count: Int
    let firstItem: Int
    private let make: (Int) -> ListLine
    private var made: [Int: ListLine] = [:]

    init(count: Int, firstItem: Int, make: @escaping (Int) -> ListLine) {
        self.count = count
        self.firstItem = firstItem
        self.make = make
    }

    func line(_ index: Int) -> ListLine {
        if let line = made[index] { return line }
        let line = make(index)
        made[index] = line
        return line
    }
}
