import S75Domain
import S75Report
import Testing

/// Meetings that stay as they were held: closed, a meeting's record and minutes are kept whatever changes afterwards
/// (issue: the record of account).
@Suite("Closed meetings")
struct MeetingRecordTests {
    let october = DateOnly(year: 2025, month: 10, day: 21)
    let january = DateOnly(year: 2026, month: 1, day: 20)

    /// Northmoor with its October meeting closed on the day by the chair.
    var closed: Agreement {
        get throws {
            var a = Northmoor.agreement
            try a.apply(Change(.meeting(try a.closingMeeting(october, on: october, by: "chair"))))
            return a
        }
    }

    func minute(_ a: Agreement, _ id: String) throws -> Minute { try #require(a.minutes.first { $0.id == id }) }

    @Test("closing keeps the headings and the decisions and actions as they stood; the minutes say DRAFT, closed, by whom")
    func close() throws {
        let a = try closed
        let record = try #require(a.meeting(on: october)?.closed)
        #expect(record.minutes.map(\.id) == ["D1", "A1", "A2"])
        #expect(record.closedBy == "chair")
        #expect(record.boardName == a.governance.boardName)
        let minutes = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: october)))
        #expect(minutes.contains("**DRAFT** until the next meeting approves them. The meeting was closed 21 Oct 2025 by chair."))
        #expect(throws: EditError("the meeting of 21 Oct 2025 was closed 21 Oct 2025")) {
            try a.closingMeeting(october, on: january, by: "chair")
        }
    }

    @Test("the minutes are the same bytes after the figures, the board's name, the actions' standing and the title all change")
    func minutesKept() throws {
        var a = try closed
        let before = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: october)))
        a.governance.boardName = "Northmoor Health and Care Partnership Board"
        a.title = "Renamed"
        var s02 = try #require(a.monitoring.entry(for: "S02", at: Period(year: 2025, month: 12)))
        s02.actualToDate = .pounds(1)
        try a.apply(Change(.monitoring(s02)))
        var a1 = try minute(a, "A1")
        a1.status = .done
        try a.apply(Change(.minute(a1)))
        #expect(try minute(a, "A1").status == .done)
        let after = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: october)))
        #expect(after == before)
        #expect(after.contains("**Action A1** (open)"))
    }

    @Test("a closed meeting takes no change; what was recorded at it keeps its words, is never removed, and gains nothing new")
    func refused() throws {
        let a = try closed
        let meeting = "the meeting of 21 Oct 2025 was closed 21 Oct 2025"
        var attended = try #require(a.meeting(on: october))
        attended.attendance = "Nobody"
        #expect(throws: EditError("\(meeting); its record is kept as it was")) { try a.applying(Change(.meeting(attended))) }
        #expect(throws: EditError("\(meeting); its record is kept as it was")) { try a.applying(Change(key: .meeting(october), new: nil)) }
        var reworded = try minute(a, "D1")
        reworded.text = "Spend the reserve."
        #expect(throws: EditError("\(meeting): what was recorded at it is kept in its words; only how it stands may change")) {
            try a.applying(Change(.minute(reworded)))
        }
        #expect(throws: EditError("\(meeting): what was recorded at it is kept, never removed; withdraw it instead")) {
            try a.applying(Change(key: .minute("A2"), new: nil))
        }
        let late = Minute(id: "D9", kind: .decision, meeting: october, item: "pool", text: "Added afterwards")
        #expect(throws: EditError("\(meeting): what was recorded at it is kept")) { try a.applying(Change(.minute(late))) }
        // an open meeting's minutes may still be changed and removed
        #expect(throws: Never.self) { try Northmoor.agreement.applying(Change(key: .minute("A2"), new: nil)) }
    }

    @Test("the record replaces the agreement only as it is")
    func replacement() throws {
        let a = try closed
        var reopened = a
        reopened.meetings[0].closed = nil
        #expect(throws: EditError("the meeting of 21 Oct 2025 was closed 21 Oct 2025; its record is kept as it was")) {
            try a.checkReplacement(by: reopened)
        }
        var reworded = a
        reworded.minutes[0].text = "Something else"
        #expect(throws: EditError("the meeting of 21 Oct 2025 was closed 21 Oct 2025: what was recorded at it is kept")) {
            try a.checkReplacement(by: reworded)
        }
        #expect(throws: Never.self) { try a.checkReplacement(by: a) }
    }
}
