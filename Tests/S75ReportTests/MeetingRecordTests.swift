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
        try a.apply(Change(.minute(try minute(a, "A1").updated(to: .done, note: "Plan received", on: january))))
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

/// The next meeting approves the last one's minutes, naming who moved it; the approved minutes say so and where.
@Suite("Approving minutes")
struct MinutesApprovalTests {
    let october = DateOnly(year: 2025, month: 10, day: 21)
    let january = DateOnly(year: 2026, month: 1, day: 20)

    @Test("minutes of an open meeting await nothing; once closed, the next meeting approves them, and they say so")
    func approve() throws {
        var a = Northmoor.agreement
        a.meetings.append(Meeting(date: january, period: Period(year: 2025, month: 12)))
        #expect(throws: EditError("no earlier meeting's minutes await approval: a meeting's minutes are approved once it is closed")) {
            try a.approvingMinutes(at: january, movedBy: "Cllr Ahmed")
        }
        #expect(a.walkSentence(.previousMinutes, at: a.reportingPeriod, on: january) == "No earlier meeting's minutes await approval.")
        try a.apply(Change(.meeting(try a.closingMeeting(october, on: october, by: "chair"))))
        #expect(a.walkSentence(.previousMinutes, at: a.reportingPeriod, on: january)
                == "The minutes of the meeting of 21 Oct 2025 are before the board for approval.")
        #expect(throws: EditError("say who moved the approval")) { try a.approvingMinutes(at: january, movedBy: " ") }
        let approving = try a.approvingMinutes(at: january, movedBy: "Cllr Ahmed")
        try a.apply(Change(.meeting(approving)))
        #expect(a.approval(of: october)?.date == january)
        #expect(a.minutesAwaitingApproval(before: january) == nil)
        let approved = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: october)))
        #expect(approved.contains("**Approved** at the meeting of 20 Jan 2026, moved by Cllr Ahmed. The meeting was closed 21 Oct 2025 by chair."))
        #expect(!approved.contains("DRAFT"))
        let approvingMinutes = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: january)))
        #expect(approvingMinutes.contains("## 1. Minutes of the last meeting\n\nFigures were not shown at the meeting.\n\n"
                                   + "- The minutes of the meeting of 21 Oct 2025 were approved, moved by Cllr Ahmed.\n"))
        #expect(throws: EditError("this meeting approved the minutes of 21 Oct 2025 already")) {
            try a.approvingMinutes(at: january, movedBy: "Someone else")
        }
    }

    @Test("an approval must be of an earlier, closed meeting that no other meeting approved")
    func refused() throws {
        var a = Northmoor.agreement
        a.meetings.append(Meeting(date: january, period: Period(year: 2025, month: 12)))
        var early = try #require(a.meeting(on: january))
        early.approves = MinutesApproval(meeting: october, movedBy: "Cllr Ahmed")
        let rule = EditError("a meeting approves the minutes of an earlier meeting, once that meeting is closed")
        #expect(throws: rule) { try a.applying(Change(.meeting(early))) }
        try a.apply(Change(.meeting(try a.closingMeeting(october, on: october, by: "chair"))))
        try a.apply(Change(.meeting(early)))
        let february = DateOnly(year: 2026, month: 2, day: 17)
        a.meetings.append(Meeting(date: february, period: Period(year: 2026, month: 1),
                                  approves: MinutesApproval(meeting: october, movedBy: "Again")))
        #expect(throws: EditError("the minutes of 21 Oct 2025 were approved at the meeting of 20 Jan 2026")) {
            try a.applying(Change(.meeting(try #require(a.meeting(on: february)))))
        }
    }
}

/// A decision or action keeps its history: each change to how it stands is an update with a note; withdrawn needs a reason.
@Suite("The history of decisions and actions")
struct MinuteHistoryTests {
    let october = DateOnly(year: 2025, month: 10, day: 21)
    let january = DateOnly(year: 2026, month: 1, day: 20)
    let february = DateOnly(year: 2026, month: 2, day: 17)

    @Test("A1, raised in October, is done at the January meeting with a note: October's minutes keep it open, January's say done and why")
    func asTheyStood() throws {
        var a = Northmoor.agreement
        try a.apply(Change(.meeting(try a.closingMeeting(october, on: october, by: "chair"))))
        a.meetings.append(Meeting(date: january, period: Period(year: 2025, month: 12)))
        let a1 = try #require(a.minutes.first { $0.id == "A1" })
        var bare = a1
        bare.status = .done
        #expect(throws: EditError("the meeting of 21 Oct 2025 was closed 21 Oct 2025: what was recorded at it is kept: a change to how it stands is recorded as an update, with a note")) {
            try a.applying(Change(.minute(bare)))
        }
        try a.apply(Change(.minute(a1.updated(to: .done, note: "Plan received and agreed", on: january))))
        try a.apply(Change(.meeting(try a.closingMeeting(january, on: january, by: "chair"))))
        let october = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: self.october)))
        #expect(october.contains("- **Action A1** (open) [S02]: Bring a recovery plan"))
        let january = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: self.january)))
        #expect(!january.contains("Matters arising"), "done before the meeting closed, A1 is no longer outstanding at it")
        var rewritten = try #require(a.minutes.first { $0.id == "A1" })
        rewritten.updates = []
        #expect(throws: EditError("the meeting of 21 Oct 2025 was closed 21 Oct 2025: what was recorded at it is kept with its history")) {
            try a.applying(Change(.minute(rewritten)))
        }
    }

    @Test("an action is withdrawn only with a reason, kept in its history; it is never removed once its meeting closed")
    func withdrawn() throws {
        var a = Northmoor.agreement
        let a1 = try #require(a.minutes.first { $0.id == "A1" })
        var dropped = a1
        dropped.status = .dropped
        #expect(throws: EditError("say why the action is withdrawn, in the update's note")) { try a.applying(Change(.minute(dropped))) }
        #expect(throws: EditError("say why the action is withdrawn, in the update's note")) {
            try a.applying(Change(.minute(a1.updated(to: .dropped, note: " ", on: january))))
        }
        try a.apply(Change(.minute(a1.updated(to: .dropped, note: "Beds decommissioned", on: january))))
        let withdrawn = try #require(a.minutes.first { $0.id == "A1" })
        #expect(withdrawn.status.label == "Withdrawn")
        #expect(withdrawn.updates.map(\.description) == ["Withdrawn 20 Jan 2026: Beds decommissioned"])
        let text = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: october)))
        #expect(text.contains("— *ICB Northmoor Place Director*, due 20 Jan 2026. Withdrawn 20 Jan 2026: Beds decommissioned.\n"))
    }
}

/// The day the board agreed to meet next, recorded with the meeting and printed at the end of its minutes.
@Suite("The next meeting")
struct NextMeetingTests {
    @Test("set on the meeting, it ends the minutes and is kept with the closed record; it must fall after the meeting")
    func nextMeeting() throws {
        var a = Northmoor.agreement
        let october = DateOnly(year: 2025, month: 10, day: 21)
        var meeting = try #require(a.meeting(on: october))
        meeting.nextMeeting = october
        #expect(throws: EditError("the next meeting is on a day after this one")) { try a.applying(Change(.meeting(meeting))) }
        meeting.nextMeeting = DateOnly(year: 2026, month: 1, day: 20)
        try a.apply(Change(.meeting(meeting)))
        try a.apply(Change(.meeting(try a.closingMeeting(october, on: october, by: "chair"))))
        let minutes = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: october)))
        #expect(minutes.hasSuffix("\n**Next meeting.** 20 Jan 2026.\n"))
    }
}
