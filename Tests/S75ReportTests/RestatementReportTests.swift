import S75Domain
import S75Report
import Testing

/// A closed month reported as closed, and a restated one with its first figures beside the restated (the record of account).
@Suite("Reports of closed and restated months")
struct RestatementReportTests {
    static let m9 = Period(year: 2025, month: 12)

    /// Northmoor with month 9 closed on 12 Jan 2026, reopened on 3 Feb because S03's accrual of £50,000 was missed, its
    /// actual to date corrected from £3,050,000 to £3,100,000, and closed again on 4 Feb.
    static var restated: Agreement {
        get throws { try restating(Northmoor.agreement) }
    }

    /// `agreement` with month 9 closed, reopened, S03 corrected and closed again, as ``restated`` describes.
    static func restating(_ agreement: Agreement) throws -> Agreement {
        var a = agreement
        try a.apply(Change(.monthClose(try a.closing(m9, on: DateOnly(year: 2026, month: 1, day: 12), by: "pfm"))))
        try a.apply(Change(.monthClose(try a.reopening(m9, on: DateOnly(year: 2026, month: 2, day: 3), by: "pfm", reason: "S03 accrual missed"))))
        var s03 = try #require(a.monitoring.entry(for: "S03", at: m9))
        #expect(s03.actualToDate == .pounds(3_050_000))
        s03.actualToDate = .pounds(3_100_000)
        try a.apply(Change(.monitoring(s03)))
        try a.apply(Change(.monthClose(try a.closing(m9, on: DateOnly(year: 2026, month: 2, day: 4), by: "pfm"))))
        return a
    }

    /// ``restated``, with November's returns (December's, a month earlier) closed first and a £10,000 adjustment to S02's
    /// November entered in December before it closed: a month-9 report with every table there is.
    static var withEveryTable: Agreement {
        get throws {
            var a = Northmoor.agreement
            let november = m9.previous
            try a.apply(Change(.variation(BudgetVariation(id: "V1", fromLineID: "S08a", toLineID: "S08b", amount: .pounds(90_000),
                                                          effective: Period(year: 2025, month: 10), reason: "telecare demand"))))
            for instalment in a.instalments(for: a.contributions[0], .quarterly) { try a.apply(Change(.instalment(instalment))) }
            for entry in a.returns(at: m9) { var e = entry; e.period = november; a.monitoring.record(e) }
            try a.apply(Change(.monthClose(try a.closing(november, on: DateOnly(year: 2025, month: 12, day: 10), by: "pfm"))))
            try a.apply(Change(.adjustment(PriorPeriodAdjustment(id: "PPA1", lineID: "S02", enteredIn: m9, relatesTo: november,
                                                                 amount: .pounds(10_000), reason: "Invoice missed"))))
            return try restating(a)
        }
    }

    @Test("a restated month says so on its first line and shows S03 as first reported and as restated; the totals differ by the correction")
    func restated() throws {
        let before = BoardReport(Northmoor.agreement, at: Self.m9)
        let report = BoardReport(try Self.restated, at: Self.m9)
        let close = try #require(report.close)
        #expect(close.state == "restated")
        #expect(close.summary == "restated on 4 Feb 2026: S03 accrual missed")
        #expect(close.restated.map(\.line) == ["S03", "Total"])
        let s03 = close.restated[0], total = close.restated[1]
        #expect(s03.firstActualToDate == 305_000_000 && s03.actualToDate == 310_000_000)
        #expect(s03.firstForecastOutturn == s03.forecastOutturn)
        // the first total is what the board was shown before; the restated one is £50,000 more, as the report now adds up
        let pool = try #require(before.totals.last?.actualToDate)
        #expect(total.firstActualToDate == pool)
        #expect(total.actualToDate == pool + 5_000_000)
        #expect(report.totals.last?.actualToDate == pool + 5_000_000)
        let text = try ReportFormat.text.render(report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasSuffix("month 9 (2025-12), RESTATED") == true)
        #expect(text.contains("RESTATED: 2025-12 was restated on 4 Feb 2026: S03 accrual missed."))
        #expect(text.contains("As first reported and as restated"))
        #expect(text.contains("S03                   £3,050,000      £3,100,000  +£50,000               £4,150,000    £4,150,000      £0"))
        #expect(text.contains("Total                £33,155,000     £33,205,000  +£50,000              £46,130,000   £46,130,000      £0"))
    }

    @Test("a closed month says so; one never closed says nothing of it")
    func closed() throws {
        var a = Northmoor.agreement
        #expect(BoardReport(a, at: Self.m9).close == nil)
        #expect(try ReportFormat.text.render(BoardReport(a, at: Self.m9)).split(separator: "\n").first?.hasSuffix("(2025-12)") == true)
        try a.apply(Change(.monthClose(try a.closing(Self.m9, on: DateOnly(year: 2026, month: 1, day: 12), by: "pfm"))))
        let report = BoardReport(a, at: Self.m9)
        #expect(report.close?.state == "closed")
        #expect(report.close?.restated == [])
        let text = try ReportFormat.text.render(report)
        #expect(text.split(separator: "\n").first?.hasSuffix("(2025-12), closed") == true)
        #expect(text.contains("Closed: 2025-12 was closed 12 Jan 2026 by pfm; these are the figures as reported."))
        #expect(!text.contains("As first reported"))
    }
}

/// The report lists the year's prior-period adjustments, with their total re-added.
@Suite("Reports of prior-period adjustments")
struct AdjustmentReportTests {
    @Test("two adjustments to December, entered in January and February, are listed from their months on, totalling +£45,000")
    func listed() throws {
        var a = Northmoor.agreement
        let december = Period(year: 2025, month: 12)
        try a.apply(Change(.monthClose(try a.closing(december, on: DateOnly(year: 2026, month: 1, day: 12), by: "pfm"))))
        a.reportingPeriod = Period(year: 2026, month: 3)
        try a.apply(Change(.adjustment(PriorPeriodAdjustment(id: "PPA1", lineID: "S03", enteredIn: Period(year: 2026, month: 1), relatesTo: december,
                                                             amount: .pounds(50_000), reason: "Accrual missed"))))
        try a.apply(Change(.adjustment(PriorPeriodAdjustment(id: "PPA2", lineID: "S14", enteredIn: Period(year: 2026, month: 2), relatesTo: december,
                                                             amount: .pounds(-5_000), reason: "Invoice credited"))))
        let january = BoardReport(a, at: Period(year: 2026, month: 1))
        #expect(january.priorPeriodAdjustments.map(\.id) == ["PPA1"])
        let march = BoardReport(a, at: Period(year: 2026, month: 3))
        #expect(march.priorPeriodAdjustments.map(\.amount) == [5_000_000, -500_000])
        let text = try ReportFormat.text.render(march)
        #expect(text.contains("PPA2        S14   2026-02     2025-12    −£5,000  Invoice credited"))
        #expect(text.contains("Total                                   +£45,000"))
        let csv = try ReportFormat.csv.render(march, csvTable: "prior-period-adjustments")
        let amounts = csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[4] }
        #expect(amounts == ["50000.00", "-5000.00", "45000.00"])
        #expect(!(try ReportFormat.text.render(BoardReport(a, at: december))).contains("Prior-period adjustments"))
    }
}
