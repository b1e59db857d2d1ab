/// Maps style roles to how they look.
///
/// Lookup falls back from the specific to the general (`table.row.selected` →
/// `table.row` → `table` → `default`), so a theme need only name what it changes.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [StyleRole: ThemeStyle]

    public init(name: String, styles: [StyleRole: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`, from the most specific role the theme defines.
    public func style(for role: StyleRole) -> ThemeStyle {
        var current: StyleRole? = role
        while let candidate = current {
            if let style = styles[candidate] { return style }
            current = candidate.parent
        }
        return ThemeStyle()
    }

    /// What `role` looks like on a terminal with `depth` colours.
    public func resolve(_ role: StyleRole, depth: ColorDepth) -> ResolvedStyle {
        let style = style(for: role)
        guard depth != .none else {
            return ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault,
                                 attributes: style.monochrome ?? style.attributes)
        }
        let narrow = depth < .colors256
        let fg = (narrow ? style.foreground16 ?? style.foreground : style.foreground) ?? .terminalDefault
        let bg = (narrow ? style.background16 ?? style.background : style.background) ?? .terminalDefault
        return ResolvedStyle(foreground: fg.reduced(to: depth), background: bg.reduced(to: depth),
                             attributes: style.attributes)
    }
}
