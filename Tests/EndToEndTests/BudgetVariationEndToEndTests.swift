import Foundation
import S75TestSupport
import Testing

/// Budget variations by keys alone in a real terminal: a virement within the pooled fund manager's limit saved, one above
/// the board's refused with the limit named, then saved with the partners' approval; the month the board saw keeps its
/// budget and the report lists both.
@Suite("Budget variations in tmux", .serialized)
struct BudgetVariationEndToEndTests {
    @Test("vire within the PFM's limit, be refused above the board's, record the partners' approval; the month-9 report is unchanged")
    func vire() throws {
        guard Tmux.available() else { return }
        let file = try temporaryFolder() + "/vary.s75"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"]).status == 0)
        let before = try Shell.run(Tmux.binary, ["report", file, "--period", "2025-12"]).output
        let t = try Tmux("\(Tmux.binary) open \(file)", columns: 100, rows: 30)
        try t.waitFor("Budgets")
        try t.send(":")
        try t.type("vary S08a")
        try t.send("Enter")
        try t.waitFor("New budget variation")
        try t.send("Tab", "Tab")
        try t.type("S08b")
        try t.send("Tab")
        try t.type("£90,000")
        try t.send("Tab", "Tab")
        try t.type("telecare demand")
        try t.send("Enter")
        try t.waitFor("Saved: variation V1.")

        try t.send(":")
        try t.type("vary S13")
        try t.send("Enter")
        try t.waitFor("New budget variation")
        try t.send("Tab", "Tab")
        try t.type("S04")
        try t.send("Tab")
        try t.type("£600,000")
        try t.send("Tab", "Tab")
        try t.type("community teams")
        try t.send("Enter")
        try t.waitFor("needs the partners because it is above the board's limit")
        try t.send("Tab", "Tab", "Tab")
        try t.type("Cabinet 12 Feb 2026; ICB Board 14 Feb 2026")
        try t.send("Enter")
        try t.waitFor("Saved: variation V2.")
        try t.send("q")
        try t.waitFor("exit=0")

        #expect(try Shell.run(Tmux.binary, ["report", file, "--period", "2025-12"]).output == before)
        let january = try Shell.run(Tmux.binary, ["report", file, "--period", "2026-01", "--allow-unmonitored"]).output
        #expect(january.contains("V1         S08a  S08b  2026-01     £90,000  the pooled fund manager"), "\(january)")
        #expect(january.contains("the partners (Cabinet 12 Feb 2026; ICB Board 14 Feb 2026)"))
        #expect(january.contains("S04     £7,000,000   +£600,000   £7,600,000"))
    }
}

/// A virement across funding sources is saved, and s75 vary warns of the ring-fence it now breaks.
@Suite("Variations on the command line")
struct VariationCommandLineTests {
    @Test("vary warns of each new problem its variation makes, here moving Additional NHS money to an LA-funded line")
    func warns() throws {
        let file = try temporaryFolder() + "/vary.s75"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"]).status == 0)
        let within = try Shell.run(Tmux.binary, ["vary", file, "--from", "S13", "--to", "S14", "--amount", "50000", "--reason", "placements",
                                                          "--decision", "D1"])
        #expect(within.status == 0 && within.error.isEmpty, "\(within.error)")  // both lines on the LA Better Care Grant
        let across = try Shell.run(Tmux.binary, ["vary", file, "--from", "S08a", "--to", "S08b", "--amount", "90000", "--reason", "telecare"])
        #expect(across.status == 0)
        #expect(across.output.hasPrefix("V2: £90,000 from S08a to S08b from Jan 2026, agreed by the pooled fund manager: telecare."))
        #expect(across.error.contains("warning: funding: Planned spend equals contributions: Additional NHS contribution"), "\(across.error)")
    }
}

/// Instalments from the command line: a contribution's year set, receipts recorded, the report's received against due
/// re-added from its CSV, and check warning of what is overdue.
@Suite("Instalments on the command line")
struct InstalmentCommandLineTests {
    @Test("instalments, receive, the report's contributions-received table and check's warnings")
    func instalments() throws {
        let file = try temporaryFolder() + "/paid.s75"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"]).status == 0)
        let set = try Shell.run(Tmux.binary, ["instalments", file, "--contribution", "C1", "--schedule", "monthly"])
        #expect(set.output == "12 monthly instalments of C1 (£25,800,000): £2,150,000 from 1 Apr 2025, the last £2,150,000.\n")
        #expect(try Shell.run(Tmux.binary, ["receive", file, "--instalment", "I1", "--on", "2025-04-03"]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["receive", file, "--instalment", "I2", "--on", "2025-05-02", "--amount", "2,000,000"]).status == 0)
        let bad = try Shell.run(Tmux.binary, ["receive", file, "--instalment", "I99"])
        #expect(bad.status == 1 && bad.error.contains("there is no instalment I99: s75 instalments \(file) lists them."))
        let listed = try Shell.run(Tmux.binary, ["instalments", file]).output
        #expect(listed.hasPrefix("I1  C1 ICB  due 1 Apr 2025  £2,150,000  received £2,150,000 on 3 Apr 2025\n"))
        let csv = try Shell.run(Tmux.binary, ["report", file, "--period", "2025-12", "--format", "csv", "--table", "contributions-received"]).output
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let c1 = try #require(rows.first { $0.first == "C1" })
        #expect(c1[3] == "19350000.00" && c1[4] == "4150000.00" && c1[5] == "15200000.00")  // nine due, one and a part received
        let total = try #require(rows.first { $0.first == "Total scheduled" })
        #expect(total[3] == c1[3] && total[4] == c1[4])
        #expect(rows.first { $0.first == "C2" }?[3] == "")  // no schedule: not known, never 0.00
        let check = try Shell.run(Tmux.binary, ["check", file]).output
        #expect(check.contains("warning: instalment I2: £2,150,000 of C1 was due 1 May 2025 and is not received in full, £2,000,000 received"))
    }
}
