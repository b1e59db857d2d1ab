import S75Domain
import Testing

/// Contract payments: worked examples C, D, E and F, and Northmoor's alliance and carers (§6.7).
@Suite("Contract payments")
struct PaymentTests {
    static func k(_ thousands: Int64) -> Money { .thousands(thousands) }
    static func n(_ text: String) -> MetricNumber { MetricNumber(text) ?? MetricNumber(0) }

    static func own(_ direction: Metric.Direction, _ baseline: String, _ target: String, _ actual: String) -> OutcomeMeasure {
        .own(direction: direction, baseline: n(baseline), target: n(target), actual: n(actual))
    }

    @Test("example C: 12,000 contract, 10% withheld, graded achievement → 732 earned, 11,532 paid")
    func exampleC() {
        let scheme = OutcomePayment(model: .withhold, atRisk: Self.k(1_200), components: [
            OutcomeComponent(name: "Emergency admissions", weight: 40, measure: Self.own(.lowerIsBetter, "2400", "2280", "2310"),
                             rule: .graded(capBasisPoints: 10_000)),
            OutcomeComponent(name: "At home 91 days", weight: 25, measure: Self.own(.higherIsBetter, "80", "85", "86"),
                             rule: .graded(capBasisPoints: 10_000)),
            OutcomeComponent(name: "Improved outcomes", weight: 20, measure: Self.own(.higherIsBetter, "55", "65", "58"),
                             rule: .graded(capBasisPoints: 10_000)),
            OutcomeComponent(name: "Carer quality of life", weight: 15, measure: Self.own(.higherIsBetter, "6.9", "7.5", "6.8"),
                             rule: .graded(capBasisPoints: 10_000)),
        ])
        let evaluated = scheme.evaluate { measure in
            guard case .own(let d, let b, let t, let a) = measure else { return nil }
            return MeasureFigures(direction: d, baseline: b, target: t, actual: a)
        }
        #expect(evaluated.lines.map(\.achievementBasisPoints) == [7_500, 10_000, 3_000, 0])
        #expect(evaluated.lines.compactMap(\.earned) == [360, 300, 72, 0].map(Self.k))
        #expect(evaluated.earned == Self.k(732))
        #expect(evaluated.withheld == Self.k(468))
        #expect(scheme.totalPaid(contractValue: Self.k(12_000), earned: evaluated.earned) == Self.k(11_532))
    }

    @Test("an outcome not yet known earns nothing yet and leaves the payment open")
    func pending() {
        let scheme = OutcomePayment(model: .bonus, atRisk: Self.k(100), components: [
            OutcomeComponent(name: "x", weight: 1, measure: .metric("M9"), rule: .step)])
        let result = scheme.evaluate { _ in nil }
        #expect(result.earned == .zero)
        #expect(result.withheld == nil)
        #expect(!result.isComplete)
    }

    @Test("Northmoor alliance: 180 earned (P01 144, P02 18, P03 18), 120 retained; nothing known at month 9")
    func alliance() {
        let a = Northmoor.agreement
        let m12 = Period(year: 2026, month: 3)
        let earned = ["K09", "K10", "K11"].map { id in a.contracts.first { $0.id == id }.map { a.payment(for: $0, at: m12) } }
        #expect(earned.map { $0?.earned } == [144, 18, 18].map(Self.k))
        #expect(earned.compactMap { $0?.withheld }.sum() == Self.k(120))
        #expect(earned.compactMap { $0?.payable } == [144, 18, 18].map(Self.k))
        #expect(earned.compactMap { $0?.outcomes?.lines.map(\.achievementBasisPoints) }.first == [5_000, 5_000, 10_000])
        let m9 = a.contracts.first { $0.id == "K09" }.map { a.payment(for: $0, at: Period(year: 2025, month: 12)) }
        #expect(m9?.status == .forecast)
        #expect(m9?.earned == nil)
        #expect(m9?.payable == .zero)
        #expect(m9?.payableUpTo == Self.k(240))
    }

    @Test("Northmoor carers: two of three outcomes met → £30k earned, paid 855 + 30 = 885")
    func carers() throws {
        let a = Northmoor.agreement
        let contract = try #require(a.contracts.first { $0.id == "K07" })
        let payment = a.payment(for: contract, at: Period(year: 2026, month: 3))
        #expect(payment.earned == Self.k(30))
        #expect(payment.withheld == Self.k(15))
        #expect(payment.payable == Self.k(885))
        #expect(payment.outcomes?.lines.map(\.available) == [15, 15, 15].map(Self.k))
    }

