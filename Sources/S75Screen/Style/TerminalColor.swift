/// A colour a theme asks for: the terminal's own default, or an index into the xterm palette
/// (0–7 the basic colours, 8–15 their bright forms, 16–255 the colour cube and greys).
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case index(Int)

    /// The sixteen names a theme may use, in palette order.
    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
                               "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
                               "bright-magenta", "bright-cyan", "bright-white"]

    /// Parses "default", a colour name, or a palette index "0"…"255".
    public init?(name: String) {
        if name == "default" { self = .terminalDefault; return }
        if let i = TerminalColor.names.firstIndex(of: name) { self = .index(i); return }
        if let i = Int(name), (0...255).contains(i) { self = .index(i); return }
        return nil
    }

    /// The nearest colour a terminal with `depth` can show.
    public func reduced(to depth: ColorDepth) -> TerminalColor {
        guard case .index(let i) = self else { return self }
        switch depth {
        case .colors256: return self
        case .colors16: return .index(i < 16 ? i : TerminalColor.nearestBasic(to: i, count: 16))
        case .colors8: return .index(i < 8 ? i : i < 16 ? i - 8 : TerminalColor.nearestBasic(to: i, count: 8))
        case .none: return .terminalDefault
        }
    }

    /// The red, green and blue of palette entry `index`, as xterm draws it.
    static func rgb(_ index: Int) -> (Int, Int, Int) {
        let basic = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
                     (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
                     (255, 0, 255), (0, 255, 255), (255, 255, 255)]
        if index < 16 { return basic[index] }
        if index >= 232 { let g = 8 + (index - 232) * 10; return (g, g, g) }
        let cube = index - 16, steps = [0, 95, 135, 175, 215, 255]
        return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
    }

    /// The basic colour (of the first `count`) closest to palette entry `index`.
    static func nearestBasic(to index: Int, count: Int) -> Int {
        let (r, g, b) = rgb(index)
        return (0..<count).min { a, c in
            let (ar, ag, ab) = rgb(a), (cr, cg, cb) = rgb(c)
            let da = (ar - r) * (ar - r) + (ag - g) * (ag - g) + (ab - b) * (ab - b)
            let dc = (cr - r) * (cr - r) + (cg - g) * (cg - g) + (cb - b) * (cb - b)
            return da < dc
        } ?? 7
    }
}

/// How many colours a terminal can show.
public enum ColorDepth: Hashable, Sendable, Comparable {
    case none, colors8, colors16, colors256

    /// The depth of a terminal that reports `colors` colours.
    public init(colors: Int) {
        switch colors {
        case 256...: self = .colors256
        case 16...: self = .colors16
        case 8...: self = .colors8
        default: self = .none
        }
    }
}
