import S75Text

/// A column of a table: its title, how wide it must be, how it aligns, and how much it matters.
public struct Column: Hashable, Sendable {
    public var title: String
    /// The narrowest the column may be; numbers are never cut, so this is their widest form.
    public var width: Int
    public var alignment: Alignment
    /// When the screen is too narrow, columns with the lowest priority are hidden first.
    public var priority: Int
    /// Whether the column takes the width left over (names and descriptions).
    public var flexible: Bool
    /// The widest a flexible column grows, so that figures stay near their names on wide screens.
    public var maxWidth: Int

    public init(_ title: String, width: Int, alignment: Alignment = .right, priority: Int = 5, flexible: Bool = false,
                maxWidth: Int = 48) {
        self.title = title
        self.width = max(width, DisplayWidth.of(title))
        self.alignment = alignment
        self.priority = priority
        self.flexible = flexible
        self.maxWidth = max(self.width, maxWidth)
    }
}

/// One cell of a table row: text and, optionally, a role of its own (a RAG word, a negative amount).
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var role: StyleRole?

    public init(_ text: String, role: StyleRole? = nil) {
        self.text = text
        self.role = role
    }

    public init(stringLiteral value: String) { self.init(value) }
}

/// A piece of a drawn line: text in one role.
public struct TextRun: Hashable, Sendable {
    public var text: String
    public var role: StyleRole?

    public init(_ text: String, role: StyleRole? = nil) {
        self.text = text
        self.role = role
    }
}

/// Columns fitted to a width: which are shown and how wide each is.
///
/// Columns are separated by one space. When they do not fit, the lowest-priority columns are
/// hidden (whole, never cut); flexible columns share what is left.
public struct TableLayout: Hashable, Sendable {
    public let columns: [Column]
    /// The width of each column, or nil where it is hidden.
    public let widths: [Int?]

    /// How many columns are hidden for want of width; the header says so ("› 3 more columns").
    public var hiddenCount: Int { widths.filter { $0 == nil }.count }

    /// The text the header ends with when columns are hidden.
    static func hiddenNote(_ count: Int) -> String { " › \(count) more" }

    /// Lays the columns out in `width`. When some must be hidden, flexible columns give up room for the
    /// header's note that says how many, as long as no further column has to go for it.
    public init(columns: [Column], width: Int) {
        let full = TableLayout(fitting: columns, width: width)
        guard full.hiddenCount > 0 else {
            self = full
            return
        }
        let roomy = TableLayout(fitting: columns, width: width - DisplayWidth.of(Self.hiddenNote(full.hiddenCount)))
        self = roomy.hiddenCount == full.hiddenCount ? roomy : full
    }

    private init(fitting columns: [Column], width: Int) {
        self.columns = columns
        var shown = Set(columns.indices)
        func needed() -> Int {
            shown.reduce(0) { $0 + columns[$1].width } + max(0, shown.count - 1)
        }
        while needed() > width, let drop = shown.filter({ !columns[$0].flexible }).min(by: {
            (columns[$0].priority, -$0) < (columns[$1].priority, -$1)
        }), columns[drop].priority < Int.max {
            shown.remove(drop)
        }
        var widths: [Int?] = columns.indices.map { shown.contains($0) ? columns[$0].width : nil }
        var spare = max(0, width - needed())
        var growing = shown.filter { columns[$0].flexible }.sorted()
        while spare > 0, !growing.isEmpty {
            let share = max(1, spare / growing.count)
            for index in growing where spare > 0 {
                let grow = min(share, columns[index].maxWidth - (widths[index] ?? 0), spare)
                widths[index] = (widths[index] ?? 0) + grow
                spare -= grow
            }
            growing = growing.filter { (widths[$0] ?? 0) < columns[$0].maxWidth }
        }
        self.widths = widths
    }

    /// The header line of the table, ending with how many columns are hidden, if any.
    public var header: [TextRun] {
        line(columns.map { TableCell($0.title) }) + (hiddenCount > 0 ? [TextRun(Self.hiddenNote(hiddenCount), role: "dim")] : [])
    }

    /// A row of cells laid out in the columns (cells beyond the columns are ignored).
    public func line(_ cells: [TableCell]) -> [TextRun] {
        var runs: [TextRun] = []
        for (index, column) in columns.enumerated() {
            guard let width = widths[index] else { continue }
            if !runs.isEmpty { runs.append(TextRun(" ")) }
            let cell = index < cells.count ? cells[index] : TableCell("")
            runs.append(TextRun(DisplayWidth.pad(cell.text, to: width, alignment: column.alignment), role: cell.role))
        }
        return runs
    }
}
