import Foundation
import S75TestSupport
import Testing

/// The record of account by keys alone in a real terminal: a meeting held and closed, its month closed, a correction
/// refused, then made after a reopening with a reason; what the board saw stays as it was.
@Suite("The record of account in tmux", .serialized)
struct RecordOfAccountTests {
    @Test("hold and close a meeting, close its month, be refused a correction, reopen with a reason, correct, close as restated; the minutes are byte-identical and the report shows both figures")
    func restatement() throws {
        guard Tmux.available() else { return }
        let (t, file) = try Tmux.boardMeeting(named: "record", attendance: "Apologies: none.")
        try t.press("Space", through: ["2/12", "3/12", "4/12", "5/12", "6/12", "7/12 Year-end position"])
        try t.send("d")
        try t.waitFor("New decision")
        try t.type("Draw £250k from the risk reserve")
        try t.send("Enter")
        try t.waitFor("Saved: decision D2.")
        try t.press("Right", through: ["8/12", "9/12", "10/12", "11/12", "12/12 Actions"])
        try t.waitFor("C closes the")
        try t.send("C")
        try t.waitFor("Close the meeting of 20 Jan 2026?")
        try t.send("y")
        try t.waitFor("Saved: the meeting of 20 Jan 2026 closed")
        let minutes = try Shell.run(Tmux.binary, ["minutes", file])
        #expect(minutes.output.contains("**DRAFT** until the next meeting approves them. The meeting was closed 20 Jan 2026 by "))
        #expect(minutes.output.contains("- **Decision D2** (agreed): Draw £250k from the risk reserve\n"))
        try t.send("a")
        try t.waitFor("its record is kept as it was")

        // the month the board saw is closed; a correction is refused before anything is typed
        try t.send("Escape")
        try t.waitFor("Left the walk")
        try t.send(":")
        try t.type("close-month")
        try t.send("Enter")
        try t.waitFor("Saved: Dec 2025 closed 20 Jan 2026 by")
        try t.send("2", "e")
        try t.waitFor("Dec 2025 is closed: adjust it in an open month, or reopen it with a reason")

        // reopened with a reason, S01a's actual corrected from £2.5m to £2.6m, and closed again as restated
        try t.send(":")
        try t.type("reopen-month 2025-12 S01a accrual missed")
        try t.send("Enter")
        try t.waitFor("Saved: Dec 2025 reopened 20 Jan 2026 by")
        try t.send("e")
        try t.waitFor("Entering Dec 2025")
        try t.type("2.6m")
        try t.send("Enter")
        try t.waitFor("Saved:")
        try t.send("Escape")
        try t.send(":")
        try t.type("close-month")
        try t.send("Enter")
        try t.waitFor("Saved: Dec 2025 restated on 20 Jan 2026: S01a accrual missed")
        try t.send("q")
        try t.waitFor("exit=0")

        #expect(try Shell.run(Tmux.binary, ["minutes", file]).output == minutes.output)
        let report = try Shell.run(Tmux.binary, ["report", file, "--period", "2025-12"])
        #expect(report.output.hasPrefix("Northmoor BCF Section 75 Partnership Agreement — 2025-26, month 9 (2025-12), RESTATED\n"))
        let restated = try #require(report.output.components(separatedBy: "As first reported and as restated").last)
        let s01a = try #require(restated.components(separatedBy: "\n").first { $0.hasPrefix("S01a") })
        #expect(s01a.contains("£2,500,000") && s01a.contains("£2,600,000") && s01a.contains("+£100,000"), "\(s01a)")
        let log = try Shell.run(Tmux.binary, ["log", file, "--period", "2025-12"])
        #expect(log.output.contains("reopening 1"))
        #expect(log.output.contains("S01a 2025-12"))
    }
}
