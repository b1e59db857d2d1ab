import S75Domain

/// The region's first screen, as one value: every agreement the account may see side by side (a `Portfolio`), one of
/// them selected to open, and what the status line says. The loop that shows it opens the agreement chosen and comes back
/// here when that agreement's screen is left.
public struct PortfolioBrowser: Hashable, Sendable {
    /// What the loop is asked to do after a command.
    public enum Outcome: Hashable, Sendable {
        case stay
        /// Open the agreement of this identifier on the same terminal.
        case open(String)
        case redraw
        case quit
    }

    public private(set) var portfolio: Portfolio
    /// The server, as the user gave its address.
    public var server: String
    /// The account the server knows this session as.
    public var user: String
    /// The selected agreement's row.
    public private(set) var selected = 0
    public var displayUnit = DisplayUnit.thousands
    public var message: UserMessage?

    public init(portfolio: Portfolio, server: String, user: String) {
        self.portfolio = portfolio
        self.server = server
        self.user = user
        if portfolio.rows.isEmpty {
            message = .error("You may see no agreement on this server. The pooled fund manager adds you to one "
                             + "(s75 people URL add ACCOUNT), or s75 move FILE URL brings one in.")
        }
    }

    /// The selected agreement's identifier, if there is one.
    public var selectedID: String? { portfolio.rows.indices.contains(selected) ? portfolio.rows[selected].id : nil }

    /// Shows `portfolio` in place of the one shown, the same agreement staying selected where it still is.
    public mutating func show(_ portfolio: Portfolio) {
        let id = selectedID
        self.portfolio = portfolio
        selected = portfolio.rows.firstIndex { $0.id == id } ?? min(selected, max(0, portfolio.rows.count - 1))
    }

    /// Does `command`, a page being `pageSize` rows.
    public mutating func perform(_ command: Command, pageSize: Int) -> Outcome {
        let last = max(0, portfolio.rows.count - 1)
        message = nil
        switch command {
        case .moveDown: selected = min(last, selected + 1)
        case .moveUp: selected = max(0, selected - 1)
        case .pageDown: selected = min(last, selected + max(1, pageSize))
        case .pageUp: selected = max(0, selected - max(1, pageSize))
        case .moveToFirst: selected = 0
        case .moveToLast: selected = last
        case .toggleUnit: displayUnit = displayUnit.toggled
        case .redraw: return .redraw
        case .quit: return .quit
        case .open:
            guard let id = selectedID else {
                message = .error("There is no agreement here to open.")
                return .stay
            }
            return .open(id)
        default:
            message = .error("\(command.help) is not here: ↑ ↓ choose an agreement, Enter opens it, q quits.")
        }
        return .stay
    }
}
