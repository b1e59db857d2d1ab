import Foundation
import S75TestSupport
import Testing

/// The built binary in a real terminal (tmux): what a user sees and does.
@Suite("End to end in tmux", .serialized)
struct EndToEndTests {
    @Test("demo: every pane, drill in and out, help, resize, quit; the terminal comes back")
    func demoJourney() throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/demo.s75"
        let t = try Tmux("\(Tmux.binary) demo --file \(file)")
        try t.waitFor("[2 Budgets]")
        #expect(try t.alternateScreen())
        #expect(try t.screen().contains("/demo.s75"))
        try t.send("1")
        try t.waitFor("Host partner")
        try t.send("2")
        for _ in 0..<7 { try t.send("Down") }
        try t.waitFor("▸ S02")
        let row = try t.screen().components(separatedBy: "\n").firstIndex { $0.hasPrefix("▸ S02") }
        #expect(try t.cursor().y == row)
        try t.send("Enter")
        try t.waitFor("Scheme line S02 — D2A step-down beds (pathway 2)")
        try t.send("Escape")
        try t.waitFor("▸ S02")
        try t.send("?")
        try t.waitFor("Keys — Budgets")
        try t.send("Escape", "3", "Enter")
        try t.waitFor("Provider P01 — Northmoor Community Health NHS Trust")
        try t.send("BSpace", "4", "Down", "Enter")
        try t.waitFor("Metric M2 — Average discharge delay")
        try t.send("u")
        try t.waitFor("u does nothing here")
        try t.send("Escape", "2", "u")
        try t.waitFor("Money now shown in £.")
        try t.resize(columns: 120, rows: 40)
        try t.waitFor("Funding source            ")
        try t.resize(columns: 60, rows: 20)
        try t.waitFor("terminal too small: need 80×24")
        try t.resize(columns: 80, rows: 24)
        try t.waitFor("[2 Budgets]")
        try t.send("q")
        let after = try t.waitFor("exit=0")
        #expect(after.replacingOccurrences(of: "\n", with: "").contains("The demo agreement is saved in \(file)"))
        #expect(try !t.alternateScreen())
    }

    @Test("a byte that is not UTF-8 (0xff, a Latin-1 é) is dropped alone: the q right behind it quits at once",
          arguments: [[0xFF, 0x71], [0xE9, 0x71]])
    func badByteThenQuit(bytes: [UInt8]) throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/bytes.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        let t = try Tmux("\(Tmux.binary) open \(file)")
        try t.waitFor("[2 Budgets]")
        try t.sendBytes(bytes)
        try t.waitFor("exit=0")
        #expect(try !t.alternateScreen())
    }

    @Test("a paste from the terminal (bracketed) is typed into the form's field; its line break does not save the form")
    func bracketedPaste() throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/paste.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        let t = try Tmux("\(Tmux.binary) open \(file)")
        try t.waitFor("[2 Budgets]")
        try t.tmux(["set-buffer", "-b", "clip", "Pasted\ntitle"])
        try t.tmux(["paste-buffer", "-p", "-b", "clip", "-t", "e2e"])
        try t.waitFor("Nothing here takes a paste")
        try t.send("1", "g", "e")
        try t.waitFor("editing")
        try t.tmux(["paste-buffer", "-p", "-b", "clip", "-t", "e2e"])
        let form = try t.waitFor("Pasted title")
        #expect(!form.contains("Saved:"))
        try t.send("Escape")
        try t.waitFor("Discard")
        try t.send("y")
        try t.send("q")
        try t.waitFor("exit=0")
        #expect(try Shell.run(Tmux.binary, ["export", file]).output.contains("\"title\" : \"Northmoor BCF Section 75 Partnership Agreement\""))
    }

    @Test("two s75 processes on one file: one types in the grid while the other saves a line; each sees the other's change, and typing is kept")
    func twoSessionsEntering() throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/shared.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        let first = try Tmux("\(Tmux.binary) open \(file)", columns: 120, rows: 40)
        let second = try Tmux("\(Tmux.binary) open \(file)", columns: 120, rows: 40)
        try first.waitFor("Pool total")
        try second.waitFor("Pool total")
        for _ in 0..<7 { try first.send("Down") }
        try first.send("e", "2", "3")
        try first.waitFor("23▏")
        for _ in 0..<8 { try second.send("Down") }
        try second.send("e", "3", "3", "3", "3", "Enter")
        try second.waitFor("Saved: S03 actual to date for Dec 2025.")
        let seen = try first.waitFor("3,333")
        #expect(seen.contains("23▏"))
        try first.send("Enter")
        try first.waitFor("Saved: S02 actual to date for Dec 2025.")
        let other = try second.waitFor("     23 ")
        #expect(other.contains("3,333"))
        try first.send("Escape", "q")
        try second.send("Escape", "q")
        try first.waitFor("exit=0")
        try second.waitFor("exit=0")
        let log = try Shell.run(Tmux.binary, ["log", file, "--format", "csv"])
        #expect(log.output.contains("monitoring,S03 2025-12,actualToDate,\"£3,050,000\",\"£3,333,000\""))
        #expect(log.output.contains("monitoring,S02 2025-12,actualToDate,\"£2,095,000\",\"£23,000\""))
    }

    @Test("Ctrl-Z hands the terminal back to an interactive shell; fg brings s75 back, redrawn; without job control it says so")
    func suspend() throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/suspend.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        let t = try Tmux("bash --norc --noprofile -i")
        try t.send("\(Tmux.binary) open \(file)", "Enter")
        try t.waitFor("Pool total")
        try t.send("C-z")
        try t.waitFor("Stopped")
        #expect(try !t.alternateScreen())
        try t.send("fg", "Enter")
        try t.waitFor("Welcome back.")
        #expect(try t.screen().contains("Pool total"))
        try t.send("q")
        try t.waitFor("bash-")
        #expect(try !t.alternateScreen())
        let plain = try Tmux("\(Tmux.binary) open \(file)")
        try plain.waitFor("Pool total")
        try plain.send("C-z")
        try plain.waitFor("Ctrl-Z cannot suspend here")
        try plain.send("q")
        try plain.waitFor("exit=0")
    }

    @Test("--read-only shows a READ-ONLY badge and leaves no -wal or -shm file behind after a clean quit")
    func readOnlySession() throws {
        guard Tmux.available() else { return }
        let folder = try temporaryFolder()
        let file = folder + "/ro.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        let t = try Tmux("\(Tmux.binary) open \(file) --read-only")
        let screen = try t.waitFor("READ-ONLY")
        #expect(screen.contains("READ-ONLY (opened read-only)"))
        try t.send("q")
        try t.waitFor("exit=0")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["ro.s75"])
    }

    @Test("the header says which months are monitored; a month with no returns says so instead of showing £0 and Green")
    func unmonitoredMonthOnScreen() throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/unmonitored.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        _ = try Shell.run("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.execute("UPDATE agreement SET reportingPeriod = '2026-01'")
            c.commit()
            """, file])
        let t = try Tmux("\(Tmux.binary) open \(file)", columns: 120, rows: 40)
        let screen = try t.waitFor("NO MONITORING for Jan 2026")
        #expect(screen.contains("M10 Jan 2026 NO MONITORING · monitored M9 M12"))
        #expect(screen.contains("S02  D2A"))
        #expect(!screen.contains("Green"))
        try t.send("[")
        try t.waitFor("M9 Dec 2025 · monitored M9 M12")
        try t.send("q")
        try t.waitFor("exit=0")
    }

    @Test("every signal that ends s75 restores the terminal: SIGTERM, SIGHUP (an ssh link dropping), SIGUSR1, SIGALRM, SIGPIPE",
          arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGUSR1, 138), (SIGALRM, 142), (SIGPIPE, 141), (SIGUSR2, 140)])
    func signals(signal: Int32, status: Int) throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/signal.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        let t = try Tmux("\(Tmux.binary) open \(file)")
        try t.waitFor("[2 Budgets]")
        #expect(kill(try t.programPID(), signal) == 0)
        try t.waitFor("exit=\(status)")
        #expect(try !t.alternateScreen())
    }

    @Test("opening a file to write and quitting without an edit leaves every byte of it as it was")
    func openAndQuitWritesNothing() throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/quiet.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let t = try Tmux("\(Tmux.binary) open \(file)")
        try t.waitFor("[2 Budgets]")
        try t.send("q")
        try t.waitFor("exit=0")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        #expect(!FileManager.default.fileExists(atPath: file + "-wal"))
    }

    @Test("a hang-up or SIGTERM removes the private copy a read-only file is read through", arguments: [(SIGHUP, 129), (SIGTERM, 143)])
    func privateCopyRemoved(signal: Int32, status: Int) throws {
        guard Tmux.available() else { return }
        let folder = try temporaryFolder()
        let file = folder + "/ro.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        chmod(file, 0o444)
        let scratch = folder + "/tmp"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let t = try Tmux("TMPDIR=\(scratch) \(Tmux.binary) open \(file)")
        try t.waitFor("READ-ONLY")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).contains { $0.hasPrefix("s75-read-") })
        #expect(kill(try t.programPID(), signal) == 0)
        try t.waitFor("exit=\(status)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
        #expect(try !t.alternateScreen())
    }

    @Test("the screen draws £ and — under every common TERM", arguments: ["xterm-256color", "tmux-256color",
                                                                          "screen-256color", "linux", "vt100"])
    func terminals(term: String) throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/term.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        let t = try Tmux("\(Tmux.binary) open \(file)", term: term)
        let screen = try t.waitFor("Pool total")
        #expect(screen.contains("£000"))
        #expect(screen.contains("Budgets — contributions"))
        try t.send("q")
        try t.waitFor("exit=0")
    }

    @Test("an unknown TERM gives one clear line and exit status 1")
    func unknownTerminal() throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/unknown.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        let t = try Tmux("env TERM=no-such-term \(Tmux.binary) open \(file)")
        let screen = try t.waitFor("exit=1")
        #expect(screen.contains("s75: The terminal type TERM=no-such-term is unknown here."))
    }
}
