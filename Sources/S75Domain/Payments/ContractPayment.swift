/// How sure a contract's payable figure is at a given month.
public enum PaymentStatus: String, Hashable, Sendable, Codable {
    /// A fixed sum agreed in the contract (block, grant, in-house): payable whatever happens, not yet final.
    case agreed
    /// Depends on activity, costs or outcomes not yet known for the whole year: a forecast.
    case forecast
    /// The year is complete and every figure it depends on is known.
    case final

    /// "agreed", "forecast" or "final".
    public var label: String { rawValue }
}

/// What a contract pays at a given month: value, money at risk, what has been earned and
/// withheld, what is payable for the year, and the working.
public struct ContractPayment: Hashable, Sendable {
    public var contract: Contract
    public var atRisk: Money
    /// Earned on outcomes (nil if nothing depends on outcomes, or nothing is known yet).
    public var earned: Money?
    /// Withheld for outcomes missed (nil until every outcome is known).
    public var withheld: Money?
    /// What is payable to the provider for the whole year, as forecast until ``status`` is final; nil while a line a
    /// paid-as-used contract is paid from has no return. No payments made to date are recorded, so this is never "paid".
    public var payable: Money?
    /// While outcomes are not yet known: the most that may be payable once they are (``payable`` is then
    /// the guaranteed part). Nil when the payable figure does not wait on outcomes.
    public var payableUpTo: Money?
    public var status: PaymentStatus
    /// How the payment is worked out, in words ("fixed sum for the year", "price × hours as used").
    public var basis: String
    /// The working, one line per step.
    public var working: [String]
    /// The outcome components, when the payment depends on outcomes.
    public var outcomes: OutcomePaymentResult?

    /// Whether every figure is final.
    public var isFinal: Bool { status == .final }
}

extension Agreement {
    /// The figures of an outcome measure as known at `period`: a metric's year value only once the year is complete.
    public func measureFigures(_ measure: OutcomeMeasure, at period: Period) -> MeasureFigures? {
        switch measure {
        case .own(let direction, let baseline, let target, let actual):
            return MeasureFigures(direction: direction, baseline: baseline, target: target, actual: period.isYearEnd ? actual : nil)
        case .metric(let id):
            guard let metric = metrics[id: id] else { return nil }
            let actual = period.isYearEnd ? metric.value(for: .year)?.value : nil
            return MeasureFigures(direction: metric.direction, baseline: metric.baseline, target: metric.annualTarget, actual: actual)
        }
    }

