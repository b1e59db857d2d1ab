import S75Domain
import Testing

/// Figures that must never mislead a board, each worked by hand.
@Suite("Figures that tell the truth")
struct TruthTests {
    let a = Northmoor.agreement
    let m9 = Period(year: 2025, month: 12)
    let m12 = Period(year: 2026, month: 3)

    @Test("a month nobody monitored has no actual, no forecast and no rating: never £0, on budget and Green")
    func unmonitoredMonth() throws {
        let february = Period(year: 2026, month: 2)
        #expect(a.coverage(at: february) == .none)
        #expect(a.nearestMonitoredPeriod(to: february) == m9)
        let s02 = try #require(a.lines.first { $0.id == "S02" })
        let figures = a.figures(for: s02, at: february)
        #expect(figures.actualToDate == nil)
        #expect(figures.forecastOutturn == nil)
        #expect(figures.forecastVariance == nil)
        #expect(a.status(figures) == .noReturn)
        #expect(a.status(a.figures(at: february) { $0.ledger == .revenue }) == .noReturn)
        #expect(a.yearEndPosition(at: february) == nil)
        #expect(a.figures(at: february).missingReturns.count == 19)
    }

    @Test("one line missing from a monitored month: that line and every total holding it are unknown; the rest are rated")
    func missingLine() throws {
        var partial = a
        partial.monitoring.removeAll { $0.lineID == "S14" && $0.period == m9 }
        #expect(partial.coverage(at: m9) == .partial(missing: ["S14"]))
        let revenue = partial.figures(at: m9) { $0.ledger == .revenue }
        #expect(revenue.missingReturns == ["S14"])
        #expect(revenue.actualToDate == nil)
        #expect(revenue.budget == .thousands(42_500))
        #expect(partial.status(partial.figures(at: m9) { $0.ledger == .capital }) == .under)
        #expect(partial.validate().map(\.description) == ["monitoring 2025-12: line S14 has no return, though other lines do"])
    }

    @Test("an empty agreement is not rated Green, and a minimum of £0 is 'not set', not 'met'")
    func emptyAgreement() {
        let empty = Agreement.blank(startYear: 2026)
        #expect(empty.status(empty.figures(at: empty.reportingPeriod)) == .notRated)
        let checks = empty.ringFenceChecks(at: empty.reportingPeriod)
        #expect(checks.map(\.result) == [.notSet, .notSet])
        #expect(checks.first?.detail.contains("no minimum is set") == true)
        #expect(!checks.contains { $0.passed })
    }

    @Test("at month 12 the ASC check speaks of the outturn, at month 9 of the forecast")
    func outturnWord() throws {
        #expect(try #require(a.ringFenceChecks(at: m12).first).detail.contains("outturn £11,485,000"))
        #expect(try #require(a.ringFenceChecks(at: m9).first).detail.contains("forecast £"))
        #expect(m12.outturnWord == "outturn")
        #expect(m12.isYearEnd && !m9.isYearEnd)
    }

    /// £100,000 straight line: 8,333 at month 1 (100,000 × 1/12 = 8,333.33, down to the pound), 75,000 at month 9,
    /// 91,666 at month 11, the whole 100,000 at month 12; £1,000,000.50: 83,333 at month 1 and every penny at month 12.
    static let profileCases: [(Int64, Int, Int64)] = [
        (10_000_000, 1, 833_300), (10_000_000, 9, 7_500_000), (10_000_000, 11, 9_166_600), (10_000_000, 12, 10_000_000),
        (100_000_050, 1, 8_333_300), (100_000_050, 12, 100_000_050),
    ]

    @Test("a straight-line profile is whole pounds to date, month 12 takes the rest", arguments: profileCases)
    func straightLine(budget: Int64, month: Int, expected: Int64) {
        #expect(BudgetProfile.straightLine.budgetToDate(Money(pence: budget), monthOfYear: month) == Money(pence: expected))
    }

    @Test("year-to-date budgets of whole-pound lines are whole pounds, and the pool's is the sum of its lines as printed")
    func noStrayPence() {
        for month in 1...12 {
            let period = a.financialYear.month(month)
            var unmonitored = a
            unmonitored.monitoring = []
            let lines = unmonitored.lines.map { unmonitored.figures(for: $0, at: period).budgetToDate }
            #expect(lines.allSatisfy { $0.pence % 100 == 0 }, "month \(month)")
            #expect(unmonitored.figures(at: period).budgetToDate == lines.sum())
        }
    }

