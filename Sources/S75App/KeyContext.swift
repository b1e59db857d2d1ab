/// Where the user is, for the purpose of choosing what a key means.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    /// Anywhere, unless a more specific context binds the key.
    case global
    /// A pane's list of rows.
    case list
    /// A detail view opened from a row.
    case detail
    /// The help overlay, which takes every key.
    case help
    /// The monthly grid, where printable keys are typed into the cell.
    case grid
    /// A form, where printable keys are typed into the field.
    case form
    /// A question awaiting its answer (y or another key).
    case confirm
    /// The search line, where printable keys are typed into the search.
    case search
    /// The board's walk.
    case walk
    /// The `:` command line, where printable keys are typed.
    case prompt

    /// Whether printable keys that no binding of this context claims are typed, rather than looked up everywhere.
    public var takesTyping: Bool { self == .grid || self == .form || self == .confirm || self == .search || self == .prompt }
}

extension AppState {
    /// The context the next key is read in: the innermost mode's.
    public var keyContext: KeyContext {
        switch modes.top {
        case .help: .help
        case .prompt: .prompt
        case .search: .search
        case .confirm: .confirm
        case .wholeTransaction: .list
        case .view(.form): .form
        case .view(.walk): .walk
        case .view(.detail): .detail
        case .view(.grid): .grid
        case .view: .list
        }
    }
}
