/// What a contract pays at a given month: value, money at risk, what has been earned and
/// withheld, what the provider is paid in all, and the working.
public struct ContractPayment: Hashable, Sendable {
    public var contract: Contract
    public var atRisk: Money
    /// Earned so far on outcomes (nil if nothing depends on outcomes).
    public var earned: Money?
    /// Withheld for outcomes missed (nil until every outcome is known).
    public var withheld: Money?
    /// What the provider is paid in all (as forecast until outcomes are known).
    public var paid: Money
    /// Whether every figure is final.
    public var isFinal: Bool
    /// The working, one line per step.
    public var working: [String]
    /// The outcome components, when the payment depends on outcomes.
    public var outcomes: OutcomePaymentResult?
}

extension Agreement {
    /// The figures of an outcome measure as known at `period`: a metric's year value only once the year is complete.
    public func measureFigures(_ measure: OutcomeMeasure, at period: Period) -> MeasureFigures? {
        switch measure {
        case .own(let direction, let baseline, let target, let actual):
            return MeasureFigures(direction: direction, baseline: baseline, target: target, actual: actual)
        case .metric(let id):
            guard let metric = metrics.first(where: { $0.id == id }) else { return nil }
            let actual = period.monthOfYear >= 12 ? metric.value(for: .year)?.value : nil
            return MeasureFigures(direction: metric.direction, baseline: metric.baseline, target: metric.annualTarget, actual: actual)
        }
    }

    /// The payment position of `contract` at `period`.
    public func payment(for contract: Contract, at period: Period) -> ContractPayment {
        let value = contract.value
        var result = ContractPayment(contract: contract, atRisk: contract.atRisk, earned: nil, withheld: nil, paid: value,
                                     isFinal: true, working: [], outcomes: nil)
        switch contract.payment {
        case nil, .block:
            result.working = ["Fixed payment of \(MoneyText.pounds(value))"]
        case .activity(let price, let planned, let actual):
            let volume = actual ?? planned
            result.paid = Money(pence: price.pence * volume)
            result.isFinal = actual != nil
            result.working = ["\(MoneyText.grouped(UInt64(max(0, volume)))) units × \(MoneyText.pounds(price)) = \(MoneyText.pounds(result.paid))"
                              + (actual == nil ? " (planned volume)" : "")]
        case .outcomes(let scheme):
            let outcome = scheme.evaluate { measureFigures($0, at: period) }
            result.outcomes = outcome
            result.atRisk = scheme.atRisk
            result.earned = outcome.earned
            result.withheld = outcome.withheld
            result.isFinal = outcome.isComplete
            result.paid = scheme.totalPaid(contractValue: value, earned: outcome.earned)
            result.working = outcome.lines.map { line in
                let achieved = line.achievementBasisPoints.map { "\($0 / 100)%" } ?? "not yet known"
                return "\(line.name): \(line.shareBasisPoints / 100)% of \(MoneyText.pounds(scheme.atRisk)) = "
                    + "\(MoneyText.pounds(line.available)); achieved \(achieved)"
                    + (line.earned.map { "; earned \(MoneyText.pounds($0))" } ?? "")
            } + [!outcome.isComplete
                 ? "Guaranteed \(MoneyText.pounds(scheme.model == .withhold ? value - scheme.atRisk : value)); up to "
                    + "\(MoneyText.pounds(scheme.atRisk)) more depends on outcomes not yet known"
                 : scheme.model == .withhold
                 ? "Paid: \(MoneyText.pounds(value - scheme.atRisk)) + \(MoneyText.pounds(outcome.earned)) earned = \(MoneyText.pounds(result.paid))"
                 : "Paid: \(MoneyText.pounds(value)) + \(MoneyText.pounds(outcome.earned)) bonus = \(MoneyText.pounds(result.paid))"]
        case .riskReward(let alliance, let actual, let gateway):
            guard let actual else {
                result.isFinal = false
                result.working = ["Gain or pain share against a target of \(MoneyText.pounds(alliance.targetCost)), settled at year end"]
                break
            }
            let shared = alliance.settle(actualCost: actual, gatewayMet: gateway)
            let mine = shared.providers.first { $0.partnerID == contract.providerID }?.amount ?? .zero
            result.paid = value + mine
            result.working = ["Target \(MoneyText.pounds(alliance.targetCost)), actual \(MoneyText.pounds(actual)): saving "
                              + "\(MoneyText.pounds(shared.saving)); this provider's share \(MoneyText.pounds(mine))"]
        case .capitation(let capitation, let actual):
            result.paid = capitation.budget
            result.isFinal = actual != nil
            result.working = ["\(capitation.people) people × \(MoneyText.pounds(capitation.ratePerPerson)) = \(MoneyText.pounds(capitation.budget))"]
            if let actual {
                let split = capitation.settle(actualCost: actual)
                result.working.append("Actual \(MoneyText.pounds(actual)): provider bears \(MoneyText.pounds(split.provider)), "
                                      + "commissioner \(MoneyText.pounds(split.commissioner))")
                result.paid = capitation.budget + split.commissioner
            }
        case .prime(let prime):
            result.working = prime.flows.map { "\($0.from) pays \($0.to) \(MoneyText.pounds($0.amount))" }
                + ["\(prime.primeID) keeps \(MoneyText.pounds(prime.retainedByPrime))"]
        }
        return result
    }

    /// The contracts whose payments depend on metric `metricID`, with the component's weight.
    public func payments(dependingOn metricID: Metric.ID) -> [(contract: Contract, component: OutcomeComponent)] {
        contracts.flatMap { contract -> [(contract: Contract, component: OutcomeComponent)] in
            guard case .outcomes(let scheme) = contract.payment else { return [] }
            return scheme.components.filter { $0.measure == .metric(metricID) }.map { (contract, $0) }
        }
    }
}
