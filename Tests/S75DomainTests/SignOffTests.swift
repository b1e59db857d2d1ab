import S75Domain
import Testing

/// Sign-offs on a month and on minutes: each keeps the figures it covers, and a later change shows it SUPERSEDED.
@Suite("Sign-offs")
struct SignOffTests {
    let m9 = Period(year: 2025, month: 12)
    let day = DateOnly(year: 2026, month: 1, day: 12)

    @Test("each partner submits its lines' returns, then the PFM approves the month; a later change supersedes, and a new signature follows")
    func month() throws {
        var a = Northmoor.agreement
        #expect(a.signOffStatus(of: m9) == "entered, not submitted")
        #expect(throws: EditError("Dec 2025 is approved once every partner has submitted it: waiting for LA, ICB")) {
            try a.signing(.approved(m9), by: "pat", on: day)
        }
        try a.apply(Change(.signOff(try a.signing(.submitted(m9, "LA"), by: "lee", on: day))))
        #expect(a.signOffStatus(of: m9) == "submitted by LA (ICB outstanding)")
        #expect(a.walkSentence(.monitoring, at: m9, on: day).hasSuffix(" Sign-off: submitted by LA (ICB outstanding)."))
        #expect(!Northmoor.agreement.walkSentence(.monitoring, at: m9, on: day).contains("Sign-off"))
        try a.apply(Change(.signOff(try a.signing(.submitted(m9, "ICB"), by: "jo", on: day))))
        try a.apply(Change(.signOff(try a.signing(.approved(m9), by: "pat", on: day))))
        #expect(a.signOffStatus(of: m9) == "approved by pat on 12 Jan 2026")
        #expect(a.supersededSignOffs().isEmpty)

        // S04 (an ICB line) corrected: the ICB's submission and the approval are superseded; the council's is not
        var s04 = try #require(a.entry(for: "S04", at: m9))
        s04.actualToDate = .pounds(5_100_000)
        try a.apply(Change(.monitoring(s04)))
        #expect(a.signOffStatus(of: m9) == "approved by pat on 12 Jan 2026 (SUPERSEDED: figures changed since)")
        #expect(a.supersededSignOffs().map(\.location) == ["sign-off submitted 2025-12 ICB", "sign-off approved 2025-12"])
        #expect(throws: EditError("Dec 2025 is approved once every partner has submitted it: waiting for ICB")) {
            try a.signing(.approved(m9), by: "pat", on: day)
        }
        #expect(throws: EditError("a sign-off is kept: sign again once what it covers changes")) {
            try a.applying(Change(key: .signOff("approved 2025-12"), new: nil))
        }
        #expect(throws: EditError("submitted 2025-12 LA is signed by lee on 12 Jan 2026 and still covers the figures as they are")) {
            try a.applying(Change(.signOff(try a.signing(.submitted(m9, "LA"), by: "lee", on: day))))
        }
        try a.apply(Change(.signOff(try a.signing(.submitted(m9, "ICB"), by: "jo", on: day))))
        try a.apply(Change(.signOff(try a.signing(.approved(m9), by: "pat", on: day))))
        #expect(a.supersededSignOffs().isEmpty)
        #expect(BoardReport(a, at: m9).signOff == "2025-12 approved by pat on 12 Jan 2026")
    }

    @Test("a partner submits only when its returns are all in")
    func missingReturns() throws {
        var a = Northmoor.agreement
        a.monitoring.remove(line: "S04", period: m9)
        #expect(throws: EditError("ICB's returns for Dec 2025 are not all in: S04")) { try a.signing(.submitted(m9, "ICB"), by: "jo", on: day) }
    }

    @Test("the chair signs minutes once the meeting is closed and the next has approved them; a later change to them supersedes it")
    func minutes() throws {
        var a = Northmoor.agreement
        let october = a.meetings[0].date
        #expect(throws: EditError("the minutes of 21 Oct 2025 are signed once the meeting is closed and the next meeting has approved them")) {
            try a.signing(.minutes(october), by: "chair", on: day)
        }
        try a.apply(Change(.meeting(try a.closingMeeting(october, on: october, by: "chair"))))
        let january = DateOnly(year: 2026, month: 1, day: 20)
        try a.apply(Change(.meeting(try a.starting(january, period: m9).approvingMinutes(at: january, movedBy: "Cllr Ahmed"))))
        try a.apply(Change(.signOff(try a.signing(.minutes(october), by: "chair", on: january))))
        #expect(a.supersededSignOffs().isEmpty)
    }

    @Test("each partner's signatory signs its part of the final settlement; a change to the outturn supersedes it")
    func yearEnd() throws {
        var a = Northmoor.agreement
        let year = FinancialYear(startYear: 2025), march = Period(year: 2026, month: 3)
        #expect(a.yearEndSignOffStatus(of: year) == nil)
        try a.apply(Change(.signOff(try a.signing(.yearEnd(year, "LA"), by: "s151", on: DateOnly(year: 2026, month: 4, day: 20)))))
        #expect(a.yearEndSignOffStatus(of: year) == "signed by LA on 20 Apr 2026; ICB outstanding")
        #expect(BoardReport(a, at: march).signOff == "year-end settlement signed by LA on 20 Apr 2026; ICB outstanding")
        var s02 = try #require(a.entry(for: "S02", at: march))
        s02.forecastOutturn = s02.forecastOutturn + .pounds(10_000)
        try a.apply(Change(.monitoring(s02)))
        #expect(a.yearEndSignOffStatus(of: year) == "signed by LA on 20 Apr 2026 (SUPERSEDED); ICB outstanding")
        a.monitoring.remove(line: "S02", period: march)
        #expect(throws: EditError("the year-end settlement of 2025-26 is signed once its month-12 outturn is final: every line's return in")) {
            try a.signing(.yearEnd(year, "ICB"), by: "cfo", on: DateOnly(year: 2026, month: 4, day: 21))
        }
    }
}

