import Foundation
import Glibc
import S75TestSupport
import Testing

/// A private tmux server running one program in a detached window, for end-to-end tests.
final class Tmux {
    let socket = "s75-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"

    /// The built `s75` binary (or `S75_BINARY`).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["S75_BINARY"] { return path }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/s75").path
    }

    /// Whether tmux can be run; tests that need it record an issue with the install command otherwise.
    static func available(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let found = (try? Shell.run("/usr/bin/env", ["tmux", "-V"]).status) == 0
        if !found { Issue.record("tmux is missing: install it with `apt-get install -y tmux`", sourceLocation: sourceLocation) }
        let built = FileManager.default.isExecutableFile(atPath: binary)
        if !built { Issue.record("no s75 binary at \(binary): run `swift build` first", sourceLocation: sourceLocation) }
        return found && built
    }

    /// Starts `command` (a shell command line) in a `columns`×`rows` window; the window stays after it exits.
    init(_ command: String, columns: Int = 80, rows: Int = 24, term: String = "xterm-256color") throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", "e2e",
                  "env TERM=\(term) LANG=C.UTF-8 \(command); echo \"exit=$?\"; sleep 60"])
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
        try tmux(["set-option", "-s", "escape-time", "0"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Shell.run("/usr/bin/env", ["tmux", "-L", socket] + arguments).output
    }

    /// The window's text now.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "e2e"]) }

    /// Types keys (tmux key names such as Down, Enter, Escape, BSpace, or plain characters).
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "e2e", key]) }
    }

    /// Types `text` literally, as a user would (no key names).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "e2e", "-l", text]) }

    /// Northmoor in a new file in a fresh folder, walked in a 100×30 terminal as the meeting of 20 Jan 2026, with two voting
    /// members of each partner present and who else attended recorded at its first step: the start of a quorate board
    /// meeting. Returns the terminal and the file.
    static func boardMeeting(named name: String, attendance: String) throws -> (Tmux, String) {
        let file = try temporaryFolder() + "/\(name).s75"
        #expect(try Shell.run(binary, ["new", file, "--sample", "northmoor"]).status == 0)
        let t = try Tmux("\(binary) walk \(file) --date 2026-01-20", columns: 100, rows: 30)
        try t.waitFor("1/12 Minutes of the last meeting")
        try t.send("e")
        try t.waitFor("Members present")
        try t.type("Council Corporate, Cabinet Member, Place Director, Deputy Chief")  // two voting members of each partner: quorate
        try t.send("Tab")
        try t.type(attendance)
        try t.send("Enter")
        try t.waitFor("Saved: meeting 2026-01-20")
        return (t, file)
    }

    /// Presses `key` once for each of `screens`, waiting each time for that text: the walk stepped on, step by step.
    func press(_ key: String, through screens: [String]) throws {
        for screen in screens {
            try send(key)
            try waitFor(screen)
        }
    }

    /// Sends raw bytes at once, as a terminal would (invalid UTF-8 included).
    func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", "e2e", "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// Waits until the screen contains `text` (10 s at most); records an issue showing the screen if it never does.
    @discardableResult
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(10)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) {
                // the text may arrive before the rest of its frame (tmux draws what it has read): the screen is taken
                // once two looks 30 ms apart agree, or as it is if it never stops changing
                Thread.sleep(forTimeInterval: 0.03)
                let settled = try screen()
                if settled == last || Date() >= deadline { return last }
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("waited 10 s for \"\(text)\"; the screen shows:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    func resize(columns: Int, rows: Int) throws { try tmux(["resize-window", "-t", "e2e", "-x", "\(columns)", "-y", "\(rows)"]) }

    /// Where the terminal's cursor is, and whether the program still has the alternate screen.
    func cursor() throws -> (x: Int, y: Int) {
        let parts = try tmux(["display", "-p", "-t", "e2e", "#{cursor_x},#{cursor_y}"]).split(separator: ",")
        return (Int(parts[0].trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1,
                Int(parts[1].trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1)
    }

    /// Whether the program is using the alternate screen (true while curses owns the terminal).
    func alternateScreen() throws -> Bool {
        try tmux(["display", "-p", "-t", "e2e", "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// The process id of the program running in the window (the shell's child).
    func programPID() throws -> Int32 {
        let shell = try tmux(["display", "-p", "-t", "e2e", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try Shell.run("/usr/bin/env", ["pgrep", "-P", shell, "s75"]).output
        guard let pid = Int32(child.split(separator: "\n").first ?? ""), pid > 1 else { throw Shell.SpawnFailed(description: "no s75 process") }
        return pid
    }
}


/// Writes a generated ledger export to `path` with Benchmarks/generate_ledger.py; `options` as the script takes them
/// (`--rows`, `--seed`, `--rules`, `--encoding`).
func generateLedger(_ path: String, _ options: String...) throws -> Shell.Result {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try Shell.run("/usr/bin/env", ["python3", root.appendingPathComponent("Benchmarks/generate_ledger.py").path, path] + options)
}

/// A fresh folder for one test's files.
func temporaryFolder() throws -> String { try TestFolders.fresh("s75-e2e") }
