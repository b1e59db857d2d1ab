import S75Domain
import Testing

/// The year-end position never takes a missing return as on budget, settles capital per line and grant,
/// and every what-if row adds up to the pool's variance. Figures worked by hand from the brief (§2.4, §2.5, §2.7, §6.9).
@Suite("Year end: missing returns, capital and what-if rows")
struct YearEndTruthTests {
    let a = Northmoor.agreement
    let m9 = Period(year: 2025, month: 12)
    let m12 = Period(year: 2026, month: 3)

    func without(_ lineID: String, at period: Period) -> Agreement {
        var partial = a
        partial.monitoring.removeAll { $0.lineID == lineID && $0.period == period }
        return partial
    }

    @Test("a line without its return: no position, no share, no what-if, at month 6, 9 or 12", arguments: [9, 12])
    func noPosition(month: Int) {
        let period = a.financialYear.month(month)
        let partial = without("S14", at: period)
        #expect(partial.yearEndPosition(at: period) == nil)
        #expect(partial.whatIf(at: period) == nil)
        #expect(partial.riskShareInput(at: period) == nil)
        let report = BoardReport(partial, at: period)
        #expect(!report.agreement.isFinal)
        #expect(!report.yearEnd.isFinal && !report.yearEnd.isComplete)
        #expect(report.yearEnd.missingReturns == ["S14"])
        #expect(report.yearEnd.outturn == nil && report.yearEnd.netVariance == nil && report.yearEnd.reserveUsed == nil)
        #expect(report.yearEnd.shares.isEmpty && report.yearEnd.steps.isEmpty && report.yearEnd.reconciles == nil)
        #expect(report.yearEnd.capitalCarriedForward == nil && report.yearEnd.capitalOverspend == nil)
        #expect(report.partners.allSatisfy { $0.riskShare == nil && $0.netCost == nil })
        #expect(report.whatIf.count == 4)
        #expect(report.whatIf.allSatisfy { row in row.shares.allSatisfy { $0.amount == nil } && row.netVariance == nil })
    }

    @Test("month 12 with every return is final; the same month with one missing is a forecast")
    func finalOnlyWhenComplete() throws {
        #expect(try #require(a.yearEndPosition(at: m12)).isFinal)
        #expect(BoardReport(a, at: m12).agreement.isFinal)
        #expect(!BoardReport(without("S17", at: m12), at: m12).agreement.isFinal)
    }

    /// Capital (brief §2.7, §6.8(1)): S17 DFG 3,200 budget. Outturn 2,750: 450 carried forward under the DFG, nothing borne.
    /// A second capital line S18 (DFG, 500, led by the ICB) overspent by 100 while S17 underspent by 450: the ICB bears 100
    /// and the DFG carries forward 450; not 350 carried forward and 100 charged (the old double count).
    /// Contributions 3,700 + borne 100 − carried forward 450 = outturn 3,350 (2,750 + 600).
    @Test("capital is settled per line and grant: contributions + borne − carried forward = capital outturn")
    func capitalPerLine() throws {
        let northmoor = try #require(a.yearEndPosition(at: m12)).capital
        #expect(northmoor.carriedForward == [GrantAmount(.disabledFacilitiesGrant, .thousands(450))])
        #expect(northmoor.overspend.isEmpty)
        #expect(northmoor.contributions + northmoor.overspend.sum(\.amount) - northmoor.totalCarriedForward == .thousands(2_750))

        var two = a
        var s18 = try #require(a.lines.first { $0.id == "S17" })
        s18.id = "S18"
        s18.budget = .thousands(500)
        s18.leadCommissionerID = "ICB"
        two.lines.append(s18)
        let dfg = try #require(two.contributions.firstIndex { $0.source == .disabledFacilitiesGrant })
        two.contributions[dfg].amount += .thousands(500)
        let s17 = try #require(two.monitoring.first { $0.lineID == "S17" && $0.period == m12 })
        var entry = s17
        entry.lineID = "S18"
        entry.actualToDate = .thousands(600)
        entry.forecastOutturn = .thousands(600)
        two.monitoring.append(entry)
        let capital = try #require(two.yearEndPosition(at: m12)).capital
        #expect(capital.overspend == [PartnerAmount("ICB", .thousands(100))])
        #expect(capital.carriedForward == [GrantAmount(.disabledFacilitiesGrant, .thousands(450))])
        #expect(capital.outturn == .thousands(3_350))
        #expect(capital.contributions + capital.overspend.sum(\.amount) - capital.totalCarriedForward == capital.outturn)
        #expect(capital.reconciles)
    }

    @Test("capital reconciles under every risk-share model, with the revenue settlement", arguments: 0..<4)
    func capitalEveryModel(index: Int) throws {
        let rule = a.riskShare.with(overspend: a.whatIfMethods[index])
        let position = try #require(a.yearEndPosition(at: m12, rule: rule))
        let c = position.capital
        #expect(c.contributions + c.overspend.sum(\.amount) - c.totalCarriedForward == c.outturn)
        #expect(position.revenue.reconciles)
    }

