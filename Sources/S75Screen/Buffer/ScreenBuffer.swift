import S75Text

/// A grid of cells that a whole frame is drawn into before anything reaches the terminal.
///
/// Render functions write into a fresh buffer; the backend compares it with the last one it
/// flushed and sends only the changed cells. Tests read the buffer as text.
///
/// The buffer also carries where the hardware cursor should rest (on the focused row) so
/// that screen readers and braille displays follow the focus.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should rest after the frame is flushed.
    public var cursor: Point?

    /// A buffer of blank cells.
    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.columns * size.rows)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: size.columns, height: size.rows) }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.columns + x] }
        set { cells[y * size.columns + x] = newValue }
    }

    /// Fills `rect` with blanks drawn in `role`.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        for y in max(0, rect.y)..<min(size.rows, rect.y + rect.height) {
            for x in max(0, rect.x)..<min(size.columns, rect.x + rect.width) {
                self[x, y] = Cell(" ", role: role)
            }
        }
    }

    /// Writes `text` from (`x`, `y`) in `role`, clipped to `maxWidth` cells and to the buffer.
    ///
    /// Control characters are replaced by "?", so nothing written can move the terminal's cursor.
    /// - Returns: the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.rows else { return x }
        let limit = min(size.columns, x + (maxWidth ?? size.columns))
        var column = x
        if DisplayWidth.isPrintableASCII(text) {  // most of every frame: a cell a byte, no width tables
            for byte in text.utf8 {
                if column + 1 > limit { break }
                if column >= 0 { self[column, y] = Cell(Cell.ascii[Int(byte)], role: role) }
                column += 1
            }
            return column
        }
        for character in text {
            var grapheme = String(character)
            var width = DisplayWidth.of(character)
            if character.unicodeScalars.allSatisfy({ $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
                grapheme = "?"
                width = 1
            }
            if width == 0 { continue }
            if column + width > limit { break }
            if column >= 0 {
                self[column, y] = Cell(grapheme, role: role)
                if width == 2 { self[column + 1, y] = .continuation(role) }
            }
            column += width
        }
        return column
    }

    /// Writes `text` into `rect`'s first row, padded or cut to its width.
    public mutating func write(_ text: String, in rect: Rect, role: StyleRole, alignment: Alignment = .left) {
        write(DisplayWidth.pad(text, to: rect.width, alignment: alignment), x: rect.x, y: rect.y, role: role,
              maxWidth: rect.width)
    }

    /// Changes the role of every cell in `rect`, keeping the characters.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        for y in max(0, rect.y)..<min(size.rows, rect.y + rect.height) {
            for x in max(0, rect.x)..<min(size.columns, rect.x + rect.width) {
                self[x, y].role = role
            }
        }
    }
}
