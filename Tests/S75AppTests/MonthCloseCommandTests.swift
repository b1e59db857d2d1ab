import S75App
import S75Domain
import Testing

/// `:close-month` and `:reopen-month` on the command line, and a closed month refused before anything is typed into it.
@Suite("Closing and reopening months from the screen")
struct MonthCloseCommandTests {
    let m9 = Period(year: 2025, month: 12)
    let today = DateOnly(year: 2026, month: 1, day: 20)

    func fresh() -> AppState {
        var state = AppState(agreement: Northmoor.agreement, storePath: "/data/northmoor.s75", today: today)
        state.user = "pfm"
        return state
    }


    @Test(":close-month closes the month shown, by this session's account, today; once saved it says so and the grid refuses the month")
    func close() throws {
        var state = fresh()
        let effects = run(&state, "close-month")
        let close = try Northmoor.agreement.closing(m9, on: today, by: "pfm")
        let summary = "Dec 2025 closed 20 Jan 2026 by pfm"
        #expect(effects == [.save(Change(.monthClose(close)), expecting: nil, intent: .record(summary: summary))])
        _ = reduce(&state, .saved(Change(.monthClose(close)), version: 1, intent: .record(summary: summary)))
        #expect(state.message?.text == "Saved: \(summary).")
        #expect(state.agreement.monthClose(m9) == close)
        #expect(state.undoSteps.isEmpty)
        _ = reduce(&state, .showPane(.budgets))
        #expect(reduce(&state, .edit) == [])
        #expect(state.grid == nil)
        #expect(state.message?.text == "Dec 2025 is closed: adjust it in an open month, or reopen it with a reason (:reopen-month 2025-12 REASON).")
        #expect(run(&state, "close-month 2025-12") == [])
        #expect(state.message?.text == "Not saved: Dec 2025 is already closed 20 Jan 2026 by pfm.")
    }

    @Test(":reopen-month needs the month and a reason; with them it reopens the month, and the grid takes it again")
    func reopen() throws {
        var state = fresh()
        let close = try Northmoor.agreement.closing(m9, on: today, by: "pfm")
        _ = reduce(&state, .saved(Change(.monthClose(close)), version: 1, intent: .record(summary: "closed")))
        #expect(run(&state, "reopen-month 2025-12") == [])
        #expect(state.message?.text == "reopen-month takes the month and why, e.g. reopen-month 2025-12 S03 accrual missed.")
        let effects = run(&state, "reopen-month M9 S03 accrual missed")
        let reopened = try state.agreement.reopening(m9, on: today, by: "pfm", reason: "S03 accrual missed")
        let summary = "Dec 2025 reopened 20 Jan 2026 by pfm: S03 accrual missed"
        #expect(effects == [.save(Change(.monthClose(reopened)), expecting: 1, intent: .record(summary: summary))])
        _ = reduce(&state, .saved(Change(.monthClose(reopened)), version: 2, intent: .record(summary: summary)))
        _ = reduce(&state, .edit)
        #expect(state.grid?.period == m9)
    }

    @Test("a month not yet reported does not close, and says why")
    func notReported() {
        var state = fresh()
        #expect(run(&state, "close-month 2026-01") == [])
        #expect(state.message?.text == "Not saved: Jan 2026 has not been reported yet: the agreement reports Dec 2025.")
    }

    @Test(":adjust enters a correction to a closed month in the month shown, reading the amount in the unit shown (£000)")
    func adjust() throws {
        var state = fresh()
        let close = try Northmoor.agreement.closing(m9, on: today, by: "pfm")
        _ = reduce(&state, .saved(Change(.monthClose(close)), version: 1, intent: .record(summary: "closed")))
        #expect(run(&state, "adjust S03 2025-12 50 S03 accrual missed") == [])
        #expect(state.message?.text == "Not saved: an adjustment is entered in a month after the one it corrects (Dec 2025).")
        _ = run(&state, "period 2026-01")
        let effects = run(&state, "adjust S03 2025-12 50 S03 accrual missed")
        let ppa = PriorPeriodAdjustment(id: "PPA1", lineID: "S03", enteredIn: Period(year: 2026, month: 1), relatesTo: m9,
                                        amount: .pounds(50_000), reason: "S03 accrual missed")
        #expect(effects == [.save(Change(.adjustment(ppa)), expecting: nil,
                                  intent: .edit(summary: "PPA1, £50,000 on S03 in Jan 2026 correcting Dec 2025", move: nil))])
        #expect(run(&state, "adjust S03") == [])
        #expect(state.message?.text == "adjust takes the line, the closed month it corrects, the amount and why, e.g. adjust S03 2025-12 50 accrual missed.")
    }

    @Test("a grid open on a month that another session then closes takes no further figure, and says why")
    func gridOnMonthClosedMeanwhile() throws {
        var state = fresh()
        _ = reduce(&state, .showPane(.budgets))
        _ = reduce(&state, .edit)
        #expect(state.grid?.period == m9)
        var closed = state.agreement
        try closed.apply(Change(.monthClose(try closed.closing(m9, on: today, by: "pfm"))))
        _ = reduce(&state, .storeChangedElsewhere(closed, versions: state.versions))  // the close is at version 1
        #expect(reduce(&state, .typed("5")) == [])
        #expect(state.grid?.draft == nil)
        #expect(state.message?.text == "Dec 2025 is closed: adjust it in an open month, or reopen it with a reason (:reopen-month 2025-12 REASON).")
    }
}
