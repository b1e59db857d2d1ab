import CNCursesW
import Glibc
import S75Screen
import S75Text

/// A real terminal through ncursesw: the only code in s75 that calls ncurses.
///
/// Opens the terminal with `newterm` (so an unknown `TERM` is an error we can word, not an
/// abort), sets a UTF-8 locale, raw mode and a short Esc delay, and installs handlers that
/// restore the terminal on termination signals and crashes. Frames are flushed as cell
/// differences with one `doupdate`.
///
/// - Warning: ncurses is not thread-safe. Use one backend from one thread, and close it before exit.
public final class NCursesBackend: TerminalBackend {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var palette: ColorPalette
    private var lastFrame: ScreenBuffer?
    private var closed = false
    private var idleErrors = 0

    /// How many colours the terminal shows (none when `NO_COLOR` is set or colour is unsupported).
    public let depth: ColorDepth

    /// Opens the terminal. `input` and `output` default to the process's standard streams.
    ///
    /// - Throws: ``TerminalError`` when there is no terminal or `TERM` is unknown; the terminal is untouched then.
    public init(theme: Theme, noColor: Bool, showCursor: Bool = false,
                input: UnsafeMutablePointer<FILE>? = nil, output: UnsafeMutablePointer<FILE>? = nil,
                terminalName: String? = nil) throws(TerminalError) {
        Locale.ensureUTF8()
        let headless = input != nil
        if !headless {
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        }
        let name = terminalName ?? getenv("TERM").map { String(cString: $0) } ?? ""
        guard !name.isEmpty, name != "dumb" else { throw TerminalError.unknownTerminal(name) }
        if getenv("ESCDELAY") == nil { setenv("ESCDELAY", "25", 0) }
        if !headless { s75_unblock_signals() }
        guard let screen = newterm(name, output ?? s75_stdout(), input ?? s75_stdin()) else { throw TerminalError.unknownTerminal(name) }
        self.screen = screen
        _ = set_term(screen)
        window = s75_stdscr()
        if !headless {
            s75_install_restore_handlers()
            Self.bracketedPaste(on: true)
        }
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = meta(window, true)
        _ = curs_set(showCursor ? 1 : 0)
        var colours = 0
        if !noColor, has_colors() {
            _ = start_color()
            _ = use_default_colors()
            colours = Int(s75_colors())
        }
        depth = ColorDepth(colors: colours)
        palette = ColorPalette(theme: theme, depth: depth)
    }

    deinit { close() }

    /// Runs `hook` when a signal ends the process (a hang-up, SIGTERM), before the terminal is restored.
    public static func beforeSignalExit(_ hook: @convention(c) () -> Void) { s75_set_before_signal_exit(hook) }

    /// Asks the terminal to mark pastes (ESC [ 200 ~ … ESC [ 201 ~), so that a paste is one paste, never keys; or stops.
    private static func bracketedPaste(on: Bool) {
        fputs(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l", s75_stdout())
        fflush(s75_stdout())
    }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard !closed else { return }
        closed = true
        if isatty(STDOUT_FILENO) == 1 { Self.bracketedPaste(on: false) }
        _ = endwin()
        delscreen(screen)
    }

    public var size: Size { Size(columns: Int(getmaxx(window)), rows: Int(getmaxy(window))) }

    public func present(_ frame: ScreenBuffer, fullRepaint: Bool) {
        if fullRepaint || lastFrame?.size != frame.size {
            _ = clearok(window, true)
            lastFrame = nil
        }
        // changed cells go to ncurses a run at a time: neighbours on a row in one role, one call and one style each
        var run: (y: Int32, x: Int32, next: Int, role: StyleRole)?
        var wide: [wchar_t] = []
        wide.reserveCapacity(frame.size.columns * 2)
        func flush() {
            guard let current = run, !wide.isEmpty else { return }
            let (attributes, pair) = palette.attributes(for: current.role)
            _ = s75_put_run(window, current.y, current.x, wide, Int32(wide.count), attributes, pair)
            wide.removeAll(keepingCapacity: true)
        }
        for change in frame.changes(since: lastFrame) {
            let (point, cell) = change
            if let current = run, current.y == Int32(point.y), current.next == point.x, current.role == cell.role || cell.isContinuation {
                run?.next = point.x + 1
            } else {
                flush()
                run = cell.isContinuation ? nil : (Int32(point.y), Int32(point.x), point.x + 1, cell.role)  // a half is drawn with its left
            }
            Self.append(cell.character, width: cell.isContinuation ? 0 : DisplayWidth.of(cell.character), to: &wide)
        }
        flush()
        if let cursor = frame.cursor { _ = wmove(window, Int32(cursor.y), Int32(cursor.x)) }
        _ = wnoutrefresh(window)
        _ = doupdate()
        lastFrame = frame
    }

