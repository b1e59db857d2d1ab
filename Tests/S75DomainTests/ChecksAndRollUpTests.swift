import S75Domain
import Testing

@Suite("Ring-fences, roll-ups and validation")
struct ChecksAndRollUpTests {
    let a = Northmoor.agreement
    let m12 = Period(year: 2026, month: 3)

    @Test("Northmoor passes every ring-fence: ASC 10,900 planned and 11,485 outturn ≥ 9,800, plan = contributions by source, capital apart")
    func ringFences() throws {
        let checks = a.ringFenceChecks(at: m12)
        #expect(checks.allSatisfy { $0.passed })
        #expect(checks.count == 8)
        let asc = try #require(checks.first)
        #expect(asc.actual == .thousands(10_900))
        #expect(asc.required == .thousands(9_800))
        #expect(checks[1].actual == .thousands(11_485))
    }

    @Test("moving budget between sources fails the plan-equals-contributions check")
    func ringFenceFails() {
        var changed = a
        changed.lines[0].budget += .thousands(100)
        let failed = changed.ringFenceChecks(at: m12).filter { !$0.passed }.map(\.name)
        #expect(failed == ["Planned spend equals contributions: NHS minimum contribution"])
    }

    @Test("every roll-up adds up to the pool, plan and outturn", arguments: RollUpDimension.allCases)
    func rollUpsReconcile(dimension: RollUpDimension) {
        let rows = a.rollUp(by: dimension, at: m12)
        #expect(rows.map(\.figures).total() == a.figures(at: m12))
        #expect(Set(rows.flatMap(\.lineIDs)).count == a.lines.count)
    }

    @Test("roll-ups match §6.4, with groups that hold revenue and capital split in two: the council leads 28,200 of revenue and the 3,200 DFG; social care is 26,200 revenue + 3,200 capital")
    func rollUpFigures() {
        let lead = a.rollUp(by: .leadCommissioner, at: m12)
        #expect(lead.map(\.key) == ["LA/revenue", "LA/capital", "ICB"])
        #expect(lead.map(\.figures.budget) == [28_200, 3_200, 14_300].map(Money.thousands))
        #expect(lead[0].figures.budget + lead[1].figures.budget == .thousands(31_400))
        #expect(lead[2].figures.forecastOutturn == .thousands(13_800))
        #expect(lead.map { a.status($0.figures) } == [.red, .under, .green])  // +1,365 (+4.8%), −450 (−14.1%), −500 (−3.5%)
        let area = a.rollUp(by: .areaOfSpend, at: m12)
        #expect(area.first { $0.key == "social-care/revenue" }?.figures.budget == .thousands(26_200))
        #expect(area.first { $0.key == "social-care/capital" }?.figures.budget == .thousands(3_200))
        let partner = a.rollUp(by: .partner, at: m12)
        #expect(partner.first { $0.key == "ICB" }?.figures.budget == .thousands(27_200))
        #expect(partner.map(\.key) == ["ICB", "LA/revenue", "LA/capital"])
    }

    @Test("a total of revenue and capital is never rated: the pool at month 9 is not Green (+0.9%) but not rated; revenue is Amber (+£730k), capital Under (DFG −9.4%)")
    func poolNotNetted() {
        let m9 = Period(year: 2025, month: 12)
        #expect(a.status(a.figures(at: m9)) == .notRated)
        #expect(a.status(a.figures(at: m9) { $0.ledger == .revenue }) == .amber)
        #expect(a.status(a.figures(at: m9) { $0.ledger == .capital }) == .under)
        #expect(a.figures(at: m9) { $0.ledger == .revenue }.forecastVariance == .thousands(730))
    }

    @Test("the Northmoor agreement validates clean")
    func clean() {
        #expect(a.validate().isEmpty)
        #expect(Agreement.blank(startYear: 2026).validate().map(\.location).contains("agreement"))
    }

    @Test("each kind of problem is found and located")
    func problems() {
        var bad = a
        bad.lines[1].leadCommissionerID = "NHSE"
        bad.lines[2].providerIDs = ["P99"]
        bad.contributions[1].partnerID = "X"
        bad.monitoring[0].period = Period(year: 2027, month: 1)
        bad.providers[0].allianceShareBasisPoints = 7_000
        bad.riskShare.overspend = .fixed([PartnerSplit("LA", 5_000), PartnerSplit("ICB", 4_000)])
        bad.financeRAG = FinanceRAGRule(amberAboveBasisPoints: 300, redAboveBasisPoints: 100)
        bad.metrics[0].annualTarget = bad.metrics[0].baseline
        bad.reportingPeriod = Period(year: 2027, month: 6)
        let found = bad.validate().map(\.description)
        for expected in ["line S01b: names lead commissioner \"NHSE\", which is not a partner",
                         "line S02: names provider \"P99\", which is not in the agreement",
                         "contribution C2: names partner \"X\", which is not in the agreement",
                         "monitoring S01a 2027-01: the month is outside the term",
                         "providers: alliance shares add up to 90%, not 100%",
                         "risk share: the fixed split adds up to 90%, not 100%",
                         "RAG thresholds: Amber must start at 0% or more, and Red no lower than Amber",
                         "metric M1: the target equals the baseline",
                         "agreement: the reporting period 2027-06 is outside the term"] {
            #expect(found.contains(expected), "missing: \(expected)")
        }
    }

    @Test("recording a meeting or a minute leaves the check as it was; a changed return, budget or contract does not")
    func checksTheSame() throws {
        var recorded = a
        try recorded.apply(Change(.meeting(Meeting(date: DateOnly(year: 2026, month: 2, day: 17), period: m12, stepReached: .pool))))
        #expect(recorded.checksTheSame(as: a))
        #expect(recorded.validate() == a.validate(), "what the shortcut assumes")
        var line = try #require(a.lines.first)
        line.leadCommissionerID = "nobody"
        var changed = a
        changed.lines[0] = line  // as a damaged file holds it: the form's check would refuse it
        #expect(!changed.checksTheSame(as: a))
        #expect(changed.validate() != a.validate())
        var returned = a
        returned.monitoring.remove(line: "S14", period: m12)
        #expect(!returned.checksTheSame(as: a))
    }

    @Test("a changed return leaves the records' check as it was, and the returns' check finds the gap; the whole check is both")
    func returnsCheckedApart() throws {
        var returned = a
        returned.monitoring.remove(line: "S14", period: m12)
        #expect(returned.recordsCheckTheSame(as: a))
        #expect(returned.recordProblems() == a.recordProblems(), "what the shortcut assumes")
        #expect(returned.returnProblems() == [ValidationProblem("monitoring \(m12)", "line S14 has no return, though other lines do")])
        #expect(returned.validate() == returned.recordProblems() + returned.returnProblems())
        var line = try #require(a.lines.first)
        line.leadCommissionerID = "nobody"
        var changed = returned
        changed.lines[0] = line
        #expect(!changed.recordsCheckTheSame(as: returned))
    }
}
