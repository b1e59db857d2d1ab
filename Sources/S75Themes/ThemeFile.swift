import S75Screen
import TOMLKit

/// Reads a theme from TOML text: `name`, then a `[roles]` table mapping role names to styles.
///
/// ```toml
/// name = "projector"
/// [roles]
/// "table.row.selected" = { fg = 16, bg = 231, fg16 = "black", attrs = ["bold"], mono = ["reverse"] }
/// ```
public enum ThemeFile {
    /// Parses `source`; `file` names it in error messages.
    public static func parse(_ source: String, file: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: error.source.begin.line, problem: error.description)
        } catch {
            throw ThemeError(file: file, line: 1, problem: "not a TOML file")
        }
        let context = Context(source: source, file: file)
        if let unknown = table.keys.first(where: { !["name", "roles"].contains($0) }) {
            throw context.error(at: unknown, "unknown key \"\(unknown)\" (a theme has name = \"…\" and a [roles] table)")
        }
        guard let name = table["name"]?.string else { throw context.error(at: "name", "missing name = \"…\"") }
        guard let roles = table["roles"]?.table else { throw context.error(at: "[roles]", "missing [roles] table") }
        var styles: [StyleRole: ThemeStyle] = [:]
        let known = Set(StyleRole.all.map(\.name))
        for key in roles.keys {
            guard known.contains(key) else {
                throw context.error(at: key, "unknown role \"\(key)\"; the roles are \(StyleRole.all.map(\.name).joined(separator: ", "))")
            }
            guard let entry = roles[key]?.table else { throw context.error(at: key, "role \"\(key)\" must be a table { … }") }
            styles[StyleRole(key)] = try context.style(entry, role: key)
        }
        return Theme(name: name, styles: styles)
    }

    /// Finds keys and values in the source so that errors can name their line.
    struct Context {
        let source: String
        let file: String

        func error(at key: String, _ problem: String) -> ThemeError {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            let index = lines.firstIndex { $0.contains("\"\(key)\"") || $0.hasPrefix(key) } ?? 0
            return ThemeError(file: file, line: index + 1, problem: problem)
        }

        func style(_ entry: TOMLTable, role: String) throws(ThemeError) -> ThemeStyle {
            let known: Set<String> = ["fg", "bg", "fg16", "bg16", "attrs", "mono"]
            if let unknown = entry.keys.first(where: { !known.contains($0) }) {
                throw error(at: role, "unknown key \"\(unknown)\" in role \"\(role)\" (expected fg, bg, fg16, bg16, attrs, mono)")
            }
            return ThemeStyle(foreground: try color(entry["fg"], role), background: try color(entry["bg"], role),
                              foreground16: try color(entry["fg16"], role), background16: try color(entry["bg16"], role),
                              attributes: try attributes(entry["attrs"], role) ?? [],
                              monochrome: try attributes(entry["mono"], role))
        }

        func color(_ value: (any TOMLValueConvertible)?, _ role: String) throws(ThemeError) -> TerminalColor? {
            guard let value else { return nil }
            let text = value.int.map(String.init) ?? value.string ?? ""
            guard let color = TerminalColor(name: text) else {
                throw error(at: role, "\"\(text)\" in role \"\(role)\" is not a colour (use a name such as \"cyan\", 0–255, or \"default\")")
            }
            return color
        }

        func attributes(_ value: (any TOMLValueConvertible)?, _ role: String) throws(ThemeError) -> TextAttributes? {
            guard let value else { return nil }
            guard let array = value.array else { throw error(at: role, "attributes of \"\(role)\" must be a list [\"bold\", …]") }
            var result: TextAttributes = []
            for item in array {
                guard let name = item.string, let attribute = TextAttributes.names.first(where: { $0.0 == name })?.1 else {
                    throw error(at: role, "unknown attribute in role \"\(role)\" (use bold, underline, reverse, dim, italic)")
                }
                result.insert(attribute)
            }
            return result
        }
    }
}

/// A theme file that cannot be used: which file, which line, and what is wrong.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let problem: String

    public init(file: String, line: Int, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }
}
