/// A semantic name for how something looks, resolved to colours by a ``Theme``.
///
/// Roles are dotted and hierarchical: a theme that says nothing about `table.row.selected`
/// falls back to `table.row`, then `table`, then the theme's `default`. Draw code names
/// roles, never colours.
public struct StyleRole: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The dotted name, e.g. "table.row.selected".
    public let name: String

    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }

    public var description: String { name }

    /// The next more general role, or nil for the top of the hierarchy.
    public var parent: StyleRole? {
        guard let dot = name.lastIndex(of: ".") else { return name == "default" ? nil : "default" }
        return StyleRole(String(name[..<dot]))
    }

    public static func < (lhs: StyleRole, rhs: StyleRole) -> Bool { lhs.name < rhs.name }

    public static let normal: StyleRole = "default"
    public static let header: StyleRole = "header"
    public static let headerTitle: StyleRole = "header.title"
    public static let tab: StyleRole = "tab"
    public static let tabActive: StyleRole = "tab.active"
    public static let paneTitle: StyleRole = "pane.title"
    public static let paneBorder: StyleRole = "pane.border"
    public static let section: StyleRole = "section"
    public static let tableHeader: StyleRole = "table.header"
    public static let tableRow: StyleRole = "table.row"
    public static let tableRowSelected: StyleRole = "table.row.selected"
    public static let tableTotal: StyleRole = "table.total"
    public static let label: StyleRole = "label"
    public static let moneyNegative: StyleRole = "money.negative"
    public static let ragRed: StyleRole = "rag.red"
    public static let ragAmber: StyleRole = "rag.amber"
    public static let ragGreen: StyleRole = "rag.green"
    /// A significant underspend: a risk of its own, never drawn as Red or Green.
    public static let ragUnder: StyleRole = "rag.under"
    /// Figures that are not known (no return) or not rated.
    public static let ragMissing: StyleRole = "rag.missing"
    /// Text that matches the search.
    public static let searchMatch: StyleRole = "search.match"
    /// The cell of a grid that keys go to.
    public static let cellActive: StyleRole = "cell.active"
    public static let status: StyleRole = "status"
    public static let statusMessage: StyleRole = "status.message"
    public static let statusError: StyleRole = "status.error"
    public static let keyHint: StyleRole = "status.keys"
    public static let helpKey: StyleRole = "help.key"
    public static let help: StyleRole = "help"
    public static let dim: StyleRole = "dim"

    /// Every role that draw code uses, for theme validation and documentation.
    public static let all: [StyleRole] = [
        normal, header, headerTitle, tab, tabActive, paneTitle, paneBorder, section, tableHeader, tableRow,
        tableRowSelected, tableTotal, label, moneyNegative, ragRed, ragAmber, ragGreen, ragUnder, ragMissing, cellActive, searchMatch, status, statusMessage,
        statusError, keyHint, helpKey, help, dim,
    ]
}