/// The Health and Wellbeing Board's sign-off of a BCF return, and where a month stands on its way to the record.
@Suite("BCF return sign-off and month standing")
struct BCFReturnSignOffTests {
    let year = FinancialYear(startYear: 2025)
    let m9 = Period(year: 2025, month: 12)
    let day = DateOnly(year: 2026, month: 1, day: 20)

    @Test("the Q3 return is signed off once every line's December return is in, dated, under delegated authority; a later metric value supersedes it")
    func bcfReturn() throws {
        var a = Northmoor.agreement
        #expect(throws: EditError("the Q1 BCF return of 2025-26 is signed off once every line's Jun 2025 return is in: missing S01a, S01b, S02, S03, S04 and 14 more")) {
            try a.signing(.bcfReturn(year, .q1), by: "pat", on: day)
        }
        #expect(throws: EditError("only a BCF return is signed off under delegated authority")) {
            try a.signing(.approved(m9), by: "pat", on: day, underDelegatedAuthority: true)
        }
        let signed = try a.signing(.bcfReturn(year, .q3), by: "pat", on: day, underDelegatedAuthority: true)
        #expect(signed.id == "bcf-return 2025-26 q3" && SignOff.Scope(id: signed.id) == .bcfReturn(year, .q3))
        #expect(SignOff.Scope(id: "bcf-return 2025-26 end-of-year") == .bcfReturn(year, .endOfYear))
        #expect(SignOff.Scope(id: "bcf-return 2025-26 q5") == nil)
        try a.apply(Change(.signOff(signed)))
        #expect(signed.statement == "the Q3 BCF return of 2025-26 signed off for the Health and Wellbeing Board on 20 Jan 2026 "
                + "under delegated authority, recorded by pat")
        #expect(a.bcfReturnSignOffStatus(of: year, .q3) == "signed off for the Health and Wellbeing Board on 20 Jan 2026 under delegated authority (recorded by pat)")
        #expect(BoardReport(a, at: m9).signOff == "Q3 BCF return signed off for the Health and Wellbeing Board on 20 Jan 2026 under delegated authority (recorded by pat)")

        // a year's value, after the quarter, is not part of it; a Q2 value changed later is: the sign-off is superseded, and said so
        var metric = try #require(a.metrics.first { $0.values.contains { $0.period == .year } && $0.values.contains { $0.period == .quarter(2) } })
        let whole = try #require(metric.values.firstIndex { $0.period == .year })
        metric.values[whole].value = MetricNumber(thousandths: metric.values[whole].value.thousandths + 1_000)
        try a.apply(Change(.metric(metric)))
        #expect(!a.isSuperseded(signed))
        let q2 = try #require(metric.values.firstIndex { $0.period == .quarter(2) })
        metric.values[q2].value = MetricNumber(thousandths: metric.values[q2].value.thousandths + 1_000)
        try a.apply(Change(.metric(metric)))
        #expect(a.isSuperseded(signed))
        #expect(a.bcfReturnSignOffStatus(of: year, .q3)?.hasSuffix("; SUPERSEDED: its figures changed since") == true)
        #expect(a.supersededSignOffs().map(\.location) == ["sign-off bcf-return 2025-26 q3"])
        // the report of another month names it on its first line
        #expect(BoardReport(a, at: m9.next).signOff == "SUPERSEDED since signed: bcf-return 2025-26 q3")

        // what the HWB signed includes the answers: a condition answered after signing supersedes a fresh signature too
        let again = try a.signing(.bcfReturn(year, .q3), by: "pat", on: day)
        try a.apply(Change(.signOff(again)))
        #expect(!a.isSuperseded(again))
        var answers = a.bcfReturnAnswers(year, .q3)
        answers.conditions[0].confirmed = true
        try a.apply(Change(.bcfAnswers(answers)))
        #expect(a.isSuperseded(again))
    }

    @Test("a month stands entered, submitted by some of the partners, approved, closed; a superseded signature counts for nothing")
    func standing() throws {
        var a = Northmoor.agreement
        #expect(a.standing(of: m9.next) == .notMonitored)
        #expect(a.standing(of: m9) == .entered)
        try a.apply(Change(.signOff(try a.signing(.submitted(m9, "LA"), by: "lee", on: day))))
        #expect(a.standing(of: m9) == .submitted(1, of: 2) && a.standing(of: m9).label == "submitted 1/2")
        try a.apply(Change(.signOff(try a.signing(.submitted(m9, "ICB"), by: "jo", on: day))))
        try a.apply(Change(.signOff(try a.signing(.approved(m9), by: "pat", on: day))))
        #expect(a.standing(of: m9) == .approved)
        var s04 = try #require(a.entry(for: "S04", at: m9))
        s04.actualToDate = .pounds(5_100_000)
        try a.apply(Change(.monitoring(s04)))
        #expect(a.standing(of: m9) == .submitted(1, of: 2))
        try a.apply(Change(.monthClose(try a.closing(m9, on: day, by: "pat"))))
        #expect(a.standing(of: m9) == .closed)
    }
}
