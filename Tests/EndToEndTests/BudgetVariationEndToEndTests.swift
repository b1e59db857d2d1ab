import Foundation
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
