import S75Domain
import Testing

/// Ledger actuals beside the returns, to the penny, worked by hand from Northmoor's December returns.
@Suite("Ledger reconciliation")
struct LedgerReconciliationTests {
    let dec = Period(year: 2025, month: 12)

    /// S02: £100.01 in April, £200.02 in November, £300.03 in December, and £5 in January (after December) and £7 in March
    /// 2025 (the year before) which do not count. S03: exactly its December return, £3,050,000.
    var overview: LedgerOverview {
        LedgerOverview(actuals: [
            "S02": [Period(year: 2025, month: 4): Money(pence: 10_001), Period(year: 2025, month: 11): Money(pence: 20_002),
                    dec: Money(pence: 30_003), Period(year: 2026, month: 1): Money(pence: 500), Period(year: 2025, month: 3): Money(pence: 700)],
            "S03": [Period(year: 2025, month: 6): Money(pence: 300_000_000), dec: Money(pence: 5_000_000)],
        ])
    }

    @Test("a line's ledger to date is its own financial year up to the month; the difference is ledger less return")
    func toThePenny() throws {
        let reconciliation = LedgerReconciliation(Northmoor.agreement, overview: overview, at: dec)
        let s02 = try #require(reconciliation.rows.first { $0.line.id == "S02" })
        #expect(s02.ledger == Money(pence: 60_006))                                // £100.01 + £200.02 + £300.03
        #expect(s02.reported == .pounds(2_095_000))
        #expect(s02.difference == Money(pence: 60_006 - 209_500_000))             // −£2,094,399.94
        #expect(!s02.agrees)
        let s03 = try #require(reconciliation.rows.first { $0.line.id == "S03" })
        #expect(s03.ledger == .pounds(3_050_000) && s03.agrees)
        #expect(reconciliation.rows.count == 19 && reconciliation.disagreeing.count == 17)  // S03, and S11 (£0 in both), agree
        #expect(reconciliation.ledgerTotal == Money(pence: 60_006 + 305_000_000))
        #expect(reconciliation.ledgerTotal == reconciliation.rows.map(\.ledger).sum())
    }

    @Test("taking the ledger's actuals changes only the actual to date of the lines that differ")
    func taking() throws {
        let a = Northmoor.agreement
        let changes = LedgerReconciliation(a, overview: overview, at: dec).changesTakingLedgerActuals(in: a)
        #expect(changes.count == 17 && !changes.contains { $0.key == .monitoring("S03", dec) })
        let s02 = try #require(changes.first { $0.key == .monitoring("S02", dec) })
        guard case .monitoring(let entry)? = s02.new else { Issue.record("not a return"); return }
        let before = try #require(a.entry(for: "S02", at: dec))
        #expect(entry.actualToDate == Money(pence: 60_006))
        #expect((entry.budgetToDate, entry.forecastOutturn, entry.commentary) == (before.budgetToDate, before.forecastOutturn, before.commentary))
    }

    @Test("a line without a return for the month gets one: budget to date from its profile, forecast carried forward")
    func newReturn() throws {
        let jan = Period(year: 2026, month: 1)
        let a = Northmoor.agreement
        let changes = LedgerReconciliation(a, overview: overview, at: jan).changesTakingLedgerActuals(in: a)
        let s02 = try #require(changes.first { $0.key == .monitoring("S02", jan) })
        guard case .monitoring(let entry)? = s02.new else { Issue.record("not a return"); return }
        #expect(entry.actualToDate == Money(pence: 60_506))                       // December's £600.06 and January's £5
        #expect(entry.forecastOutturn == a.entry(for: "S02", at: dec)?.forecastOutturn)
        let line = try #require(a.lines.first { $0.id == "S02" })
        #expect(entry.budgetToDate == line.profile.budgetToDate(line.budget, monthOfYear: 10))
    }

    @Test("a line outside the pool (aligned or non-pooled) is flagged, whether it agrees or not")
    func outsideThePool() throws {
        var a = Northmoor.agreement
        let index = try #require(a.lines.firstIndex { $0.id == "S03" })
        a.lines[index].budgetType = .aligned
        let rows = LedgerReconciliation(a, overview: overview, at: dec).rows
        #expect(rows.first { $0.line.id == "S03" }?.isOutsidePool == true)
        #expect(rows.filter(\.isOutsidePool).map(\.line.id) == ["S03"])
    }
}
