import Foundation
import S75Screen
import S75Themes
import Testing

@Suite("Themes")
struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    @Test("the compiled-in themes are exactly the files in themes/", arguments: ["default", "high-contrast", "monochrome"])
    func builtinMatchesFile(name: String) throws {
        let file = try String(contentsOf: Self.themesFolder.appendingPathComponent("\(name).toml"), encoding: .utf8)
        #expect(try ThemeLibrary.load(Self.themesFolder.appendingPathComponent("\(name).toml").path)
                == ThemeLibrary.builtin(name))
        #expect(try ThemeFile.parse(file, file: name).name == name)
        #expect(ThemeLibrary.builtinNames.contains(name))
    }

    @Test("every role a screen draws is distinguishable from plain text in monochrome where it must be",
          arguments: ["default", "high-contrast", "monochrome"])
    func monochromeSelection(name: String) throws {
        let theme = try ThemeLibrary.builtin(name)
        for role in [StyleRole.tableRowSelected, .tabActive, .status, .header] {
            #expect(theme.resolve(role, depth: .none).attributes.contains(.reverse), "\(role) in \(name)")
        }
    }

    @Test("colours step down the tiers: 256 → 16 → 8 → attributes only")
    func tiers() throws {
        let theme = try ThemeLibrary.builtin("default")
        #expect(theme.resolve(.header, depth: .colors256).background == .index(24))
        #expect(theme.resolve(.header, depth: .colors16).background == .index(4))
        #expect(theme.resolve(.ragRed, depth: .colors16).foreground == .index(9))
        #expect(theme.resolve(.ragRed, depth: .colors8).foreground == .index(1))
        #expect(theme.resolve(.header, depth: .none) == ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault,
                                                                    attributes: .reverse))
        #expect(TerminalColor.index(208).reduced(to: .colors16) != .index(208))
    }

    @Test("roles fall back to their parents")
    func fallback() throws {
        let theme = try ThemeLibrary.builtin("monochrome")
        #expect(theme.style(for: "table.row.selected.extra") == theme.style(for: .tableRowSelected))
        #expect(theme.style(for: "unknown.role") == theme.style(for: .normal))
    }

    static let broken: [(String, Int, String)] = [
        ("name = \"x\"\n[roles]\n\"header\" = { fg = \"mauve\" }\n", 3, "not a colour"),
        ("name = \"x\"\n[roles]\n\"header\" = { fg = 12, shade = 3 }\n", 3, "unknown key \"shade\""),
        ("name = \"x\"\n[roles]\n\"header\" = { attrs = [\"blink\"] }\n", 3, "unknown attribute"),
        ("name = \"x\"\n[roles\n", 2, ""),
        ("[roles]\n", 1, "missing name"),
    ]

    @Test("a malformed theme names the file and the line", arguments: broken)
    func malformed(source: String, line: Int, problem: String) {
        let error = #expect(throws: ThemeError.self) { try ThemeFile.parse(source, file: "my.toml") }
        #expect(error?.file == "my.toml")
        #expect(error?.line == line)
        #expect(problem.isEmpty || error?.problem.contains(problem) == true)
        #expect(error?.description.hasPrefix("my.toml:\(line): ") == true)
    }

    @Test("an unknown theme name lists the built-in ones; a missing file says so")
    func unknown() {
        let error = #expect(throws: ThemeError.self) { try ThemeLibrary.load("neon") }
        #expect(error?.description.contains("default, high-contrast, monochrome") == true)
        let missing = #expect(throws: ThemeError.self) { try ThemeLibrary.load("/nonexistent/x.toml") }
        #expect(missing?.description.contains("cannot read") == true)
    }
}