    /// The wide characters that draw `character` in exactly `width` cells, as ncurses places them: its first scalar and
    /// the marks ncurses joins to it (those of no width), then spaces where the terminal's width for it is less than
    /// the screen's (a heart with VS16), or "?" where it is more. A skin tone or a zero-width-joined emoji after the
    /// first, which ncurses would put in cells of their own and so push the rest of the row along, is left out.
    static func append(_ character: String, width: Int, to wide: inout [wchar_t]) {
        guard width > 0, let first = character.unicodeScalars.first else { return }
        let drawn = Int(s75_wcwidth(wchar_t(bitPattern: first.value)))
        guard drawn >= 1, drawn <= width else {
            wide.append(wchar_t(63))  // "?"
            for _ in 1..<max(1, width) { wide.append(wchar_t(32)) }
            return
        }
        wide.append(wchar_t(bitPattern: first.value))
        for scalar in character.unicodeScalars.dropFirst() where s75_wcwidth(wchar_t(bitPattern: scalar.value)) == 0 {
            wide.append(wchar_t(bitPattern: scalar.value))
        }
        for _ in drawn..<width { wide.append(wchar_t(32)) }
    }

    public func apply(_ theme: Theme) {
        palette = ColorPalette(theme: theme, depth: depth)
        lastFrame = nil
    }

    public func suspend() -> Bool {
        guard s75_suspend() != 0 else { return false }
        lastFrame = nil
        return true
    }

    /// Changes the virtual screen's size, as a terminal resize would (used with a headless terminal).
    public func resize(to size: Size) {
        _ = resizeterm(Int32(size.rows), Int32(size.columns))
    }

    /// The character ncurses holds in the cell at `point`: what the terminal shows there after the last flush.
    public func character(at point: Point) -> Character? {
        Unicode.Scalar(UInt32(bitPattern: s75_char_at(window, Int32(point.y), Int32(point.x)))).map(Character.init)
    }

    /// The text ncurses holds for each row of the screen: what the terminal shows after the last flush.
    public func screenText() -> [String] {
        (0..<size.rows).map { y in
            var row = [wchar_t](repeating: 0, count: size.columns + 1)
            _ = s75_read_row(window, Int32(y), &row, Int32(size.columns))
            return String(String.UnicodeScalarView(row.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        }
    }

    /// The next key, or nil when none came in time (or a byte that is not UTF-8 was dropped).
    ///
    /// Bytes are read one at a time and decoded here rather than by `wget_wch`, which swallows the keys
    /// that follow an invalid byte while it waits for the rest of a character that never comes: a bad
    /// byte is dropped alone and the next key acts at once.
    public func nextKey(timeoutMilliseconds: Int?) -> KeyEvent? {
        wtimeout(window, Int32(timeoutMilliseconds ?? -1))
        let started = Clock.milliseconds()
        let code = wgetch(window)
        if code == ERR {
            // A read that fails at once, again and again, means the terminal has gone (an ssh link dropped).
            let immediate = Clock.milliseconds() - started < max(1, (timeoutMilliseconds ?? 1000) / 2)
            idleErrors = immediate && timeoutMilliseconds != 0 ? idleErrors + 1 : 0
            return idleErrors > 20 ? .endOfInput : nil
        }
        idleErrors = 0
        if code >= KEY_MIN { return KeyDecoding.functionKey(code) }
        let next = { [window] () -> Int32 in
            wtimeout(window, KeyDecoding.continuationTimeoutMilliseconds)
            return wgetch(window)
        }
        if code == 27 {
            // ncurses has already waited ESCDELAY for what follows an ESC: a sequence's bytes are in its buffer, so the
            // first is taken without waiting (a bare Escape gains no delay)
            wtimeout(window, 0)
            switch KeyDecoding.afterEscape(first: wgetch(window), next: next) {
            case .escape: return .escape
            case .swallowed: return nil
            case .pasteStarts: return .paste(KeyDecoding.pasted(next: next))
            case .pushBack(let byte):
                _ = ungetch(byte)
                return .escape
            }
        }
        return KeyDecoding.utf8Key(first: UInt8(truncatingIfNeeded: code), next: next, pushBack: { _ = ungetch($0) })
    }
}

/// Why a terminal could not be opened.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "s75 needs a terminal: standard input and output must be a terminal. Run it in a terminal window or over ssh -t."
        case .unknownTerminal(let name):
            name.isEmpty || name == "dumb"
                ? "TERM is \(name.isEmpty ? "unset" : "dumb"), so s75 cannot draw the screen. Try TERM=xterm-256color."
                : "The terminal type TERM=\(name) is unknown here. Try TERM=xterm-256color, or install ncurses-term."
        }
    }
}

/// The C library's locale, which ncursesw needs to be UTF-8 to draw "£" and "—".
enum Locale {
    static func ensureUTF8() {
        _ = setlocale(LC_ALL, "")
        if s75_locale_is_utf8() == 0 { _ = setlocale(LC_ALL, "C.UTF-8") }
        _ = setlocale(LC_NUMERIC, "C")
    }
}

/// Wall-clock milliseconds, for telling a timeout from a dead terminal.
enum Clock {
    static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}