    @Test("a cap given as a percentage is rounded down: 1.75% of £12,345.67 is £216.04, never £216.05")
    func capRoundedDown() throws {
        let input = RiskShareInput(contributions: [PartnerAmount("A", Money(pence: 1_234_567)), PartnerAmount("B", Money(pence: 1_000_000))],
                                   lines: [LineVariance("L1", lead: "A", Money(pence: 1_000_000))])
        let settlement = RiskShare.settle(input, rule: RiskShareRule(reserveFirst: false, overspend: .cappedProportional(capBasisPoints: 175),
                                                                    underspend: .returnProRata))
        let a = try #require(settlement.shares.first { $0.partnerID == "A" })
        #expect(a.cap == Money(pence: 21_604))
        #expect(settlement.shares.first { $0.partnerID == "B" }?.amount == Money(pence: 17_500))
        #expect(a.amount == Money(pence: 1_000_000 - 17_500))
        #expect(settlement.reconciles)
        #expect(Money(pence: 1_234_567).percentageRoundedDown(175) == Money(pence: 21_604))
        #expect(Money(pence: -1_234_567).percentageRoundedDown(175) == Money(pence: -21_604))
    }

    @Test("a provider's pain cap is rounded down: 2.5% of £10,000.10 is £250.00 (not £250.01)")
    func painCapRoundedDown() {
        let alliance = AllianceRiskReward(targetCost: .pounds(100_000), providerShareBasisPoints: 10_000, painCapBasisPoints: 250,
                                          members: [PartnerAmount("P", Money(pence: 1_000_010))])
        #expect(alliance.settle(actualCost: .pounds(200_000), gatewayMet: true).providers.first?.amount == .pounds(-250))
    }

    @Test("a capital overspend is borne by the lead commissioner of the overspending capital line, and says so")
    func capitalOverspend() throws {
        var over = a
        let index = try #require(over.monitoring.firstIndex { $0.lineID == "S17" && $0.period == m12 })
        over.monitoring[index].forecastOutturn = .thousands(3_350)
        let position = try #require(over.yearEndPosition(at: m12))
        #expect(position.capital.overspend == [PartnerAmount("LA", .thousands(150))])
        #expect(position.capital.totalCarriedForward == .zero)
        let report = BoardReport(over, at: m12)
        #expect(report.yearEnd.capitalOverspend?.map(\.amount) == [15_000_000])
        #expect(report.yearEnd.capitalOverspend?.map(\.name) == ["Council"])
    }

    @Test("a provider's figures hold only its share of alliance lines, and the rows add up to the pool at month 9")
    func providerShares() throws {
        let rows = a.providerFigures(at: m9)
        #expect(rows.map(\.figures).total().budget == a.figures(at: m9).budget)
        #expect(rows.map(\.figures).total().forecastOutturn == a.figures(at: m9).forecastOutturn)
        let p01 = try #require(rows.first { $0.providerID == "P01" })
        #expect(p01.figures.budget == .thousands(11_440))
    }

    @Test("K07's annual outcome payment is a forecast at month 9 and final only at month 12; spot contracts are paid as used")
    func paymentStatus() throws {
        let k07 = try #require(a.contracts.first { $0.id == "K07" })
        let december = a.payment(for: k07, at: m9)
        #expect(december.status == .forecast)
        #expect(december.earned == nil)
        #expect(december.payable == .thousands(855))
        #expect(december.payableUpTo == .thousands(900))
        let march = a.payment(for: k07, at: m12)
        #expect(march.status == .final)
        #expect(march.payable == .thousands(885))
        let k06b = try #require(a.contracts.first { $0.id == "K06b" })
        #expect(!a.payment(for: k06b, at: m9).working.joined().contains("Fixed"))
        #expect(a.payment(for: k06b, at: m9).basis == "spot purchases at agreed rates, as used")
        let k01 = try #require(a.contracts.first { $0.id == "K01" })
        #expect(a.payment(for: k01, at: m9).status == .agreed)
    }

    @Test("M4's quarters are counts, its year a rate; each value carries its own unit")
    func metricUnits() throws {
        let m4 = try #require(a.metrics.first { $0.id == "M4" })
        #expect(m4.unit(of: .quarter(3)) == .count)
        #expect(m4.unit(of: .year) == .ratePer100k)
        #expect(m4.publicationLagMonths == 3)
        #expect(m4.latestAssessment(at: 11)?.period == .quarter(2))
        #expect(m4.latestAssessment(at: 12)?.period == .year)
        #expect(m4.latestAssessment(at: 9)?.period == .quarter(2))
    }

