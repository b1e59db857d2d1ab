/// A payment that depends on outcomes: a pot of money at risk, earned component by component.
///
/// Each component has a weight, a measure and an achievement rule; its part of the pot is
/// `pot × weight × achievement`. Under a withhold the pot is part of the contract value; under a
/// bonus it is paid on top.
public struct OutcomePayment: Hashable, Sendable, Codable {
    /// Whether the pot is held back from the contract value, or paid on top of it.
    public enum Model: String, Hashable, Sendable, Codable, CaseIterable {
        case withhold, bonus
    }

    public var model: Model
    /// The money at risk (the pot).
    public var atRisk: Money
    public var components: [OutcomeComponent]

    public init(model: Model, atRisk: Money, components: [OutcomeComponent]) {
        self.model = model
        self.atRisk = atRisk
        self.components = components
    }
}

/// One outcome a payment depends on.
public struct OutcomeComponent: Hashable, Sendable, Codable {
    public var name: String
    /// The component's weight relative to the others: its part of the pot is weight ÷ the sum of weights.
    public var weight: Int64
    public var measure: OutcomeMeasure
    public var rule: AchievementRule

    public init(name: String, weight: Int64, measure: OutcomeMeasure, rule: AchievementRule) {
        self.name = name
        self.weight = weight
        self.measure = measure
        self.rule = rule
    }
}

/// What an outcome is measured by: one of the agreement's metrics (its year value), or figures of the contract's own.
public enum OutcomeMeasure: Hashable, Sendable, Codable {
    case metric(Metric.ID)
    case own(direction: Metric.Direction, baseline: MetricNumber?, target: MetricNumber, actual: MetricNumber?)
}

/// How much of a component's share is earned.
public enum AchievementRule: Hashable, Sendable, Codable {
    /// In proportion to the way travelled from baseline to target, clamped to 0 and capped (10000 = 100%).
    case graded(capBasisPoints: Int64)
    /// 100% if the target is met, 50% if better than baseline, otherwise nothing.
    case step
    /// All if the target is met, otherwise nothing.
    case threshold

    /// A short description.
    public var label: String {
        switch self {
        case .graded(let cap): "graded, capped at \(PercentText.exact(cap))"
        case .step: "100% met / 50% improved / 0%"
        case .threshold: "all or nothing"
        }
    }
}

/// The resolved figures of a measure: direction, baseline, target and actual (nil while unknown).
public struct MeasureFigures: Hashable, Sendable {
    public var direction: Metric.Direction
    public var baseline: MetricNumber?
    public var target: MetricNumber
    public var actual: MetricNumber?

    public init(direction: Metric.Direction, baseline: MetricNumber?, target: MetricNumber, actual: MetricNumber?) {
        self.direction = direction
        self.baseline = baseline
        self.target = target
        self.actual = actual
    }

    /// Achievement under `rule` in basis points (10000 = 100%); nil while there is no actual.
    public func achievement(_ rule: AchievementRule) -> Int64? {
        guard let actual else { return nil }
        let better: (MetricNumber, MetricNumber) -> Bool = direction == .lowerIsBetter ? { $0 < $1 } : { $0 > $1 }
        let met = actual == target || better(actual, target)
        switch rule {
        case .threshold:
            return met ? 10_000 : 0
        case .step:
            if met { return 10_000 }
            guard let baseline else { return 0 }
            return better(actual, baseline) ? 5_000 : 0
        case .graded(let cap):
            guard let baseline, baseline != target else { return met ? cap : 0 }
            let travelled = Rounding.divide((baseline.thousandths - actual.thousandths) * 10_000, by: baseline.thousandths - target.thousandths)
            return min(max(travelled, 0), cap)
        }
    }
}

/// What an outcome payment came to: each component's working, the total earned, withheld and paid.
public struct OutcomePaymentResult: Hashable, Sendable {
    /// One component's working.
    public struct Line: Hashable, Sendable {
        public var name: String
        /// The component's share of the pot in basis points.
        public var shareBasisPoints: Int64
        /// The component's part of the pot.
        public var available: Money
        public var figures: MeasureFigures?
        /// nil while the outcome is not yet known.
        public var achievementBasisPoints: Int64?
        public var earned: Money?
    }

    public var lines: [Line]
    public var atRisk: Money
    /// Earned so far (components not yet known count as nothing).
    public var earned: Money { lines.compactMap(\.earned).sum() }
    /// The pot less what was earned (only once every component is known).
    public var withheld: Money? { isComplete ? atRisk - earned : nil }
    /// Whether every component's outcome is known.
    public var isComplete: Bool { lines.allSatisfy { $0.earned != nil } }
}

extension OutcomePayment {
    /// The payment's working, with `figures` resolving each measure (nil while unknown).
    public func evaluate(_ figures: (OutcomeMeasure) -> MeasureFigures?) -> OutcomePaymentResult {
        let pots = Allocation.largestRemainder(atRisk, weights: components.map { max(0, $0.weight) })
        let totalWeight = max(1, components.map(\.weight).reduce(0, +))
        let lines = zip(components, pots).map { component, available -> OutcomePaymentResult.Line in
            let resolved = figures(component.measure)
            let achievement = resolved?.achievement(component.rule)
            return OutcomePaymentResult.Line(name: component.name,
                                             shareBasisPoints: Rounding.divide(component.weight * 10_000, by: totalWeight),
                                             available: available, figures: resolved, achievementBasisPoints: achievement,
                                             earned: achievement.map { available.scaled(by: $0, over: 10_000) })
        }
        return OutcomePaymentResult(lines: lines, atRisk: atRisk)
    }

    /// What the provider is paid in all on a contract of `value`: the value less the pot plus what was earned
    /// (withhold), or the value plus what was earned (bonus).
    public func totalPaid(contractValue value: Money, earned: Money) -> Money {
        model == .withhold ? value - atRisk + earned : value + earned
    }
}