    @Test("Northmoor at month 9: the alliance's £300k and the carers' £45k wait on outcomes, £345k, as the payments say; none at year end")
    func awaited() {
        let a = Northmoor.agreement
        let m9 = Period(year: 2025, month: 12), m12 = Period(year: 2026, month: 3)
        #expect(a.outcomeMoneyAwaited(at: m9) == Self.k(345))
        #expect(a.outcomeMoneyAwaited(at: m9) == a.payments(at: m9).filter { $0.payableUpTo != nil }.sum(\.atRisk))
        #expect(a.outcomeMoneyAwaited(at: m12) == .zero)
    }

    @Test("which payments hang on a metric")
    func dependingOn() {
        let a = Northmoor.agreement
        #expect(a.payments(dependingOn: "M1").map(\.contract.id) == ["K09", "K10", "K11"])
        #expect(a.payments(dependingOn: "M3").isEmpty)
    }

    static let alliance = AllianceRiskReward(targetCost: k(20_000), providerShareBasisPoints: 5_000, painCapBasisPoints: 200,
                                             members: [PartnerAmount("A", k(12_000)), PartnerAmount("B", k(6_000)), PartnerAmount("C", k(2_000))])

    @Test("example D gain: 800 saved, 400 to commissioners, A 240, B 120, C 40")
    func exampleDGain() {
        let result = Self.alliance.settle(actualCost: Self.k(19_200), gatewayMet: true)
        #expect(result.providers.map(\.amount) == [240, 120, 40].map(Self.k))
        #expect(result.commissioners == Self.k(400))
        #expect(result.providers.sum(\.amount) + result.commissioners == result.saving)
    }

    @Test("example D gain with the quality gateway missed: the providers' 400 stays with the commissioners")
    func exampleDGateway() {
        let result = Self.alliance.settle(actualCost: Self.k(19_200), gatewayMet: false)
        #expect(result.providers.map(\.amount) == [0, 0, 0].map(Self.k))
        #expect(result.commissioners == Self.k(800))
    }

    @Test("example D pain: 600 overrun, A 180, B 90, C 30, all inside their 2% caps")
    func exampleDPain() {
        let result = Self.alliance.settle(actualCost: Self.k(20_600), gatewayMet: true)
        #expect(result.providers.map(\.amount) == [-180, -90, -30].map(Self.k))
        #expect(result.commissioners == Self.k(-300))
    }

    @Test("a large overrun is capped at 2% of each contract; the rest falls to the commissioners")
    func painCap() {
        let result = Self.alliance.settle(actualCost: Self.k(22_000), gatewayMet: true)
        #expect(result.providers.map(\.amount) == [-240, -120, -40].map(Self.k))
        #expect(result.providers.sum(\.amount) + result.commissioners == Self.k(-2_000))
    }

    /// Example D's payments: the actual cost divided by contract value (60:30:10) plus each member's gain, or less its pain.
    /// Gain (actual 19,200): A 11,520 + 240 = 11,760, B 5,760 + 120 = 5,880, C 1,920 + 40 = 1,960; the commissioners pay
    /// 19,600 = actual + the providers' 400, keeping their own 400 of the 800 saving. Pain (actual 20,600): A 12,360 − 180 =
    /// 12,180, B 6,180 − 90 = 6,090, C 2,060 − 30 = 2,030; 20,300 = actual − the providers' 300 (more than the 20,000 target).
    /// Gateway missed: each is paid its part of the actual cost only, 19,200 in all.
    static let exampleDPayments: [(Int64, Bool, [Int64], Int64)] = [
        (19_200, true, [11_760, 5_880, 1_960], 19_600),
        (20_600, true, [12_180, 6_090, 2_030], 20_300),
        (19_200, false, [11_520, 5_760, 1_920], 19_200),
    ]

