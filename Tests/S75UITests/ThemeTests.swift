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
          arguments: ThemeLibrary.builtinNames)
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

/// Every theme file in themes/: it loads, it is the compiled-in theme of its name, and its text is legible.
@Suite("Theme files")
struct ThemeFileTests {
    static var files: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: ThemeTests.themesFolder.path))?.filter { $0.hasSuffix(".toml") }.sorted() ?? []
    }

    /// The sRGB colour of a 256-colour palette index (xterm's).
    static func rgb(_ index: Int) -> (Double, Double, Double) {
        let basic: [(Double, Double, Double)] = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
                                                 (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
                                                 (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
        if index < 16 { return basic[index] }
        if index >= 232 { let level = Double(8 + (index - 232) * 10); return (level, level, level) }
        let steps: [Double] = [0, 95, 135, 175, 215, 255]
        let i = index - 16
        return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
    }

    static func luminance(_ index: Int) -> Double {
        let (r, g, b) = rgb(index)
        func linear(_ c: Double) -> Double { let s = c / 255; return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// WCAG contrast ratio of two palette colours.
    static func contrast(_ a: Int, _ b: Int) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    @Test("every file in themes/ loads, is the compiled-in theme of its name, and is listed", arguments: files)
    func loads(file: String) throws {
        let path = ThemeTests.themesFolder.appendingPathComponent(file).path
        let theme = try ThemeLibrary.load(path)
        #expect(try theme == ThemeLibrary.builtin(theme.name))
        #expect(file == theme.name + ".toml")
    }

    @Test("the text of every role is at least 4.5:1 against its background on a 256-colour terminal (a terminal's own background is taken as black, its own text as white)", arguments: files)
    func contrast(file: String) throws {
        let theme = try ThemeLibrary.load(ThemeTests.themesFolder.appendingPathComponent(file).path)
        for role in StyleRole.all {
            let style = theme.resolve(role, depth: .colors256)
            var text = style.foreground, background = style.background
            if style.attributes.contains(.reverse) { swap(&text, &background) }
            let fg: Int = if case .index(let i) = text { i } else { style.attributes.contains(.reverse) ? 0 : 15 }
            let bg: Int = if case .index(let i) = background { i } else { style.attributes.contains(.reverse) ? 15 : 0 }
            let ratio = Self.contrast(fg, bg)
            #expect(ratio >= 4.5, "\(file): \(role) is \(String(format: "%.1f", ratio)):1")
        }
    }

    @Test("a misspelt role, an unknown key or an unknown top-level key is an error naming the file, the line and the name")
    func strict() {
        let misspelt = "name = \"t\"\n[roles]\n\"rag.gren\" = { fg = 2 }\n"
        #expect(throws: ThemeError.self) { try ThemeFile.parse(misspelt, file: "my.toml") }
        #expect((try? ThemeFile.parse(misspelt, file: "my.toml")) == nil)
        do { _ = try ThemeFile.parse(misspelt, file: "my.toml") } catch {
            #expect(error.description.hasPrefix("my.toml:3: unknown role \"rag.gren\""))
        }
        do { _ = try ThemeFile.parse("name = \"t\"\ncolour = 3\n[roles]\n", file: "my.toml") } catch {
            #expect(error.description == "my.toml:2: unknown key \"colour\" (a theme has name = \"…\" and a [roles] table)")
        }
        do { _ = try ThemeFile.parse("name = \"t\"\n[roles]\n\"header\" = { colour = 3 }\n", file: "my.toml") } catch {
            #expect(error.description.hasPrefix("my.toml:3: unknown key \"colour\" in role \"header\""))
        }
    }
}
