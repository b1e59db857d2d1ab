/// A key the user pressed, or a terminal event, decoded from whatever the terminal sent.
public enum KeyEvent: Hashable, Sendable {
    case character(Character)
    /// A control key, e.g. Ctrl-L is `.control("l")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    case function(Int)
    /// The terminal changed size.
    case resize
    /// Keyboard input ended (the terminal went away).
    case endOfInput
    /// Text the terminal marked as pasted (bracketed paste): it goes into a field as text, never run as keys.
    case paste(String)

    /// How the key is written in help and docs ("Enter", "Ctrl-L", "PgDn", "q").
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "BkSp"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .delete: "Delete"
        case .function(let n): "F\(n)"
        case .resize: "(resize)"
        case .endOfInput: "(end of input)"
        case .paste: "(paste)"
        }
    }
}
