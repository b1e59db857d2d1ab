/// A condition the money must meet: a ring-fence, or a rule of the Better Care Fund.
public struct RingFenceCheck: Hashable, Sendable {
    /// Whether a check is met, missed, or has nothing to check yet.
    public enum Result: String, Hashable, Sendable, Codable {
        case met
        case notMet = "not-met"
        /// Nothing is set to check against (no minimum, no money from this source): never "met".
        case notSet = "not-set"
        /// The figure to check is not known: a line it depends on has no return. Never "met".
        case notKnown = "not-known"

        /// "met", "NOT MET" or "not set".
        public var label: String {
            switch self {
            case .met: "met"
            case .notMet: "NOT MET"
            case .notSet: "not set"
            case .notKnown: "not known"
            }
        }
    }

    public var name: String
    /// What is required (nil where the check is an equality described in `detail`).
    public var required: Money?
    /// The figure checked; nil when it is not known (a line without a return).
    public var actual: Money?
    public var result: Result
    public var detail: String

    /// Whether the check is met.
    public var passed: Bool { result == .met }
}

extension Agreement {
    /// The ring-fence checks: NHS minimum on adult social care, planned spend equal to contributions for
    /// every source, and capital kept apart from revenue.
    public func ringFenceChecks(at period: Period) -> [RingFenceCheck] {
        var checks: [RingFenceCheck] = []
        let ascLines = lines.filter { $0.source == .nhsMinimum && $0.areaOfSpend == .socialCare }
        let ascPlan = ascLines.sum { budget(of: $0, at: period) }
        let ascFigures = ascLines.map { figures(for: $0, at: period) }.total()
        let expected = ascFigures.forecastOutturn.map { "\(period.outturnWord) \(MoneyText.pounds($0))" }
            ?? "\(period.outturnWord) not known (\(ascFigures.missingReturns.count) line\(ascFigures.missingReturns.count == 1 ? "" : "s") without a return)"
        checks.append(self.ascMinimum == .zero
            ? RingFenceCheck(name: "NHS minimum spent on adult social care", required: nil, actual: ascPlan, result: .notSet,
                             detail: "no minimum is set for the agreement; planned \(MoneyText.pounds(ascPlan)), \(expected)")
            : RingFenceCheck(name: "NHS minimum spent on adult social care", required: self.ascMinimum, actual: ascPlan,
                             result: ascPlan >= self.ascMinimum ? .met : .notMet,
                             detail: "planned \(MoneyText.pounds(ascPlan)), \(expected) against a minimum of \(MoneyText.pounds(self.ascMinimum))"))
        if self.ascMinimum != .zero {
            let word = period.outturnWord
            checks.append(RingFenceCheck(
                name: "NHS minimum on adult social care, \(word)", required: self.ascMinimum, actual: ascFigures.forecastOutturn,
                result: ascFigures.forecastOutturn.map { $0 >= self.ascMinimum ? .met : .notMet } ?? .notKnown,
                detail: "\(expected) against a minimum of \(MoneyText.pounds(self.ascMinimum))"
                    + (ascFigures.forecastOutturn.map { $0 >= self.ascMinimum ? "" : ": short by \(MoneyText.pounds(self.ascMinimum - $0))" } ?? "")))
        }
        for source in FundingSource.allCases {
            let contributed = contributions.filter { $0.source == source }.sum(\.amount) + poolChanges(of: source, at: period)
            let planned = lines.filter { $0.source == source }.sum { budget(of: $0, at: period) }
            guard contributed != .zero || planned != .zero else { continue }
            checks.append(RingFenceCheck(
                name: "Planned spend equals contributions: \(source.label)", required: contributed, actual: planned,
                result: planned == contributed ? .met : .notMet,
                detail: "planned \(MoneyText.pounds(planned)), contributed \(MoneyText.pounds(contributed))"))
        }
        let capitalContributions = contributions.filter { $0.ledger == .capital }.sum(\.amount)
            + FundingSource.allCases.filter { $0.ledger == .capital }.sum { poolChanges(of: $0, at: period) }
        let capitalPlan = lines.filter { $0.ledger == .capital }.sum { budget(of: $0, at: period) }
        let noCapital = capitalContributions == .zero && capitalPlan == .zero
        checks.append(RingFenceCheck(
            name: "Capital kept apart from revenue", required: capitalContributions, actual: capitalPlan,
            result: noCapital ? .notSet : capitalPlan == capitalContributions ? .met : .notMet,
            detail: noCapital ? "the pool has no capital yet"
                : "capital lines \(MoneyText.pounds(capitalPlan)) funded by capital contributions \(MoneyText.pounds(capitalContributions)); "
                + "capital variances are outside the revenue risk share"))
        return checks
    }
}
