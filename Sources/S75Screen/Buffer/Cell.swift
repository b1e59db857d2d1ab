/// One terminal cell: a character and the role it is drawn in.
///
/// A wide character occupies its cell and the next; the next holds a ``Cell/continuation``
/// so that the grid stays aligned with the terminal.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in the cell; empty for the right half of a wide character.
    public var character: String
    public var role: StyleRole

    public init(_ character: String, role: StyleRole = .normal) {
        self.character = character
        self.role = role
    }

    /// A blank cell.
    public static let blank = Cell(" ")

    /// Each ASCII character as a cell's grapheme, made once rather than for every cell of every frame.
    static let ascii: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// The right half of a wide character.
    public static func continuation(_ role: StyleRole) -> Cell { Cell("", role: role) }

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { character.isEmpty }
}
