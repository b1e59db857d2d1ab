/// One thing open on the screen. `AppState` keeps them as a stack, innermost last: the key context is taken from the
/// top, and Esc closes the top one and returns to what is under it.
public enum Mode: Hashable, Sendable {
    /// What the content area shows: a pane's table, a summary, a detail, the grid, a form, the walk. The bottom of the
    /// stack is always a pane's table.
    case view(ContentView)
    /// The Spend table's selected transaction, shown whole below it.
    case wholeTransaction
    /// A question awaiting its answer: y goes ahead, any other key keeps things as they are.
    case confirm(PendingConfirmation)
    /// The search line, with what has been typed into it.
    case search(draft: String)
    /// The `:` command line.
    case prompt(Prompt)
    /// The key help, at a page, drawn over whatever is under it.
    case help(page: Int)

    /// The content view this mode shows, if it is one (not a line or overlay over one).
    var contentView: ContentView? {
        if case .view(let view) = self { return view }
        return nil
    }
}

/// The stack of modes: what is open, innermost last. Never empty, and its bottom is always a pane's table.
public struct ModeStack: Hashable, Sendable {
    /// The modes, outermost first.
    public private(set) var modes: [Mode] = [.view(.table(.budgets))]

    /// The innermost mode: what the next key is read in.
    public var top: Mode { modes[modes.count - 1] }

    /// Only the Budgets pane's table, as a session opens.
    public init() {}

    /// What the content area shows: the innermost content view, whatever lines or overlays are over it.
    public var view: ContentView {
        get { modes.last { $0.contentView != nil }?.contentView ?? .table(.budgets) }
        set {
            guard let index = modes.lastIndex(where: { $0.contentView != nil }) else { return }
            modes[index] = .view(newValue)
        }
    }

    /// Whether `mode` is open anywhere on the stack.
    public func contains(_ mode: Mode) -> Bool { modes.contains(mode) }

    /// Only `pane`'s table: everything else is closed.
    public mutating func show(_ pane: Pane) { modes = [.view(.table(pane))] }

    /// Opens `view` over the current one, closing any line or overlay on top.
    public mutating func open(_ view: ContentView) {
        closeOverlays()
        modes.append(.view(view))
    }

    /// Closes the innermost view (and anything over it), back to the one under it; the bottom table stays.
    public mutating func closeView() {
        closeOverlays()
        if modes.count > 1 { modes.removeLast() }
    }

    /// Closes everything over the innermost view that `matches`, if one is open; false if none is.
    public mutating func returnToView(where matches: (ContentView) -> Bool) -> Bool {
        guard let index = modes.lastIndex(where: { $0.contentView.map(matches) ?? false }) else { return false }
        modes.removeSubrange((index + 1)...)
        return true
    }

    /// Opens a line or overlay (help, the command line, the search line, a question) over everything.
    public mutating func push(_ mode: Mode) { modes.append(mode) }

    /// Closes the innermost mode if it is a line or overlay.
    public mutating func closeOverlay() {
        if top.contentView == nil { modes.removeLast() }
    }

    /// Replaces the innermost mode, a line or overlay, with `mode` (a help page turned, a character typed).
    public mutating func replaceOverlay(with mode: Mode) {
        guard top.contentView == nil else { return }
        modes[modes.count - 1] = mode
    }

    private mutating func closeOverlays() {
        while top.contentView == nil { modes.removeLast() }
    }
}