    static let dateCases: [(String, Bool?)] = [("2025-04-01", true), ("2025-02-31", false), ("2024-02-29", true), ("2025-02-29", false),
                                           ("2100-02-29", false), ("2000-02-29", true), ("2025-1-5", nil), ("25-01-05", nil),
                                           ("2025-13-01", nil), ("2025-04-01x", nil)]

    @Test("dates are exactly YYYY-MM-DD; a day the month does not have parses but does not exist", arguments: dateCases)
    func dates(text: String, exists: Bool?) {
        #expect(DateOnly(text)?.exists == exists)
    }

    @Test("check names negative money, shares outside 0–100% and dates that do not exist")
    func impossibleData() {
        var bad = a
        bad.lines[4].budget = .pounds(-5_000_000)
        bad.contributions[0].amount = .pounds(-1)
        bad.providers[0].allianceShareBasisPoints = 12_000
        bad.riskShare.overspend = .fixed([PartnerSplit("LA", 11_000), PartnerSplit("ICB", -1_000)])
        bad.start = DateOnly(year: 2025, month: 2, day: 31)
        let problems = bad.validate().map(\.description)
        for expected in ["line S04: the budget −£5,000,000 is negative", "contribution C1: the amount −£1 is negative",
                         "provider P01: the alliance share 120.0% is outside 0–100%",
                         "risk share: the fixed split gives LA 110.0%, outside 0–100%",
                         "risk share: the fixed split gives ICB −10.0%, outside 0–100%",
                         "agreement: the start date 2025-02-31 does not exist"] {
            #expect(problems.contains(expected), "missing: \(expected)")
        }
    }
}

/// The walk's sentences, from Northmoor's figures worked by hand (brief §6.4, §6.5, §6.9).
@Suite("Walk sentences")
struct WalkSentenceTests {
    let a = Northmoor.agreement
    let m9 = Period(year: 2025, month: 12)
    let m12 = Period(year: 2026, month: 3)