    /// The payment position of `contract` at `period`.
    public func payment(for contract: Contract, at period: Period, sharing: ContractsByLine? = nil) -> ContractPayment {
        let value = contract.value
        let yearEnd = period.isYearEnd
        var result = ContractPayment(contract: contract, atRisk: contract.atRisk, earned: nil, withheld: nil, payable: value,
                                     payableUpTo: nil, status: yearEnd ? .final : .forecast, basis: contract.form.paymentBasisLabel,
                                     working: [], outcomes: nil)
        func known(_ isKnown: Bool) { result.status = yearEnd && isKnown ? .final : .forecast }
        switch contract.payment {
        case nil, .block:
            if contract.form.paysFixedSum {
                if !yearEnd { result.status = .agreed }
                result.working = ["Fixed sum for the year: \(MoneyText.pounds(value))"]
            } else if contract.lineIDs.isEmpty {
                result.working = ["Paid as used (\(contract.paymentBasis)); \(MoneyText.pounds(value)) is the planned spend for the year. "
                                  + "It names no line it is paid from: name them so that its payable follows their spend"]
            } else {
                let used = paidAsUsed(contract, at: period, sharing: sharing)
                result.payable = used.payable
                known(used.missingReturns.isEmpty)
                result.working = ["Paid as used (\(contract.paymentBasis)): its share of the \(period.outturnWord) on its lines"]
                    + used.parts.map { "\($0.line): \(MoneyText.pounds($0.amount))" }
                    + (used.missingReturns.isEmpty ? ["Payable: \(used.payable.map(MoneyText.pounds) ?? "")"]
                       : ["\(used.missingReturns.joined(separator: ", ")) \(used.missingReturns.count == 1 ? "has" : "have") no return for "
                          + "\(period.label): the payable is not known (planned \(MoneyText.pounds(value)))"])
            }
        case .activity(let price, let planned, let actual):
            let volume = actual ?? planned
            let payable = price.multiplied(checked: volume)
            result.payable = payable
            result.basis = "price × volume"
            known(actual != nil && payable != nil)
            let units = "\(MoneyText.grouped(UInt64(max(0, volume)))) units × \(MoneyText.pounds(price))"
            result.working = [payable.map { "\(units) = \(MoneyText.pounds($0))" + (actual == nil ? " (planned volume)" : "") }
                              ?? "\(units) is more than £1,000,000,000,000, the most s75 holds: the payable is not known. Check the price and volume"]
        case .outcomes(let scheme):
            let outcome = scheme.evaluate { measureFigures($0, at: period) }
            result.outcomes = outcome
            result.atRisk = scheme.atRisk
            result.basis = scheme.model == .withhold ? "value less an outcome withhold" : "value plus an outcome bonus"
            result.earned = outcome.lines.contains { $0.earned != nil } ? outcome.earned : nil
            result.withheld = outcome.withheld
            known(outcome.isComplete)
            let guaranteed = scheme.model == .withhold ? value - scheme.atRisk : value
            let payable = outcome.isComplete ? scheme.totalPaid(contractValue: value, earned: outcome.earned) : guaranteed
            result.payable = payable
            result.payableUpTo = outcome.isComplete ? nil : guaranteed + scheme.atRisk
            result.working = outcome.lines.map { line in
                let achieved = line.achievementBasisPoints.map { PercentText.exact($0) } ?? "not yet known"
                return "\(line.name): \(PercentText.exact(line.shareBasisPoints)) of \(MoneyText.pounds(scheme.atRisk)) = "
                    + "\(MoneyText.pounds(line.available)); achieved \(achieved)"
                    + (line.earned.map { "; earned \(MoneyText.pounds($0))" } ?? "")
            } + [!outcome.isComplete
                 ? "Guaranteed \(MoneyText.pounds(guaranteed)); up to "
                    + "\(MoneyText.pounds(scheme.atRisk)) more depends on outcomes known at year end"
                 : scheme.model == .withhold
                 ? "Payable: \(MoneyText.pounds(value - scheme.atRisk)) + \(MoneyText.pounds(outcome.earned)) earned = \(MoneyText.pounds(payable))"
                 : "Payable: \(MoneyText.pounds(value)) + \(MoneyText.pounds(outcome.earned)) bonus = \(MoneyText.pounds(payable))"]
        case .riskReward(let alliance, let actual, let gateway):
            result.basis = "value plus a share of the alliance's gain or pain"
            guard let actual, yearEnd else {
                result.status = .forecast
                result.working = ["Gain or pain share against a target of \(MoneyText.pounds(alliance.targetCost)), settled at year end"]
                break
            }
            let shared = alliance.settle(actualCost: actual, gatewayMet: gateway)
            let mine = shared.providers.first { $0.partnerID == contract.providerID }?.amount ?? .zero
            let payable = alliance.payments(actualCost: actual, gatewayMet: gateway).first { $0.partnerID == contract.providerID }?.amount ?? value
            result.payable = payable
            result.working = ["Target \(MoneyText.pounds(alliance.targetCost)), actual \(MoneyText.pounds(actual)): saving "
                              + "\(MoneyText.pounds(shared.saving)); this provider's part of the actual cost "
                              + "\(MoneyText.pounds(payable - mine)) and its share \(MoneyText.pounds(mine))"
                              + (shared.saving.pence > 0 && !gateway ? " (the quality gateway was missed: no gain is paid)" : "")]
        case .capitation(let capitation, let actual):
            result.payable = capitation.budget
            result.basis = "capitated budget with a risk corridor"
            known(actual != nil)
            result.working = ["\(capitation.people) people × \(MoneyText.pounds(capitation.ratePerPerson)) = \(MoneyText.pounds(capitation.budget))"]
            if let actual {
                let split = capitation.settle(actualCost: actual)
                result.working.append("Actual \(MoneyText.pounds(actual)): provider bears \(MoneyText.pounds(split.provider)), "
                                      + "commissioner \(MoneyText.pounds(split.commissioner))")
                result.payable = capitation.budget + split.commissioner
            }
        case .prime(let prime):
            result.basis = "prime contract: the prime pays its subcontractors"
            if !yearEnd { result.status = .agreed }
            result.working = prime.flows.map { "\($0.from) pays \($0.to) \(MoneyText.pounds($0.amount))" }
                + ["\(prime.primeID) keeps \(MoneyText.pounds(prime.retainedByPrime))"]
        }
        return result
    }

    /// The money at risk on outcomes not yet known at `period`, over every contract paid on outcomes: what ``payments(at:of:sharing:)``
    /// would show as waiting on outcomes, without its working.
    public func outcomeMoneyAwaited(at period: Period) -> Money {
        contracts.reduce(Money.zero) { total, contract in
            guard case .outcomes(let scheme) = contract.payment, !scheme.evaluate({ measureFigures($0, at: period) }).isComplete else { return total }
            return total + scheme.atRisk
        }
    }

    /// The contracts whose payments depend on metric `metricID`, with the component's weight.
    public func payments(dependingOn metricID: Metric.ID) -> [(contract: Contract, component: OutcomeComponent)] {
        paymentsByMetric()[metricID] ?? []
    }

    /// For every metric, the contracts' outcome components that depend on it, in the contracts' order: in one pass.
    public func paymentsByMetric() -> [Metric.ID: [(contract: Contract, component: OutcomeComponent)]] {
        var dependents: [Metric.ID: [(contract: Contract, component: OutcomeComponent)]] = [:]
        for contract in contracts {
            guard case .outcomes(let scheme) = contract.payment else { continue }
            for component in scheme.components {
                if case .metric(let id) = component.measure { dependents[id, default: []].append((contract, component)) }
            }
        }
        return dependents
    }

    /// What each of `contracts` (every contract, unless given) is payable at `period`, in their order, the contracts
    /// sharing each line found once for them all when one is paid as used (or given as `sharing`, by a caller asking for
    /// several providers').
    public func payments(at period: Period, of chosen: [Contract]? = nil, sharing: ContractsByLine? = nil) -> [ContractPayment] {
        let chosen = chosen ?? Array(contracts)
        let sharing = sharing ?? (chosen.contains(where: \.isPaidAsUsed) ? ContractsByLine(self) : nil)
        return chosen.map { payment(for: $0, at: period, sharing: sharing) }
    }
}
