import Foundation
import S75Screen

/// Finds a theme by name (one of the built-in ones) or by path (a TOML file of the user's).
public enum ThemeLibrary {
    /// The names of the built-in themes.
    public static var builtinNames: [String] { BuiltinThemes.sources.map(\.name) }

    /// The built-in theme called `name`.
    public static func builtin(_ name: String) throws(ThemeError) -> Theme {
        guard let entry = BuiltinThemes.sources.first(where: { $0.name == name }) else {
            throw ThemeError(file: name, line: 0,
                             problem: "no such theme; the built-in themes are \(builtinNames.joined(separator: ", ")), or give a path to a .toml file")
        }
        return try ThemeFile.parse(entry.source, file: "themes/\(name).toml")
    }

    /// The theme `nameOrPath` names: a built-in name, or a path to a theme file (anything with "/" or ending ".toml").
    public static func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") else { return try builtin(nameOrPath) }
        let source: String
        do {
            source = try String(contentsOfFile: nameOrPath, encoding: .utf8)
        } catch {
            throw ThemeError(file: nameOrPath, line: 0, problem: "cannot read the theme file (missing, unreadable or not UTF-8)")
        }
        return try ThemeFile.parse(source, file: nameOrPath)
    }
}
