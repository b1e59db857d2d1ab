import S75Domain
import Testing

/// Decisions and actions: what makes one valid, which are carried forward, which are overdue.
@Suite("Meetings, decisions and actions")
struct MeetingTests {
    let a = Northmoor.agreement
    let january = DateOnly(year: 2026, month: 1, day: 20)

    @Test("the October action still open is carried forward to January; the one done and the decision are not")
    func carriedForward() {
        #expect(a.carriedForward(to: january).map(\.id) == ["A1"])
        #expect(a.carriedForward(to: NorthmoorOctober.day).isEmpty, "nothing is carried into the meeting that recorded it")
    }

    @Test("an open action is overdue only after its due date")
    func overdue() {
        let a1 = a.minutes[1]
        #expect(!a1.isOverdue(on: january))
        #expect(a1.isOverdue(on: DateOnly(year: 2026, month: 1, day: 21)))
        #expect(!a.minutes[2].isOverdue(on: DateOnly(year: 2026, month: 6, day: 1)), "a done action is never overdue")
    }

    @Test("identifiers follow on by kind: D2 and A3 after D1, A1, A2")
    func nextIDs() {
        #expect(a.nextMinuteID(.decision) == "D2")
        #expect(a.nextMinuteID(.action) == "A3")
        #expect(Agreement.blank(startYear: 2026).nextMinuteID(.action) == "A1")
    }

    @Test("a minute needs text, a meeting, and (for an action) an owner; a decision is agreed or deferred", arguments: [
        (Minute(id: "A9", kind: .action, meeting: NorthmoorOctober.day, item: "", text: "Do it"), "an action needs an owner"),
        (Minute(id: "A9", kind: .action, meeting: NorthmoorOctober.day, item: "", text: " ", owner: "X"), "say what was agreed to do"),
        (Minute(id: "D9", kind: .decision, meeting: DateOnly(year: 2026, month: 2, day: 1), item: "", text: "Agree"),
         "there is no meeting on 1 Feb 2026"),
        (Minute(id: "D9", kind: .decision, meeting: NorthmoorOctober.day, item: "", text: "Agree", status: .open),
         "a decision is agreed or deferred"),
        (Minute(id: "A9", kind: .action, meeting: NorthmoorOctober.day, item: "", text: "Do", owner: "X",
                due: DateOnly(year: 2026, month: 2, day: 30)), "the due date must exist"),
    ])
    func invalid(minute: Minute, message: String) {
        #expect(throws: EditError(message)) { try a.applying(Change(.minute(minute))) }
    }

    @Test("a meeting with minutes cannot be removed while they refer to it")
    func meetingInUse() {
        #expect(throws: EditError("meeting 2025-10-21 is used by decision D1, action A1, action A2; change or remove those first")) {
            try a.applying(Change(key: .meeting(NorthmoorOctober.day), new: nil))
        }
    }

    @Test("reaching a step records where the meeting got to and the step's sentence as shown")
    func reaching() {
        let meeting = Meeting(date: january, period: a.reportingPeriod).reaching(.yearEnd, in: a, period: a.reportingPeriod)
        #expect(meeting.stepReached == .yearEnd)
        #expect(meeting.figures == ["year-end": "The revenue pool is forecast £730k over budget (1.7%); after a draw of £250k on the "
                                    + "£250k reserve, £480k is shared: the Council (host) invoices the ICB £307,200; "
                                    + "the Council (host) bears £172,800 itself."])
    }
}

/// The Northmoor sample's autumn board.
enum NorthmoorOctober {
    static let day = DateOnly(year: 2025, month: 10, day: 21)
}
