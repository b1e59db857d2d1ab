import S75Domain
import Testing

/// The Northmoor tables of the brief (§6.2, §6.4, §6.5), to the penny.
@Suite("Northmoor budgets")
struct NorthmoorBudgetTests {
    let a = Northmoor.agreement
    let m9 = Period(year: 2025, month: 12)
    let m12 = Period(year: 2026, month: 3)

    func plan(_ include: (SchemeLine) -> Bool) -> Money { a.lines.filter(include).sum(\.budget) }

    @Test("contributions: 45,700 = revenue 42,500 + capital 3,200; ICB 27,200 (64%), council 15,300 (36%)")
    func contributions() {
        #expect(a.contributions.sum(\.amount) == .thousands(45_700))
        #expect(a.contributions.filter { $0.ledger == .revenue }.sum(\.amount) == .thousands(42_500))
        #expect(a.contributions.filter { $0.ledger == .capital }.sum(\.amount) == .thousands(3_200))
        let icb = a.contributions.filter { $0.partnerID == "ICB" }.sum(\.amount)
        let council = a.contributions.filter { $0.partnerID == "LA" && $0.ledger == .revenue }.sum(\.amount)
        #expect(icb == .thousands(27_200))
        #expect(council == .thousands(15_300))
        #expect(icb.basisPoints(of: .thousands(42_500)) == 6_400)
        #expect(council.basisPoints(of: .thousands(42_500)) == 3_600)
    }

    static let sourceTable: [(FundingSource, Int64, Int64)] = [
        (.nhsMinimum, 25_800, 25_845), (.additionalNHS, 1_400, 1_520), (.laBetterCareGrant, 11_700, 12_150),
        (.additionalLA, 3_600, 3_850), (.disabledFacilitiesGrant, 3_200, 2_750),
    ]

    @Test("plan by source equals contributions by source, and outturn by source matches §6.4", arguments: sourceTable)
    func bySource(source: FundingSource, plan: Int64, outturn: Int64) {
        #expect(self.plan { $0.source == source } == .thousands(plan))
        #expect(a.contributions.filter { $0.source == source }.sum(\.amount) == .thousands(plan))
        #expect(a.figures(at: m12) { $0.source == source }.forecastOutturn == .thousands(outturn))
    }

    @Test("NHS minimum spent on social care is 10,900, above the ASC minimum of 9,800")
    func ascMinimum() {
        #expect(plan { $0.source == .nhsMinimum && $0.areaOfSpend == .socialCare } == .thousands(10_900))
    }

    @Test("revenue: plan 42,500, outturn 43,365, net overspend 865 (2.04%), gross +1,470 / −605")
    func revenueOutturn() {
        let revenue = a.figures(at: m12) { $0.ledger == .revenue }
        #expect(revenue.budget == .thousands(42_500))
        #expect(revenue.forecastOutturn == .thousands(43_365))
        #expect(revenue.forecastVariance == .thousands(865))
        #expect(revenue.forecastVarianceBasisPoints == 204)
        let variances = a.lines.filter { $0.ledger == .revenue }.compactMap { a.figures(for: $0, at: m12).forecastVariance }
        #expect(variances.filter { $0.pence > 0 }.sum() == .thousands(1_470))
        #expect(variances.filter { $0.pence < 0 }.sum() == .thousands(-605))
        #expect(a.figures(at: m12).forecastOutturn == .thousands(46_115))
    }

    @Test("by lead commissioner (revenue): LA 28,200 → 29,565; ICB 14,300 → 13,800")
    func byLeadCommissioner() {
        let la = a.figures(at: m12) { $0.ledger == .revenue && $0.leadCommissionerID == "LA" }
        let icb = a.figures(at: m12) { $0.ledger == .revenue && $0.leadCommissionerID == "ICB" }
        #expect((la.budget, la.forecastOutturn) == (.thousands(28_200), .thousands(29_565)))
        #expect((icb.budget, icb.forecastOutturn) == (.thousands(14_300), .thousands(13_800)))
    }

    static let areaTable: [(AreaOfSpend, Int64)] = [(.socialCare, 29_400), (.communityHealth, 12_900), (.acute, 1_500),
                                                 (.mentalHealth, 1_300), (.other, 600)]

    @Test("plan by area of spend", arguments: areaTable)
    func byArea(area: AreaOfSpend, amount: Int64) {
        #expect(plan { $0.areaOfSpend == area } == .thousands(amount))
    }

    static let monthNineTable: [(String, Int64, Int64, Int64, Int64, Int64)] = [
        // line, YTD budget, actual YTD, YTD var, M9 forecast, forecast var
        ("S01a", 2_550, 2_500, -50, 3_400, 0), ("S01b", 1_350, 1_395, 45, 1_900, 100), ("S02", 1_950, 2_095, 145, 2_850, 250),
        ("S03", 3_000, 3_050, 50, 4_150, 150), ("S04", 5_250, 5_070, -180, 6_900, -100), ("S05", 2_400, 2_280, -120, 3_100, -100),
        ("S06", 1_125, 1_100, -25, 1_500, 0), ("S07", 975, 940, -35, 1_280, -20), ("S08a", 1_050, 1_090, 40, 1_480, 80),
        ("S08b", 1_350, 1_380, 30, 1_880, 80), ("S09", 675, 660, -15, 900, 0), ("S10", 750, 720, -30, 980, -20),
        ("S11", 0, 0, 0, 300, 0), ("S12", 450, 425, -25, 580, -20), ("S13", 3_150, 3_085, -65, 4_200, 0),
        ("S14", 2_475, 2_645, 170, 3_600, 300), ("S15", 1_575, 1_580, 5, 2_150, 50), ("S16", 1_575, 1_530, -45, 2_080, -20),
        ("S17", 1_920, 1_610, -310, 2_900, -300),
    ]

