import Foundation
import S75Documents
import S75Domain
import S75Interchange
import Testing

/// The Ashvale sample's figures, worked by hand from its schedules: the prime's money flows, the capitated contract's
/// risk corridor, the outcome element, and the integrated personal budgets.
@Suite("Ashvale sample")
struct AshvaleTests {
    let a: Agreement

    init() throws { a = try SampleDocuments.ashvale() }

    func contract(_ id: String) -> Contract { a.contracts.first { $0.id == id }! }

    @Test("the shipped document is canonical: exporting what it loads gives its bytes back; check finds nothing wrong")
    func canonical() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = try String(contentsOf: root.appendingPathComponent("Sources/S75Interchange/Samples/ashvale.json"), encoding: .utf8)
        #expect(try AgreementDocument.text(a) == shipped)
        #expect(a.validate().isEmpty)
        #expect(a.partners.filter { $0.kind == .integratedCareBoard }.count == 2, "a county council with two ICBs")
    }

    @Test("the pool: NHS minimum £22m from the two ICBs (£14m + £8m), council £9m + £0.3m revenue and £2.5m DFG capital")
    func pool() {
        #expect(a.contributions.sum(\.amount) == .pounds(33_800_000))
        #expect(a.contributions.filter { $0.source == .nhsMinimum }.sum(\.amount) == .pounds(22_000_000))
        #expect(a.lines.filter { $0.source == .nhsMinimum }.sum(\.budget) == .pounds(22_000_000))
    }

    @Test("prime contract K01: £6m to the prime, which pays P02 £2.4m, P03 £1.5m and P04 £0.6m and keeps £1.5m")
    func prime() {
        guard case .prime(let p)? = contract("K01").payment else { Issue.record("K01 is not a prime contract"); return }
        #expect(p.flows.map(\.amount) == [.pounds(6_000_000), .pounds(2_400_000), .pounds(1_500_000), .pounds(600_000)])
        #expect(p.flows.map(\.to) == ["P01", "P02", "P03", "P04"], "the commissioner pays the prime, the prime its subcontractors")
        #expect(p.retainedByPrime == .pounds(1_500_000))
    }

    @Test("outcome element K02: £300k withheld, 2:1 → £200k and £100k; 78% ≥ 75% is met, 4.5 weeks > 4 is not: £200k earned")
    func outcomeElement() {
        #expect(a.payment(for: contract("K02"), at: a.reportingPeriod).earned == nil, "not known before the year's outcomes are")
        let payment = a.payment(for: contract("K02"), at: a.financialYear.month(12))
        #expect(payment.outcomes?.lines.map(\.available) == [.pounds(200_000), .pounds(100_000)])
        #expect(payment.earned == .pounds(200_000))
        #expect(payment.withheld == .pounds(100_000))
    }

    @Test("capitated K03: 18,000 × £850 = £15.3m; £600k over: the first 2% (£306k) the provider's, the next £294k halved: provider £453k, commissioner £147k")
    func corridor() {
        guard case .capitation(let c, let actual)? = contract("K03").payment, let actual else { Issue.record("K03 is not capitated"); return }
        #expect(c.budget == .pounds(15_300_000))
        let split = c.settle(actualCost: actual)
        #expect(split.provider == .pounds(453_000))
        #expect(split.commissioner == .pounds(147_000))
        #expect(a.payment(for: contract("K03"), at: a.reportingPeriod).payable == .pounds(15_447_000))
    }

    @Test("personal budgets: £48,000 at 60% with £35 a week → ICB £28,800, person £1,820, council £17,380; and two more, worked the same way")
    func personalBudgets() {
        let splits = a.personalBudgets.map(\.split)
        #expect(splits.map(\.icb) == [.pounds(28_800), .pounds(14_560), .pounds(46_800)])
        #expect(splits.map(\.person) == [.pounds(1_820), .zero, .pounds(2_730)])
        #expect(splits.map(\.council) == [.pounds(17_380), .pounds(21_840), .pounds(12_870)])
        #expect(a.personalBudgets.sum(\.plan) == .pounds(146_800))
        #expect(splits.map { $0.icb + $0.council + $0.person } == a.personalBudgets.map(\.plan))
    }

    @Test("Ashvale exports, imports and re-exports byte for byte")
    func roundTrip() throws {
        let first = try AgreementDocument.text(a)
        #expect(try AgreementDocument.text(try AgreementDocument.agreement(from: Data(first.utf8))) == first)
    }
}
