/// One line of a scrolling list: runs of text, the role of the line, and whether it can be selected.
public struct ListLine: Hashable, Sendable {
    public var runs: [TextRun]
    public var role: StyleRole
    /// The selectable item this line shows, counted from zero; nil for headings, totals and blanks.
    public var item: Int?
    /// On a table's header line: how many of its columns are hidden for want of width.
    public var hiddenColumns = 0

    public init(_ runs: [TextRun], role: StyleRole = .tableRow, item: Int? = nil) {
        self.runs = runs
        self.role = role
        self.item = item
    }

    /// A line of plain text.
    public init(text: String, role: StyleRole = .normal) {
        self.init([TextRun(text)], role: role)
    }

    /// An empty line.
    public static let blank = ListLine([], role: .normal)
}

/// Draws a window of lines into a rectangle, keeping the selected item in view and marking it.
///
/// Given the first line the last frame showed, the window stays where it was while the selection is
/// inside it and moves only as far as it must when the selection leaves it (as in less, tig or htop):
/// a row move then redraws two rows, not the whole list. Without one, the selected line is put in the
/// middle of the window once the list is longer than the window.
public enum ListView {
    /// The first line shown when `selectedLine` must be visible in `height` rows of `count` lines, starting
    /// from `previous` (the last frame's first line) when there is one.
    public static func offset(selectedLine: Int?, count: Int, height: Int, previous: Int? = nil) -> Int {
        guard let selected = selectedLine, count > height, height > 0 else { return 0 }
        guard var first = previous else { return min(max(0, selected - height / 2), count - height) }
        // past the first line, a pinned header takes the top row
        if selected < first + (first > 0 ? 1 : 0) { first = max(0, selected - 1) }
        if selected > first + height - 1 { first = selected - height + 1 }
        return min(max(0, first), count - height)
    }

    /// `text` cut into pieces that do and do not match `highlight` (case ignored).
    static func pieces(of text: String, highlighting highlight: String?) -> [(String, Bool)] {
        guard let highlight, !highlight.isEmpty else { return [(text, false)] }
        let characters = Array(text), lowered = characters.map { $0.lowercased() }
        let wanted = highlight.map { $0.lowercased() }
        var pieces: [(String, Bool)] = []
        var plain = "", index = 0
        while index < characters.count {
            if index + wanted.count <= characters.count, Array(lowered[index..<index + wanted.count]) == wanted {
                if !plain.isEmpty { pieces.append((plain, false)) }
                plain = ""
                pieces.append((String(characters[index..<index + wanted.count]), true))
                index += wanted.count
            } else {
                plain.append(characters[index])
                index += 1
            }
        }
        if !plain.isEmpty { pieces.append((plain, false)) }
        return pieces
    }

    /// Draws `lines` into `rect` with item `selected` marked, and rests the cursor on it.
    ///
    /// The selected line has a "▸" marker in the first column and its first cell (its name or key) in
    /// `table.row.selected`, so the selection shows without colour as well as with it; the rest of the line is drawn as
    /// it always is, so a row move rewrites two short marks rather than two whole rows (docs/decisions.md, 38). A run in
    /// `cell.active` (the cell being edited) keeps its own role there, and the cursor rests on it.
    ///
    /// Without a selection the window starts `scroll` lines down (kept inside the list). Returns the first line shown,
    /// for the next frame's `previousFirst`.
    @discardableResult
    public static func draw(_ lines: ListLines, selected: Int?, scroll: Int = 0, previousFirst: Int? = nil, highlight: String? = nil,
                            in rect: Rect, into buffer: inout ScreenBuffer) -> Int {
        let selectedLine = selected.flatMap { lines.lineIndex(ofItem: $0) }
        // on the first or last row, the window shows the list's top or bottom too (its heading, its totals and notes)
        let items = lines.itemLines
        let edge: Int? = selectedLine.flatMap { line in
            line == items?.first ? 0 : line == items?.last ? max(0, lines.count - rect.height) : nil
        }
        let first = selectedLine == nil ? min(max(0, scroll), max(0, lines.count - rect.height))
            : offset(selectedLine: selectedLine, count: lines.count, height: rect.height, previous: edge ?? previousFirst)
        // A table scrolled past its header keeps the header on the top row (the line under it gives way,
        // unless that is the selected row; then the bottom line does).
        let pinned = lines.pinnedHeader(first: first)
        let shown: [Int] = {
            let window = Array(first..<min(lines.count, first + rect.height))
            guard let pinned, rect.height > 1 else { return window }
            let rest = selectedLine == first ? Array(window.dropLast()) : Array(window.dropFirst())
            return [pinned] + rest
        }()
        for (row, index) in shown.enumerated() {
            let y = rect.y + row
            guard index < lines.count else { break }
            let line = lines[index]
            let isSelected = index == selectedLine
            buffer.fill(rect.row(row), role: line.role)
            buffer.write(isSelected ? "▸ " : "  ", x: rect.x, y: y, role: isSelected ? .tableRowSelected : line.role)
            var x = rect.x + 2
            var cursorX = rect.x
            let key = isSelected ? line.runs.firstIndex { $0.text.contains { $0 != " " } } : nil
            for (runIndex, run) in line.runs.enumerated() {
                let isActiveCell = isSelected && run.role == .cellActive
                if isActiveCell { cursorX = x }
                let role = isActiveCell ? .cellActive : runIndex == key ? .tableRowSelected : run.role ?? line.role
                for (piece, matched) in pieces(of: run.text, highlighting: highlight) {
                    x = buffer.write(piece, x: x, y: y, role: matched ? .searchMatch : role, maxWidth: rect.x + rect.width - x)
                }
            }
            if isSelected { buffer.cursor = Point(x: cursorX, y: y) }
        }
        if selectedLine == nil, first + rect.height < lines.count, rect.height > 0 {
            let hidden = lines.count - first - rect.height + 1
            buffer.fill(rect.row(rect.height - 1), role: .dim)
            buffer.write("  ↓ \(hidden) more line\(hidden == 1 ? "" : "s") below (PgDn)",
                         x: rect.x, y: rect.y + rect.height - 1, role: .dim, maxWidth: rect.width)
        }
        return first
    }
}