    @Test("example D payments: the alliance costs the commissioners the actual cost plus the providers' gain or less their pain",
          arguments: exampleDPayments)
    func exampleDPaid(actual: Int64, gateway: Bool, members: [Int64], total: Int64) {
        let paid = Self.alliance.payments(actualCost: Self.k(actual), gatewayMet: gateway)
        #expect(paid.map(\.amount) == members.map(Self.k))
        #expect(paid.sum(\.amount) == Self.k(total))
    }

    @Test("example E: capitation 18,000 × £2,250; a 2,100 overspend → provider 1,417.5, commissioner 682.5")
    func exampleE() {
        let capitation = Capitation(people: 18_000, ratePerPerson: .pounds(2_250), corridor: [
            CorridorBand(upToBasisPoints: 200, providerBasisPoints: 10_000),
            CorridorBand(upToBasisPoints: 500, providerBasisPoints: 5_000),
            CorridorBand(upToBasisPoints: nil, providerBasisPoints: 0),
        ])
        #expect(capitation.budget == Self.k(40_500))
        let split = capitation.settle(actualCost: Self.k(42_600))
        #expect(split.provider == .pounds(1_417_500))
        #expect(split.commissioner == .pounds(682_500))
        let saving = capitation.settle(actualCost: Self.k(40_000))
        #expect(saving.provider == Self.k(-500))
    }

    @Test("example F: a 48,000 plan split ICB 28,800, council 17,380, person 1,820; PA hours cost 45,864")
    func exampleF() {
        let split = PersonalBudget.split(plan: .pounds(48_000), healthBasisPoints: 6_000, weeklyClientContribution: .pounds(35))
        #expect(split.icb == .pounds(28_800))
        #expect(split.council == .pounds(17_380))
        #expect(split.person == .pounds(1_820))
        #expect(PersonalBudget.annualCost(hoursPerWeek: 42, hourlyRate: Money(pence: 1_750), onCostBasisPoints: 2_000) == .pounds(45_864))
    }

    @Test("a prime contractor's payments: the commissioner pays the prime, the prime pays its subcontractors")
    func prime() {
        let prime = PrimeContract(primeID: "P01", value: Self.k(27_000),
                                  subcontracts: [PartnerAmount("P02", Self.k(9_000)), PartnerAmount("P03", Self.k(6_500))])
        #expect(prime.flows.map(\.amount) == [27_000, 9_000, 6_500].map(Self.k))
        #expect(prime.flows[1].from == "P01")
        #expect(prime.retainedByPrime == Self.k(11_500))
    }

    @Test("activity and block payments: 155,000 hours at £25.80; 20 beds × 52 weeks × £1,150")
    func activityAndBlock() {
        var a = Northmoor.agreement
        var contract = Contract(id: "X", providerID: "P05", form: .spot, title: "Hours", value: Self.k(4_000), paymentBasis: "",
                                payment: .activity(price: Money(pence: 2_580), plannedVolume: 155_000, actualVolume: nil))
        a.contracts.append(contract)
        let planned = a.payment(for: contract, at: a.reportingPeriod)
        #expect(planned.payable == .pounds(3_999_000))
        #expect(!planned.isFinal)
        contract.payment = .activity(price: Money(pence: 2_580), plannedVolume: 155_000, actualVolume: 162_000)
        #expect(a.payment(for: contract, at: a.reportingPeriod).payable == .pounds(4_179_600))
        #expect(Money(pence: 20 * 52 * 115_000) == Self.k(1_196))
    }

    @Test("a price × volume beyond £10^12 leaves the payable not known, with a reason, instead of overflowing")
    func activityBeyondRange() {
        var a = Northmoor.agreement
        let contract = Contract(id: "X", providerID: "P05", form: .spot, title: "Hours", value: Self.k(4_000), paymentBasis: "",
                                payment: .activity(price: .maximum, plannedVolume: 155_000, actualVolume: Int64.max))
        a.contracts.append(contract)
        let payment = a.payment(for: contract, at: a.reportingPeriod)
        #expect(payment.payable == nil)
        #expect(!payment.isFinal)
        #expect(payment.working.first?.contains("is more than £1,000,000,000,000, the most s75 holds") == true)
        #expect(Money.maximum.multiplied(checked: 1) == .maximum)
        #expect(Money.maximum.multiplied(checked: 2) == nil)
        #expect(Money(pence: 2_580).multiplied(checked: 155_000) == .pounds(3_999_000))
    }
}
