import CNCursesW
import S75Screen

/// Resolves style roles to ncurses attributes and colour pairs, allocating pairs on first use.
final class ColorPalette {
    private let theme: Theme
    private let depth: ColorDepth
    private var cache: [StyleRole: (attr_t, Int32)] = [:]

    init(theme: Theme, depth: ColorDepth) {
        self.theme = theme
        self.depth = depth
    }

    func attributes(for role: StyleRole) -> (attr_t, Int32) {
        if let known = cache[role] { return known }
        let style = theme.resolve(role, depth: depth)
        var attributes: attr_t = 0
        if style.attributes.contains(.bold) { attributes |= s75_A_BOLD() }
        if style.attributes.contains(.underline) { attributes |= s75_A_UNDERLINE() }
        if style.attributes.contains(.reverse) { attributes |= s75_A_REVERSE() }
        if style.attributes.contains(.dim) { attributes |= s75_A_DIM() }
        if style.attributes.contains(.italic) { attributes |= s75_A_ITALIC() }
        var pair: Int32 = 0
        if depth != .none, style.foreground != .terminalDefault || style.background != .terminalDefault {
            pair = max(0, alloc_pair(number(style.foreground), number(style.background)))
        }
        cache[role] = (attributes, pair)
        return (attributes, pair)
    }

    private func number(_ color: TerminalColor) -> Int32 {
        switch color {
        case .terminalDefault: -1
        case .index(let i): Int32(i)
        }
    }
}