    @Test("month 9 line by line, and each line's profile gives its YTD budget", arguments: monthNineTable)
    func monthNineLine(row: (String, Int64, Int64, Int64, Int64, Int64)) throws {
        let line = try #require(a.lines.first { $0.id == row.0 })
        let f = a.figures(for: line, at: m9)
        #expect(f.budgetToDate == .thousands(row.1))
        #expect(f.actualToDate == .thousands(row.2))
        #expect(f.ytdVariance == .thousands(row.3))
        #expect(f.forecastOutturn == .thousands(row.4))
        #expect(f.forecastVariance == .thousands(row.5))
        #expect(line.profile.budgetToDate(line.budget, monthOfYear: 9) == .thousands(row.1))
    }

    @Test("month 9 totals: revenue 31,650 / 31,545 / −105 / 43,230 / +730; pool 33,570 / 33,155 / −415 / 46,130 / +430")
    func monthNineTotals() {
        let revenue = a.figures(at: m9) { $0.ledger == .revenue }
        #expect([revenue.budgetToDate, revenue.actualToDate, revenue.ytdVariance, revenue.forecastOutturn, revenue.forecastVariance]
                == [31_650, 31_545, -105, 43_230, 730].map(Money.thousands))
        let total = a.figures(at: m9)
        #expect([total.budget, total.budgetToDate, total.actualToDate, total.ytdVariance, total.forecastOutturn, total.forecastVariance]
                == [45_700, 33_570, 33_155, -415, 46_130, 430].map(Money.thousands))
    }

    @Test("the totals worked once for the Budgets pane are the brief's: revenue 31,650 / 31,545 / 43,230, pool 33,570 / 33,155 / 46,130, capital the difference")
    func ledgerTotalsAtMonthNine() {
        let totals = a.ledgerTotals(at: m9)
        let revenue = totals.byLedger[.revenue], capital = totals.byLedger[.capital]
        #expect([revenue?.budgetToDate, revenue?.actualToDate, revenue?.forecastOutturn] == [31_650, 31_545, 43_230].map(Money.thousands))
        #expect([totals.pool.budget, totals.pool.budgetToDate, totals.pool.actualToDate, totals.pool.forecastOutturn]
                == [45_700, 33_570, 33_155, 46_130].map(Money.thousands))
        #expect([capital?.budgetToDate, capital?.actualToDate, capital?.forecastOutturn] == [1_920, 1_610, 2_900].map(Money.thousands),
                "capital is the pool less revenue, re-added")
        #expect(totals.lineCounts[.revenue].map { $0 + (totals.lineCounts[.capital] ?? 0) } == a.lines.count)
        var withoutS14 = a
        withoutS14.monitoring.remove(line: "S14", period: m9)
        #expect(withoutS14.ledgerTotals(at: m9).pool.actualToDate == nil, "a missing return leaves the pool's actual unknown, not short")
        #expect(withoutS14.ledgerTotals(at: m9).pool.missingReturns == ["S14"])
    }

    @Test("at month 9 the board sees S02 and S14 Red, the revenue pool Amber at +1.7%")
    func monthNineRAG() throws {
        for id in ["S02", "S14"] {
            let line = try #require(a.lines.first { $0.id == id })
            #expect(a.status(a.figures(for: line, at: m9)) == .red)
        }
        let revenue = a.figures(at: m9) { $0.ledger == .revenue }
        #expect(a.status(revenue) == .amber)
        #expect(revenue.forecastVarianceBasisPoints == 172)
        let s14 = try #require(a.lines.first { $0.id == "S14" })
        #expect(a.figures(for: s14, at: m9).forecastVarianceBasisPoints == 909)
    }

    static let movements: [(String, Int64)] = [("S02", 170), ("S11", -120), ("S14", 110), ("S17", -150)]

    @Test("movement from month 9 to the final outturn", arguments: movements)
    func movement(id: String, movement: Int64) throws {
        let line = try #require(a.lines.first { $0.id == id })
        #expect(a.movement(for: line, at: m12) == .thousands(movement))
        #expect(a.movement(for: line, at: m9) == nil)
    }

    static let thresholds: [(Int64, FinanceStatus)] = [(100, .green), (101, .amber), (300, .amber), (301, .red), (0, .green),
                                                        (-500, .green), (-501, .under), (-900, .under)]

    @Test("finance RAG thresholds: adverse over 1% Amber, over 3% Red; an underspend beyond 5% is Under, not Green",
          arguments: thresholds)
    func ragThresholds(varianceBasisPoints: Int64, expected: FinanceStatus) {
        let budget = Money.pounds(100_000)
        #expect(FinanceRAGRule.standard.rate(variance: Money(pence: budget.pence * varianceBasisPoints / 10_000), budget: budget) == expected)
    }
}
