import Glibc
import S75NCurses
import S75Screen
import Testing

/// Real ncurses on a virtual terminal with no tty: what the backend flushes is what ncurses holds.
///
/// ncurses keeps process-wide state (the current screen), so these tests run one at a time.
@Suite("Headless ncurses", .serialized)
struct HeadlessBackendTests {
    static func withBackend(term: String = "xterm-256color", noColor: Bool = false, typed: [UInt8] = [],
                            _ body: (NCursesBackend) throws -> Void) throws {
        let path = "/tmp/s75-keys-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let keys = try #require(fopen(path, "w"))
        fwrite(typed, 1, typed.count, keys)
        fclose(keys)
        defer { unlink(path) }
        let input = try #require(fopen(path, "r"))
        let output = try #require(fopen("/dev/null", "w"))
        defer {
            fclose(input)
            fclose(output)
        }
        let backend = try NCursesBackend(theme: Theme(name: "t", styles: [.tableRowSelected: ThemeStyle(attributes: .reverse)]),
                                         noColor: noColor, input: input, output: output, terminalName: term)
        defer { backend.close() }
        try body(backend)
    }

    static func frame(_ size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        buffer.write("Budget £1,234 — ok", x: 2, y: 1, role: .normal)
        buffer.write("中文 wide", x: 0, y: 2, role: .tableRowSelected)
        buffer.write("S02 +£250,000.00", x: 5, y: size.rows - 1, role: .ragRed)
        return buffer
    }

    @Test("a flushed frame reads back from ncurses cell for cell, wide characters included",
          arguments: ["xterm-256color", "tmux-256color", "screen-256color", "linux", "vt100"])
    func readBack(term: String) throws {
        try Self.withBackend(term: term) { backend in
            backend.resize(to: Size(columns: 40, rows: 6))
            #expect(backend.size == Size(columns: 40, rows: 6))
            let frame = Self.frame(backend.size)
            backend.present(frame, fullRepaint: true)
            #expect(backend.screenText() == (0..<frame.size.rows).map(frame.row))
        }
    }

    /// 👍🏽 (a skin tone) and ❤️ (VS16) take 2 cells on the screen, 𝄞 and é (a combining accent) 1: each "|" must be
    /// where the screen put it, or every cell after it would be stale until Ctrl-L.
    @Test("grapheme clusters take the cells the screen gives them in ncurses too, so nothing after them shifts")
    func clusters() throws {
        try Self.withBackend { backend in
            backend.resize(to: Size(columns: 40, rows: 3))
            var frame = ScreenBuffer(size: backend.size)
            frame.write("👍🏽|𝄞|e\u{301}|❤️|end", x: 0, y: 1, role: .normal)
            backend.present(frame, fullRepaint: true)
            for (x, expected) in [(2, "|"), (3, "𝄞"), (4, "|"), (5, "e"), (6, "|"), (9, "|"), (10, "e"), (12, "d")] as [(Int, Character)] {
                #expect(backend.character(at: Point(x: x, y: 1)) == expected, "column \(x)")
            }
            #expect(backend.character(at: Point(x: 0, y: 1)) == "👍")
        }
    }

    @Test("only changed cells are sent, and the result is still exact")
    func incremental() throws {
        try Self.withBackend { backend in
            backend.resize(to: Size(columns: 30, rows: 4))
            backend.present(Self.frame(backend.size), fullRepaint: true)
            var next = Self.frame(backend.size)
            next.write("Budget £9,999 — changed", x: 2, y: 1, role: .normal)
            backend.present(next, fullRepaint: false)
            #expect(backend.screenText() == (0..<next.size.rows).map(next.row))
        }
    }

    @Test("NO_COLOR and colourless terminals get no colours")
    func colourDepth() throws {
        try Self.withBackend(noColor: true) { #expect($0.depth == .none) }
        try Self.withBackend(term: "vt100") { #expect($0.depth == .none) }
        try Self.withBackend(term: "xterm-256color") { #expect($0.depth == .colors256) }
    }

    @Test("an unknown or missing TERM is an error in words, not an abort", arguments: ["no-such-terminal-xyz", "", "dumb"])
    func unknownTerminal(term: String) throws {
        let error = #expect(throws: TerminalError.self) { try Self.withBackend(term: term) { _ in } }
        #expect(error?.description.contains("TERM") == true)
    }

    @Test("a byte that is not UTF-8 is dropped alone and the next key acts at once; characters split into bytes decode",
          arguments: [([0xFF, 0x71], ["q"]), ([0xE9, 0x71, 0x6A], ["q", "j"]), ([0xC2, 0xA3, 0x6A], ["£", "j"]),
                      ([0xE2, 0x80, 0x94], ["—"]), ([0xF0, 0x9F, 0xA9, 0xBA, 0x71], ["🩺", "q"]), ([0xC3, 0x28, 0x71], ["(", "q"]),
                      ([0x80, 0xBF, 0x71], ["q"]), ([0xED, 0xA0, 0x80, 0x71], ["q"])])
    func badBytes(_ input: ([UInt8], [String])) throws {
        try Self.withBackend(typed: input.0) { backend in
            var keys: [String] = []
            for _ in 0..<12 {
                if case .character(let c) = backend.nextKey(timeoutMilliseconds: 0) { keys.append(String(c)) }
            }
            #expect(keys == input.1)
        }
    }

    /// A device-attributes reply, a colour reply, a bracketed paste of "12", a DCS reply, then q: the paste is one paste,
    /// q a key, and nothing of the terminal's answers is typed.
    static let replies: [UInt8] = Array("\u{1B}[?62;22c".utf8) + Array("\u{1B}]11;rgb:0000/0000/0000\u{07}".utf8)
        + Array("\u{1B}[200~12\u{1B}[201~".utf8) + Array("\u{1B}P1$r0m\u{1B}\\".utf8) + Array("q".utf8)

    @Test("terminal replies are swallowed, never typed; a bracketed paste arrives as one paste; a lone Escape is still Escape")
    func terminalReplies() throws {
        try Self.withBackend(typed: Self.replies) { backend in
            var keys: [String] = []
            for _ in 0..<40 {
                switch backend.nextKey(timeoutMilliseconds: 0) {
                case .character(let c)?: keys.append(String(c))
                case .escape?: keys.append("Esc")
                case .paste(let text)?: keys.append("paste " + text)
                default: break
                }
            }
            #expect(keys == ["paste 12", "q"])
        }
        try Self.withBackend(typed: [0x1B]) { backend in
            var keys: [KeyEvent] = []
            for _ in 0..<5 { if let key = backend.nextKey(timeoutMilliseconds: 50) { keys.append(key) } }
            #expect(keys == [.escape])
        }
    }
}