    /// Three partners in an underspent pool (§2.5's example B shape): ICB 6,000, LA 3,000, district 1,000. LA-led lines
    /// +50 net (home care +150, reablement −100); ICB-led −150; district-led 0: the pool is −100 under, with a 200 reserve.
    /// "Each bears its own": the LA bears its +50, the ICB keeps its −150, the district 0; no reserve is drawn, as the
    /// pool has no overspend; the row adds to −100, and equals the position under own-risk underspend.
    static let threePartners = RiskShareInput(
        contributions: [PartnerAmount("ICB", .thousands(6_000)), PartnerAmount("LA", .thousands(3_000)), PartnerAmount("D", .thousands(1_000))],
        lines: [LineVariance("home care", lead: "LA", .thousands(150)), LineVariance("reablement", lead: "LA", .thousands(-100)),
                LineVariance("community", lead: "ICB", .thousands(-150)), LineVariance("housing", lead: "D", .zero)],
        reserve: .thousands(200))

    @Test("each bears its own in an underspent pool: the overspending partner bears its net overspend and the row adds up")
    func ownRiskUnderspent() {
        let ownRisk = RiskShare.settle(Self.threePartners, rule: RiskShareRule(overspend: .ownRisk, underspend: .carryForward))
        #expect(ownRisk.share(of: "LA") == .thousands(50))
        #expect(ownRisk.share(of: "ICB") == .thousands(-150))
        #expect(ownRisk.share(of: "D") == .zero)
        #expect(ownRisk.reserveUsed == .zero)
        #expect(ownRisk.shares.sum(\.amount) + ownRisk.reserveUsed - ownRisk.reserveAdded - ownRisk.carriedForward == ownRisk.netVariance)
        let keepsOwn = RiskShare.settle(Self.threePartners, rule: RiskShareRule(overspend: .proportional, underspend: .ownRisk))
        #expect(keepsOwn.shares == ownRisk.shares)
    }

    @Test("every what-if row adds up to the pool's variance and is the year-end position under that model", arguments: [9, 12])
    func whatIfRows(month: Int) throws {
        let period = a.financialYear.month(month)
        let rows = try #require(a.whatIf(at: period))
        for (method, settlement) in rows {
            let position = try #require(a.yearEndPosition(at: period, rule: a.riskShare.with(overspend: method)))
            #expect(settlement == position.revenue, "\(method.label)")
            #expect(settlement.shares.sum(\.amount) + settlement.reserveUsed - settlement.reserveAdded - settlement.carriedForward
                    == settlement.netVariance, "\(method.label)")
        }
    }

    /// Under a carry-forward underspend rule with every return, the what-if rows are figures, not "no return": an
    /// underspent pool (every line at budget less 1,000 on S04) carries 1,000 forward and no partner pays or receives.
    @Test("a carry-forward rule with every return present gives every partner a figure in every what-if row")
    func carryForwardWhatIf() throws {
        var under = a
        under.riskShare = RiskShareRule(overspend: .proportional, underspend: .carryForward)
        for index in under.monitoring.indices where under.monitoring[index].period == m12 {
            let line = try #require(under.lines.first { $0.id == under.monitoring[index].lineID })
            under.monitoring[index].forecastOutturn = line.budget - (line.id == "S04" ? .thousands(1_000) : .zero)
        }
        let report = BoardReport(under, at: m12)
        #expect(report.whatIf.count == 4)
        for row in report.whatIf {
            #expect(row.shares.map(\.name) == ["Council", "ICB"])
            #expect(row.shares.allSatisfy { $0.amount != nil }, "\(row.model)")
            #expect(row.netVariance == -100_000_000)
        }
        #expect(report.whatIf[1].carriedForward == 100_000_000)
    }

    /// Three equal shares of £1,000.00 (100,000 pence): 33,333 each and one penny left, which goes to the partner first
    /// in the agreement (the largest-remainder tie-break, docs/money.md).
    @Test("equal shares among three partners split by largest remainder, the odd penny to the first partner")
    func equalShares() {
        let equal = OverspendMethod.fixed([PartnerSplit("ICB", 1), PartnerSplit("LA", 1), PartnerSplit("D", 1)])
        #expect(equal.label == "Equal shares")
        let input = RiskShareInput(contributions: Self.threePartners.contributions, lines: [LineVariance("x", lead: "LA", .pounds(1_000))])
        let result = RiskShare.settle(input, rule: RiskShareRule(reserveFirst: false, overspend: equal, underspend: .returnProRata))
        #expect(result.shares.map(\.amount) == [Money(pence: 33_334), Money(pence: 33_333), Money(pence: 33_333)])
        #expect(OverspendMethod.fixed([PartnerSplit("ICB", 5_000), PartnerSplit("LA", 5_000)]).label == "Fixed 50:50")
        #expect(OverspendMethod.fixed([PartnerSplit("ICB", 3_333), PartnerSplit("LA", 6_667)]).label == "Fixed 33.33:66.67")
    }
}
