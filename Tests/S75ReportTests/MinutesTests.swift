import S75Domain
import S75Report
import Testing

/// The minutes of a meeting, compared with minutes written out by hand.
@Suite("Meeting minutes")
struct MinutesTests {
    static let january = DateOnly(year: 2026, month: 1, day: 20)

    /// Northmoor with a January meeting that reached the year-end step, one decision there, an action on S02,
    /// and the October action A1 done.
    static var agreement: Agreement {
        var a = Northmoor.agreement
        a.meetings.append(Meeting(date: january, attendance: "Present: both chairs. Apologies: none.", period: a.reportingPeriod,
                                  stepReached: .yearEnd, figures: ["pool": "The pool is £45.7m.", "year-end": "The pool is £730k over."]))
        a.minutes[1].status = .done
        a.minutes.append(Minute(id: "D2", kind: .decision, meeting: january, item: "year-end", text: "Use the reserve."))
        a.minutes.append(Minute(id: "A3", kind: .action, meeting: january, item: "S02", text: "Report on S02.", owner: "ICB",
                                due: DateOnly(year: 2026, month: 2, day: 17)))
        return a
    }

    @Test("attendance, the quorum, each item reached with its figures as shown, decisions under their item (marked when taken without a quorum), other business last")
    func january() throws {
        let a = Self.agreement
        let text = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: Self.january)))
        #expect(text == """
            # Northmoor Joint Commissioning Board — 20 Jan 2026

            Northmoor BCF Section 75 Partnership Agreement. Figures for Dec 2025 (month 9 of 2025-26).

            **DRAFT**: the meeting is still open, and what it records may yet change.

            **Attendance.** Present: both chairs. Apologies: none.

            **Quorum.** NOT QUORATE: the rule is 2 voting members from each partner; voting members present: LA 0, ICB 0. Decisions taken are marked so.

            ## 4. Pool and contributions

            The pool is £45.7m.

            ## 7. Year-end position and risk share

            The pool is £730k over.

            - **Decision D2** (agreed): Use the reserve.
              *Taken without a quorum.*

            ## Other business

            - **Action A3** (open) [S02]: Report on S02. — *ICB*, due 17 Feb 2026

            """)
    }

    @Test("members present make the quorum, two voting from each partner; a member who declared an interest in a provider takes no part in decisions about it")
    func quorumAndDeclarations() throws {
        var a = Self.agreement
        let index = try #require(a.meetings.firstIndex { $0.date == Self.january })
        a.meetings[index].participation = Participation(
            present: ["Council Corporate Director Adults & Health", "Cabinet Member for Adult Social Care", "ICB Northmoor Place Director",
                      "ICB Deputy Chief Finance Officer", "Head of Adults Finance"],
            declarations: [Declaration(member: "Cabinet Member for Adult Social Care", providerID: "P06", interest: "a relative is a resident")])
        a.minutes.append(Minute(id: "D3", kind: .decision, meeting: Self.january, item: "S02", text: "Extend the D2A beds to March."))
        let meeting = try #require(a.meeting(on: Self.january))
        #expect(a.quorum(at: meeting) == QuorumFinding(isQuorate: true, sentence: "Quorate: 2 voting members from each partner "
                                                       + "(voting members present: LA 2, ICB 2)."))
        let text = MeetingMinutes.markdown(a, meeting: meeting)
        #expect(text.contains("""
            **Attendance.** Members present: Council Corporate Director Adults & Health, Cabinet Member for Adult Social Care, \
            ICB Northmoor Place Director, ICB Deputy Chief Finance Officer, Head of Adults Finance. Present: both chairs. Apologies: none.

            **Declaration of interest.** Cabinet Member for Adult Social Care: a relative is a resident in P06 Heathfield Care Homes Group.

            **Quorum.** Quorate: 2 voting members from each partner (voting members present: LA 2, ICB 2).
            """))
        #expect(text.contains("""
            - **Decision D3** (agreed) [S02]: Extend the D2A beds to March.
              *Not taking part:* Cabinet Member for Adult Social Care (a relative is a resident in P06 Heathfield Care Homes Group).
            """))
        #expect(!text.contains("without a quorum"))
        // the adviser does not count: without one LA voting member the meeting is not quorate
        var short = a
        short.meetings[index].participation.present.removeFirst()
        #expect(short.quorum(at: try #require(short.meeting(on: Self.january)))?.isQuorate == false)
        // closed, the finding and who took no part are kept, whatever the members become
        var closed = a
        closed.meetings[index] = try a.closingMeeting(Self.january, on: Self.january, by: "chair")
        let kept = MeetingMinutes.markdown(closed, meeting: try #require(closed.meeting(on: Self.january)))
        closed.governance.members = []
        closed.lines[2].providerIDs = ["P05"]
        #expect(MeetingMinutes.markdown(closed, meeting: try #require(closed.meeting(on: Self.january))) == kept)
        #expect(kept.contains("*Not taking part:* Cabinet Member"))
    }

    @Test("a member present must be a member; a declaration names a member and a provider")
    func participationChecked() throws {
        var a = Self.agreement
        let index = try #require(a.meetings.firstIndex { $0.date == Self.january })
        var meeting = a.meetings[index]
        meeting.participation.present = ["Someone Else"]
        #expect(throws: EditError("Someone Else is not a member of the board: add them to the terms of reference (Agreement, Members) first")) {
            try a.applying(Change(.meeting(meeting)))
        }
        meeting.participation = Participation(present: [], declarations: [Declaration(member: "Head of Adults Finance", providerID: "P99", interest: "")])
        #expect(throws: EditError("there is no provider P99")) { try a.applying(Change(.meeting(meeting))) }
        a.governance.members.append(BoardMember(name: "Head of Adults Finance", partnerID: "LA", voting: false, role: ""))
        #expect(throws: EditError("Head of Adults Finance is a member twice")) { try a.applying(Change(.agreement(a.details))) }
    }

    @Test("an action still open from an earlier meeting is a matter arising, OVERDUE once past its date")
    func mattersArising() throws {
        var a = Self.agreement
        a.minutes[1].status = .open
        a.minutes[1].due = DateOnly(year: 2026, month: 1, day: 6)
        let text = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: Self.january)))
        #expect(text.contains("""
            ## Matters arising

            Outstanding from earlier meetings:

            - **Action A1** (OVERDUE, from 21 Oct 2025) [S02]: Bring a recovery plan for the D2A step-down beds (S02) to the \
            January board. — *ICB Northmoor Place Director*, due 6 Jan 2026

            """))
    }
}
