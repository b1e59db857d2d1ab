import Glibc
import S75NCurses
import S75Screen
import Testing

/// Real ncurses on a virtual terminal with no tty: what the backend flushes is what ncurses holds.
///
/// ncurses keeps process-wide state (the current screen), so these tests run one at a time.
@Suite("Headless ncurses", .serialized)
struct HeadlessBackendTests {
    static func withBackend(term: String = "xterm-256color", noColor: Bool = false, _ body: (NCursesBackend) throws -> Void) throws {
        let input = try #require(fopen("/dev/null", "r"))
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
}
