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

    @Test("attendance, each item reached with its figures as shown, decisions under their item, other business last")
    func january() throws {
        let a = Self.agreement
        let text = MeetingMinutes.markdown(a, meeting: try #require(a.meeting(on: Self.january)))
        #expect(text == """
            # Northmoor Joint Commissioning Board — 20 Jan 2026

            Northmoor BCF Section 75 Partnership Agreement. Figures for Dec 2025 (month 9 of 2025-26).

            **DRAFT**: the meeting is still open, and what it records may yet change.

            **Attendance.** Present: both chairs. Apologies: none.

            ## 4. Pool and contributions

            The pool is £45.7m.

            ## 7. Year-end position and risk share

            The pool is £730k over.

            - **Decision D2** (agreed): Use the reserve.

            ## Other business

            - **Action A3** (open) [S02]: Report on S02. — *ICB*, due 17 Feb 2026

            """)
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
