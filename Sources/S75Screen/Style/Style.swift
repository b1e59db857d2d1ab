/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let underline = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// The attribute names a theme may use.
    public static let names: [(String, TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim), ("italic", .italic),
    ]
}

/// How one role looks at every colour depth: colours with fallbacks, plus the attributes
/// to use on a terminal without colour.
public struct ThemeStyle: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    /// Explicit colours for 16- and 8-colour terminals; when nil the nearest colour is used.
    public var foreground16: TerminalColor?
    public var background16: TerminalColor?
    public var attributes: TextAttributes
    /// The attributes used when colour is off (monochrome terminals, `NO_COLOR`); nil means `attributes`.
    public var monochrome: TextAttributes?

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil,
                foreground16: TerminalColor? = nil, background16: TerminalColor? = nil,
                attributes: TextAttributes = [], monochrome: TextAttributes? = nil) {
        self.foreground = foreground
        self.background = background
        self.foreground16 = foreground16
        self.background16 = background16
        self.attributes = attributes
        self.monochrome = monochrome
    }
}

/// What a terminal is finally told to draw: two colours and attributes.
public struct ResolvedStyle: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(foreground: TerminalColor, background: TerminalColor, attributes: TextAttributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
