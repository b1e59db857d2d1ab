/// The lines of a list: some built, and runs of table rows made only when drawn. A frame of a five-thousand-row table
/// formats the rows on screen, not all of them; where the selected row is, and where the table's rows start and end,
/// are known without making any.
public struct ListLines: RandomAccessCollection, ExpressibleByArrayLiteral {
    private enum Part {
        case built([ListLine])
        case rows(RowRun)

        var count: Int {
            switch self {
            case .built(let lines): lines.count
            case .rows(let run): run.count
            }
        }
    }

    private var parts: [Part] = []
    /// Where each part starts.
    private var starts: [Int] = []
    public private(set) var endIndex = 0
    public var startIndex: Int { 0 }

    public init() {}

    public init(_ lines: [ListLine]) { append(contentsOf: lines) }

    public init(arrayLiteral lines: ListLine...) { self.init(lines) }

    public subscript(index: Int) -> ListLine {
        let part = partIndex(containing: index)
        switch parts[part] {
        case .built(let lines): return lines[index - starts[part]]
        case .rows(let run): return run.line(index - starts[part])
        }
    }

    public mutating func append(_ line: ListLine) { append(contentsOf: [line]) }

    public mutating func append(contentsOf lines: [ListLine]) {
        guard !lines.isEmpty else { return }
        if case .built(let last)? = parts.last {
            parts[parts.count - 1] = .built(last + lines)
        } else {
            starts.append(endIndex)
            parts.append(.built(lines))
        }
        endIndex += lines.count
    }

    public static func += (lines: inout ListLines, more: [ListLine]) { lines.append(contentsOf: more) }

    /// Appends `other`'s lines, its runs of rows still to be made.
    public mutating func append(contentsOf other: ListLines) {
        for part in other.parts {
            switch part {
            case .built(let lines): append(contentsOf: lines)
            case .rows(let run):
                starts.append(endIndex)
                parts.append(.rows(run))
                endIndex += run.count
            }
        }
    }

    public static func += (lines: inout ListLines, more: ListLines) { lines.append(contentsOf: more) }

    /// Appends `count` selectable table rows, the first showing item `firstItem` and each the next; `make` makes row
    /// `n` of them (counted from zero), once, when it is first drawn or read.
    public mutating func appendRows(count: Int, firstItem: Int, make: @escaping (Int) -> ListLine) {
        guard count > 0 else { return }
        starts.append(endIndex)
        parts.append(.rows(RowRun(count: count, firstItem: firstItem, make: make)))
        endIndex += count
    }

    /// The lines with `transform` applied to each, the rows' as they are made.
    public func mappingLines(_ transform: @escaping (ListLine) -> ListLine) -> ListLines {
        var mapped = ListLines()
        for part in parts {
            switch part {
            case .built(let lines): mapped.append(contentsOf: lines.map(transform))
            case .rows(let run): mapped.appendRows(count: run.count, firstItem: run.firstItem) { transform(run.line($0)) }
            }
        }
        return mapped
    }

    /// The line that shows item `item`, if any.
    public func lineIndex(ofItem item: Int) -> Int? {
        for (part, start) in zip(parts, starts) {
            switch part {
            case .built(let lines):
                if let index = lines.firstIndex(where: { $0.item == item }) { return start + index }
            case .rows(let run):
                if item >= run.firstItem, item < run.firstItem + run.count { return start + item - run.firstItem }
            }
        }
        return nil
    }

    /// The first and last lines that show an item, if any does.
    public var itemLines: (first: Int, last: Int)? {
        var first: Int?, last: Int?
        for (part, start) in zip(parts, starts) {
            switch part {
            case .built(let lines):
                if first == nil, let index = lines.firstIndex(where: { $0.item != nil }) { first = start + index }
                if let index = lines.lastIndex(where: { $0.item != nil }) { last = start + index }
            case .rows(let run):
                if first == nil { first = start }
                last = start + run.count - 1
            }
        }
        return first.flatMap { first in last.map { (first, $0) } }
    }

    /// How many of its columns the widest-cut table hides for want of width (told by its header line).
    public var hiddenColumns: Int {
        parts.map { part in if case .built(let lines) = part { lines.map(\.hiddenColumns).max() ?? 0 } else { 0 } }.max() ?? 0
    }

    /// How many lines are table rows or totals (the rows made on demand among them).
    public var tableLineCount: Int {
        parts.reduce(0) { sum, part in
            switch part {
            case .built(let lines): sum + lines.count { $0.role == .tableRow || $0.role == .tableTotal }
            case .rows(let run): sum + run.count
            }
        }
    }

    /// The header of the table whose rows start the window at `first`, if the window starts below that header: looking
    /// back, a run of rows is stepped over whole (a run is never a header, a heading or a blank).
    public func pinnedHeader(first: Int) -> Int? {
        guard first > 0 else { return nil }
        var index = first - 1
        while index >= 0 {
            let part = partIndex(containing: index)
            guard case .built(let lines) = parts[part] else {
                index = starts[part] - 1
                continue
            }
            let line = lines[index - starts[part]]
            if line.role == .tableHeader { return index }
            if line.runs.isEmpty || line.role == .section { return nil }
            index -= 1
        }
        return nil
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
