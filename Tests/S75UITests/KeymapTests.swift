import Foundation
import S75App
import S75Screen
import S75UI
import Testing

@Suite("Keymap")
struct KeymapTests {
    @Test("every command has a key, and arrows, Enter and Esc always work")
    func coverage() {
        let bound = Set(Keymap.standard.bindings.map(\.command))
        #expect(bound == Set(Command.allCases))
        let map = Keymap.standard
        #expect(map.command(for: .down, in: .list) == .moveDown)
        #expect(map.command(for: .enter, in: .list) == .open)
        #expect(map.command(for: .escape, in: .detail) == .back)
        #expect(map.command(for: .escape, in: .help) == .closeHelp)
        #expect(map.command(for: .character("q"), in: .list) == .quit)
        #expect(map.command(for: .character("j"), in: .help) == .pageDown, "help turns its pages")
        #expect(map.command(for: .character("e"), in: .help) == nil, "help takes every key: nothing leaks to the pane under it")
    }

    @Test("a key bound twice in one context is refused")
    func collision() {
        #expect(throws: KeymapError.duplicate(key: "q", context: "Everywhere")) {
            try Keymap([Binding(.global, [.character("q")], .quit), Binding(.global, [.character("q")], .help)])
        }
    }

    @Test("help lists every key of its context")
    func helpCoversContext() {
        for context in KeyContext.allCases {
            let rows = Keymap.standard.helpRows(in: context)
            for binding in Keymap.standard.bindings(in: context) {
                let expected = binding.command.rawValue.hasPrefix("show-") && binding.command != .showTransactions ? "Agreement … People pane" : binding.command.help
                #expect(rows.contains { row in row.help == expected && binding.keys.allSatisfy { row.keys.contains($0.label) } },
                        "\(binding.command) missing from help in \(context)")
            }
        }
    }

    @Test("docs/keys.md is generated from the keymap and up to date")
    func keysDocument() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
        let generated = Keymap.standard.markdown()
        if ProcessInfo.processInfo.environment["S75_RECORD_SNAPSHOTS"] == "1" {
            try generated.write(to: path, atomically: true, encoding: .utf8)
        }
        let current = try? String(contentsOf: path, encoding: .utf8)
        #expect(current == generated, "docs/keys.md is stale; run S75_RECORD_SNAPSHOTS=1 swift test --filter KeymapTests")
    }
}

/// Help and the key bar list exactly the keys that act where the user is.
@Suite("Keys in context")
struct KeysInContextTests {
    @Test("v and m act on the Budgets pane only; u not on Outcomes; Enter in a line's detail lists its transactions; the Agreement pane's Enter edits")
    func perPane() {
        let map = Keymap.standard
        #expect(map.command(for: .character("v"), in: .list, pane: .budgets) == .nextView)
        #expect(map.command(for: .character("v"), in: .list, pane: .providers) == nil)
        #expect(map.command(for: .character("m"), in: .list, pane: .outcomes) == nil)
        #expect(map.command(for: .character("u"), in: .list, pane: .outcomes) == nil)
        #expect(map.command(for: .enter, in: .detail, pane: .budgets) == .showTransactions)
        #expect(map.command(for: .enter, in: .detail, pane: .outcomes) == nil)
        #expect(map.command(for: .enter, in: .list, pane: .agreement) == .editInForm)
        #expect(map.command(for: .character("f"), in: .list, pane: .audit) == .filter)
        let outcomesHelp = map.helpRows(in: .list, pane: .outcomes).map(\.help)
        #expect(!outcomesHelp.contains(Command.nextView.help))
        #expect(!map.helpRows(in: .detail, pane: .budgets).map(\.help).contains(Command.open.help))
        #expect(!map.hints(in: .list, pane: .providers).contains("view"))
        #expect(map.hints(in: .list, pane: .budgets).contains("v view"))
    }
}