    /// §6.5 at month 9: revenue +730 (1.7%) though −105 to date; Red above 3%: S01b +5.6%, S02 +9.6%, S03 +3.75%,
    /// S08a +5.7%, S08b +4.4%, S14 +9.1%; Amber: S15 +2.4%; no revenue line beyond 5% under; capital S17 −300 (−9.4%, Under).
    @Test("month 9: every Red and Amber line, capital slippage, and a pool under to date but over at year end")
    func monitoringNine() {
        #expect(a.walkSentence(.pool, at: m9) == "The pool is £45.7m: £42.5m revenue (Council 36.0%, ICB 64.0%) and £3.2m capital.")
        #expect(a.walkSentence(.monitoring, at: m9)
                == "At Dec 2025 the revenue pool is forecast £730k over budget (1.7%, Amber), though £105k under budget to date; "
                + "Red: S01b, S02, S03, S08a, S08b, S14; Amber: S15; capital is forecast £300k under budget (9.4%, Under): slippage on S17.")
    }

    @Test("a sentence names ten lines of a list and counts the rest: twelve Red lines at month 9 read as ten and \"2 more\"")
    func longListsCounted() throws {
        var large = a
        let s02 = try #require(large.lines[id: "S02"]), december = try #require(large.entry(for: "S02", at: m9))
        for n in 1...6 {  // six more lines like S02, each £250k over on £2.6m (Red)
            var line = s02, entry = december
            line.id = "S02-c\(n)"
            entry.lineID = line.id
            large.lines.append(line)
            large.monitoring.append(entry)
        }
        let sentence = large.walkSentence(.monitoring, at: m9)
        #expect(sentence.contains("Red: S01b, S02, S03, S08a, S08b, S14, S02-c1, S02-c2, S02-c3, S02-c4 and 2 more; Amber: S15;"), "\(sentence)")
        #expect(!sentence.contains("S02-c5"))
    }

    /// §6.4 outturn: +865 (2.04%); Red: S01b +8.3%, S02 +16.2%, S03 +4.5%, S08a +8.6%, S08b +5.6%, S14 +12.4%, S15 +4.3%;
    /// Under beyond 5%: S11 −40%, S12 −6.7%; capital −450 (−14.1%).
    @Test("month 12: the outturn's Red and Under lines and the capital slippage")
    func monitoringTwelve() {
        #expect(a.walkSentence(.monitoring, at: m12)
                == "At Mar 2026 the revenue pool is outturn £865k over budget (2.0%, Amber); Red: S01b, S02, S03, S08a, S08b, S14, S15; "
                + "Under: S11, S12; capital is outturn £450k under budget (14.1%, Under): slippage on S17.")
    }

    /// §6.9: 730 (forecast) or 865 (outturn) less the 250 reserve leaves 480 or 615, shared 64:36; the council hosts,
    /// so it invoices the ICB its 64% (307,200 or 393,600) and bears its own 36% (172,800 or 221,400).
    @Test("the risk-share step says 'the revenue pool', draws on the reserve, and who invoices whom", arguments: [
        (Period(year: 2025, month: 12), "The revenue pool is forecast £730k over budget (1.7%); after a draw of £250k on the £250k reserve, "
            + "£480k is shared: the Council (host) invoices the ICB £307,200; the Council (host) bears £172,800 itself."),
        (Period(year: 2026, month: 3), "The revenue pool is outturn £865k over budget (2.0%); after a draw of £250k on the £250k reserve, "
            + "£615k is shared: the Council (host) invoices the ICB £393,600; the Council (host) bears £221,400 itself."),
    ])
    func riskShare(period: Period, sentence: String) {
        #expect(a.walkSentence(.yearEnd, at: period) == sentence)
        #expect(SpokenMoney.text(.pounds(393_600)) == "£393.6k")
        #expect(SpokenMoney.text(.pounds(45_700_000)) == "£45.7m")
    }

    @Test("with a return missing, the monitoring and risk-share steps name the line and state no position or share")
    func missingReturn() {
        var partial = a
        partial.monitoring.removeAll { $0.lineID == "S14" && $0.period == m9 }
        #expect(partial.walkSentence(.monitoring, at: m9) == "S14 has no return for Dec 2025, so the revenue pool's forecast is not known.")
        #expect(partial.walkSentence(.yearEnd, at: m9) == "No position and no partner's share can be stated: S14 has no return for Dec 2025.")
        #expect(partial.walkSentence(.decisionsNeeded, at: m9).contains("reserve") == false)
    }

    @Test("the reserve is a draw on the reserve, not 'the £250k reserve'")
    func reserveDraw() {
        #expect(a.walkSentence(.decisionsNeeded, at: m9).contains("a draw of £250k on the £250k reserve"))
    }

    /// At month 9 S02's forecast cut to 2,000 leaves the NHS minimum's social care forecast at 3,400 + 2,000 + 4,150 + 900 =
    /// 10,450 against a minimum raised to 10,900: the plan (10,900) meets it, the forecast falls £450,000 short.
    @Test("the ring-fence step checks the forecast against the ASC minimum, not only the plan")
    func ringFenceForecast() throws {
        var short = a
        short.ascMinimum = .thousands(10_900)
        let index = try #require(short.monitoring.firstIndex { $0.lineID == "S02" && $0.period == m9 })
        short.monitoring[index].forecastOutturn = .thousands(2_000)
        let checks = short.ringFenceChecks(at: m9)
        #expect(checks.first { $0.name == "NHS minimum spent on adult social care" }?.result == .met)
        let forecast = try #require(checks.first { $0.name == "NHS minimum on adult social care, forecast" })
        #expect(forecast.result == .notMet)
        #expect(forecast.actual == .thousands(10_450))
        #expect(forecast.detail.hasSuffix("short by £450,000"))
        #expect(short.walkSentence(.ringFences, at: m9).contains("NHS minimum on adult social care, forecast"))
        var missing = a
        missing.monitoring.removeAll { $0.lineID == "S02" && $0.period == m9 }
        let unknown = try #require(missing.ringFenceChecks(at: m9).first { $0.name == "NHS minimum on adult social care, forecast" })
        #expect(unknown.result == .notKnown)
        #expect(unknown.actual == nil)
    }

    /// Quarterly metrics lag two months: at month 9 (December) the latest published quarter is Q2 (July–September),
    /// published from November 2025 (M3 and M4 lag three months: December); M5 is annual and has nothing published.
    @Test("the outcomes step says which period's data is shown and when it was published")
    func outcomes() {
        let sentence = a.walkSentence(.outcomes, at: m9)
        #expect(sentence.contains("M1, M2, M6: Q2 data published Nov 2025"))
        #expect(sentence.hasSuffix("nothing published yet for M5."))
    }
}
