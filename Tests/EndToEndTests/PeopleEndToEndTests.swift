import Foundation
import S75TestSupport
import Testing

/// Roles with real operating-system accounts (made with `useradd`, run through `runuser`): who is recorded is the
/// account the kernel names, whatever USER says; a finance lead enters its partner's return and is refused another's;
/// a viewer changes nothing. Needs root to make the accounts (CI runs as root); elsewhere it says so and stops.
@Suite("People and roles with real accounts", .serialized)
struct PeopleEndToEndTests {
    static let lead = "s75lead", viewer = "s75viewer", council = "s75council"

    /// Makes `account` if it does not exist; false when this process cannot (not root, or no useradd).
    static func account(_ account: String) throws -> Bool {
        guard geteuid() == 0 else { return false }
        if try Shell.run("/usr/bin/id", [account]).status == 0 { return true }
        return try Shell.run("/usr/sbin/useradd", ["--no-create-home", "--shell", "/bin/sh", account]).status == 0
    }

    @Test("a finance lead enters its partner's return in the grid as its own account, whatever USER says; another partner's is refused; a viewer is refused")
    func roles() throws {
        guard Tmux.available(), try Self.account(Self.lead), try Self.account(Self.viewer) else {
            print("skipped: making accounts needs root and useradd (apt-get install passwd); CI runs this as root")
            return
        }
        let folder = try temporaryFolder()
        let file = folder + "/people.s75"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor", "--pfm", "root", "--pfm-name", "Pat Finance"]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["people", file, "add", Self.lead, "--name", "Jo Lead", "--partner", "ICB", "--role", "finance-lead"]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["people", file, "add", Self.viewer, "--name", "Vi Viewer", "--partner", "LA", "--role", "viewer"]).status == 0)
        // the board's folder and file, shared as docs/people.md recommends (here open to all, in a test folder)
        chmod(folder, 0o777)
        chmod(file, 0o666)

        let t = try Tmux("runuser -u \(Self.lead) -- env USER=root \(Tmux.binary) open \(file) --pane budgets", columns: 100, rows: 30)
        try t.waitFor("Budgets")
        try t.send("e")
        try t.waitFor("Monitoring return")
        try t.send("Down", "Down", "Down", "Down")  // S04, an ICB line
        try t.type("5100")
        try t.send("Enter")
        try t.waitFor("Saved: S04 actual to date for Dec 2025.")
        try t.send("Up", "Up")  // S03, a council line: refused at the first key
        try t.type("3")
        try t.waitFor("Only the pooled fund manager, LA's finance lead or S03's scheme lead enters S03's returns")
        try t.send("Escape", "Escape", "q")
        try t.waitFor("exit=0")

        let log = try Shell.run(Tmux.binary, ["log", file, "--entity", "S04", "--format", "csv"]).output
        #expect(log.contains(",\(Self.lead),"), "\(log)")
        #expect(!log.contains(",root,,monitoring"))
        let refused = try Shell.run("/usr/sbin/runuser", ["-u", Self.viewer, "--", "env", "USER=root", Tmux.binary, "vary", file,
                                                          "--from", "S08a", "--to", "S08b", "--amount", "10", "--reason", "test"])
        #expect(refused.status == 1)
        #expect(refused.error.contains("only the pooled fund manager changes the financial records (variation); Vi Viewer is a viewer"))
        let stranger = try Shell.run("/usr/sbin/runuser", ["-u", "nobody", "--", Tmux.binary, "vary", file,
                                                           "--from", "S08a", "--to", "S08b", "--amount", "10", "--reason", "test"])
        #expect(stranger.status == 1)
        #expect(stranger.error.contains("nobody is not among the agreement's people, so reads only"), "\(stranger.error)")
        #expect(try Shell.run(Tmux.binary, ["people", file]).output.contains("\(Self.lead)\tJo Lead\tICB\tfinance-lead"))

        // the finance lead submits its partner's month; the PFM cannot approve it until the council has; a viewer cannot sign
        let submitted = try Shell.run("/usr/sbin/runuser", ["-u", Self.lead, "--", Tmux.binary, "sign", file, "--submit", "2025-12"])
        #expect(submitted.output.hasPrefix("submitted 2025-12 ICB: ICB's Dec 2025 returns submitted by \(Self.lead) on "), "\(submitted.error)")
        let early = try Shell.run(Tmux.binary, ["sign", file, "--approve", "2025-12"])
        #expect(early.error.contains("Dec 2025 is approved once every partner has submitted it: waiting for LA"))
        let viewerSigns = try Shell.run("/usr/sbin/runuser", ["-u", Self.viewer, "--", Tmux.binary, "sign", file, "--submit", "2025-12", "--partner", "LA"])
        #expect(viewerSigns.error.contains("only LA's finance lead submits its returns; Vi Viewer is a viewer"))
        let report = try Shell.run(Tmux.binary, ["report", file, "--period", "2025-12"]).output
        #expect(report.contains("Sign-off: 2025-12 submitted by ICB (LA outstanding)."))

        // the council's finance lead submits too; the PFM, in the People pane, approves the month with :sign
        guard try Self.account(Self.council) else { Issue.record("could not make \(Self.council)"); return }
        #expect(try Shell.run(Tmux.binary, ["people", file, "add", Self.council, "--name", "Cal Council", "--partner", "LA", "--role", "finance-lead"]).status == 0)
        #expect(try Shell.run("/usr/sbin/runuser", ["-u", Self.council, "--", Tmux.binary, "sign", file, "--submit", "2025-12"]).status == 0)
        let pfm = try Tmux("env USER=\(Self.viewer) \(Tmux.binary) open \(file)", columns: 120, rows: 40)
        try pfm.waitFor("M9 Dec 2025 submitted 2/2")
        try pfm.send("9")
        try pfm.waitFor("You are root (Pat Finance, LA): the pooled fund manager.")
        try pfm.type(":sign approve")
        try pfm.send("Enter")
        try pfm.waitFor("Saved: Dec 2025 approved by root on ")
        try pfm.waitFor("M9 Dec 2025 approved")
        try pfm.send("q")
        try pfm.waitFor("exit=0")
        #expect(try Shell.run(Tmux.binary, ["report", file, "--period", "2025-12"]).output.contains("Sign-off: 2025-12 approved by root on "))
    }
}
