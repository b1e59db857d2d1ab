import S75App
import S75Domain
import Testing

/// m and C in the walk: approving the last meeting's minutes, and closing today's meeting.
@Suite("Approving minutes and closing the meeting from the walk")
struct MeetingCommandTests {
    let october = DateOnly(year: 2025, month: 10, day: 21)
    let today = DateOnly(year: 2026, month: 1, day: 20)

    /// Northmoor with its October meeting closed, walked on 20 Jan 2026.
    func walking() throws -> AppState {
        var a = Northmoor.agreement
        try a.apply(Change(.meeting(try a.closingMeeting(october, on: october, by: "chair"))))
        var state = AppState(agreement: a, storePath: "/data/northmoor.s75", today: today)
        state.user = "chair"
        _ = reduce(&state, .startWalk)
        return state
    }

    @Test("m at the first step opens :approve-minutes; Enter records who moved it in today's meeting")
    func approve() throws {
        var state = try walking()
        #expect(state.view == .walk(.previousMinutes))
        _ = reduce(&state, .openPrompt("approve-minutes "))
        for character in "Cllr Ahmed" { _ = reduce(&state, .typed(character)) }
        let effects = reduce(&state, .runPrompt)
        let expected = try state.agreement.starting(today, period: state.period).approvingMinutes(at: today, movedBy: "Cllr Ahmed")
        #expect(effects == [.save(Change(.meeting(expected)), expecting: nil,
                                  intent: .record(summary: "the minutes of 21 Oct 2025 approved, moved by Cllr Ahmed"))])
    }

    @Test("C asks first and closes today's meeting only at the last step; once closed, d, a, e and m are refused")
    func close() throws {
        var state = try walking()
        #expect(reduce(&state, .closeMeeting) == [])
        #expect(state.message?.text == "The meeting closes at the walk's last step, Actions, once its actions are recorded.")
        state.agreement.meetings.append(Meeting(date: today, period: state.period))
        _ = reduce(&state, .stepWalk(by: WalkStep.allCases.count - 1))
        _ = reduce(&state, .stepWalk(by: 1))
        #expect(state.view == .walk(.actions))
        #expect(reduce(&state, .closeMeeting) == [])
        #expect(state.pendingConfirmation == .closeMeeting)
        let effects = reduce(&state, .typed("y"))
        let closed = try state.agreement.closingMeeting(today, on: today, by: "chair")
        let summary = "the meeting of 20 Jan 2026 closed; s75 minutes prints its record"
        #expect(effects == [.save(Change(.meeting(closed)), expecting: 1, intent: .record(summary: summary))])
        _ = reduce(&state, .saved(Change(.meeting(closed)), version: 1, intent: .record(summary: summary)))
        let refused = "The meeting of 20 Jan 2026 was closed 20 Jan 2026; its record is kept as it was. The next meeting is walked on its own day."
        for action in [Action.recordMinute(.decision), .recordMinute(.action), .editMeeting] {
            _ = reduce(&state, action)
            #expect(state.message?.text == refused)
            #expect(state.view == .walk(.actions))
        }
        _ = reduce(&state, .openPrompt("approve-minutes "))
        for character in "Cllr Ahmed" { _ = reduce(&state, .typed(character)) }
        #expect(reduce(&state, .runPrompt) == [])
        #expect(state.message?.text == refused)
    }

    @Test(":done and :withdraw settle an action from the walk's Actions step, each an update of today with its note; withdrawing needs why")
    func settleActions() throws {
        var state = try walking()
        func run(_ line: String) -> [Effect] {
            _ = reduce(&state, .openPrompt(""))
            for character in line { _ = reduce(&state, .typed(character)) }
            return reduce(&state, .runPrompt)
        }
        var a1 = try #require(state.agreement.minutes.first { $0.id == "A1" })
        a1.status = .done
        a1.updates.append(MinuteUpdate(on: today, status: .done, note: "plan received and agreed"))
        #expect(run("done A1 plan received and agreed") == [.save(Change(.minute(a1)), expecting: 1,
                                                                  intent: .edit(summary: "action A1 done: plan received and agreed", move: nil))])
        #expect(run("withdraw A1") == [])
        #expect(state.message?.text.hasPrefix("Not saved: ") == true)
        #expect(run("done D1") == [])
        #expect(state.message?.text == "done takes an action and a note if you like, e.g. done A1 plan received and agreed.")
    }
}

/// A change to how a decision or action stands, saved from its form, adds an update of the day with the note given.
@Suite("Updating an action from its form")
struct MinuteFormUpdateTests {
    @Test("status Done and a note on A1: the save carries A1 done, with an update of today saying why")
    func update() throws {
        let today = DateOnly(year: 2026, month: 1, day: 20)
        var state = AppState(agreement: Northmoor.agreement, storePath: "/data/northmoor.s75", today: today)
        let a1 = try #require(state.agreement.minutes.first { $0.id == "A1" })
        var form = FormSpec.form(.minute, record: .minute(a1), in: state.agreement, version: 1, inThousands: false)
        let status = try #require(form.fields.firstIndex { $0.name == "status" })
        let note = try #require(form.fields.firstIndex { $0.name == "note" })
        form.fields[status].text = "done"
        form.fields[note].text = "Plan received"
        state.modes.open(.form(form))
        let effects = reduce(&state, .saveForm)
        #expect(effects == [.save(Change(.minute(a1.updated(to: .done, note: "Plan received", on: today))), expecting: 1,
                                  intent: .edit(summary: "action A1", move: nil))])
        #expect(FormSpec.newForm(.minute(a1), in: state.agreement, inThousands: false).fields.allSatisfy { $0.name != "note" },
                "a new decision or action has no change to note")
    }
}
