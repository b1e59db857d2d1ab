import S75Domain
import Testing

/// A remedial action plan is due when a line's forecast overspend passes the agreement's trigger (brief §2.3; §6: at M9
/// the board sees S02 and S14 Red, +9.6% and +9.1%, and asks for a plan).
@Suite("Remedial plans")
struct RemedialPlanTests {
    let m9 = Period(year: 2025, month: 12)

    @Test("at M9, trigger at Red (3%): six lines are over it (the brief's M9 table); S02 has October's A1 as its plan; the rest are due 21 days after 31 Dec")
    func northmoor() throws {
        let a = Northmoor.agreement
        let plans = a.remedialPlans(at: m9)
        // forecast variance ÷ budget, £000: S01b 100/1,800, S02 250/2,600, S03 150/4,000, S08a 80/1,400, S08b 80/1,800, S14 300/3,300
        #expect(plans.map(\.lineID) == ["S01b", "S02", "S03", "S08a", "S08b", "S14"])
        #expect(plans.map(\.varianceBasisPoints) == [556, 962, 375, 571, 444, 909])
        #expect(plans.map { $0.plan?.id } == [nil, "A1", nil, nil, nil, nil])
        let s14 = try #require(plans.last)
        #expect(s14.since == m9)
        #expect(s14.dueBy == DateOnly(year: 2026, month: 1, day: 21))
        #expect(s14.sentence(on: DateOnly(year: 2026, month: 1, day: 20))
                == "S14: a remedial plan is due by 21 Jan 2026 (forecast +9.1%, above the trigger since Dec 2025); none is recorded yet")
        #expect(s14.sentence(on: DateOnly(year: 2026, month: 1, day: 22))
                == "S14: a remedial plan was due by 21 Jan 2026 and none is recorded (forecast +9.1%, above the trigger since Dec 2025): OVERDUE")
        #expect(plans[1].sentence(on: DateOnly(year: 2026, month: 1, day: 22)) == "S02: remedial plan A1 (open), forecast +9.6%, above the trigger since Dec 2025")
    }

    @Test("a trigger of its own and days (14); a withdrawn action is no plan; the trigger is compared exactly")
    func ownTrigger() throws {
        var a = Northmoor.agreement
        a.financeRAG.remedialAboveBasisPoints = 909
        a.financeRAG.remedialPlanDays = 14
        #expect(a.remedialPlans(at: m9).map(\.lineID) == ["S02", "S14"], "300/3,300 = 9.0909% is above 9.09%")
        a.financeRAG.remedialAboveBasisPoints = 910
        #expect(a.remedialPlans(at: m9).map(\.lineID) == ["S02"])
        #expect(a.remedialPlans(at: m9).first?.dueBy == DateOnly(year: 2026, month: 1, day: 14))
        let index = try #require(a.minutes.firstIndex { $0.id == "A1" })
        a.minutes[index] = a.minutes[index].updated(to: .dropped, note: "Superseded", on: DateOnly(year: 2025, month: 11, day: 1))
        #expect(a.remedialPlans(at: m9).first?.plan == nil)
    }

    @Test("days are added across month and year ends, and in a leap year")
    func adding() {
        #expect(DateOnly(year: 2025, month: 12, day: 31).adding(days: 21) == DateOnly(year: 2026, month: 1, day: 21))
        #expect(DateOnly(year: 2028, month: 2, day: 1).endOfMonth == DateOnly(year: 2028, month: 2, day: 29))
        #expect(DateOnly(year: 2026, month: 1, day: 31).adding(days: 60) == DateOnly(year: 2026, month: 4, day: 1))
        #expect(DateOnly(year: 2026, month: 3, day: 31).adding(days: 0) == DateOnly(year: 2026, month: 3, day: 31))
    }
}
