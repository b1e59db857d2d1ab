/// A condition the money must meet: a ring-fence, or a rule of the Better Care Fund.
public struct RingFenceCheck: Hashable, Sendable {
    public var name: String
    /// What is required (nil where the check is an equality described in `detail`).
    public var required: Money?
    public var actual: Money
    public var passed: Bool
    public var detail: String
}

extension Agreement {
    /// The ring-fence checks: NHS minimum on adult social care, planned spend equal to contributions for
    /// every source, and capital kept apart from revenue.
    public func ringFenceChecks(at period: Period) -> [RingFenceCheck] {
        var checks: [RingFenceCheck] = []
        let ascLines = lines.filter { $0.source == .nhsMinimum && $0.areaOfSpend == .socialCare }
        let ascPlan = ascLines.sum(\.budget)
        let ascForecast = ascLines.map { figures(for: $0, at: period).forecastOutturn }.sum()
        checks.append(RingFenceCheck(
            name: "NHS minimum spent on adult social care", required: ascMinimum, actual: ascPlan,
            passed: ascPlan >= ascMinimum,
            detail: "planned \(MoneyText.pounds(ascPlan)), forecast \(MoneyText.pounds(ascForecast)) against a minimum of \(MoneyText.pounds(ascMinimum))"))
        for source in FundingSource.allCases {
            let contributed = contributions.filter { $0.source == source }.sum(\.amount)
            let planned = lines.filter { $0.source == source }.sum(\.budget)
            guard contributed != .zero || planned != .zero else { continue }
            checks.append(RingFenceCheck(
                name: "Planned spend equals contributions: \(source.label)", required: contributed, actual: planned,
                passed: planned == contributed,
                detail: "planned \(MoneyText.pounds(planned)), contributed \(MoneyText.pounds(contributed))"))
        }
        let capitalContributions = contributions.filter { $0.ledger == .capital }.sum(\.amount)
        let capitalPlan = lines.filter { $0.ledger == .capital }.sum(\.budget)
        checks.append(RingFenceCheck(
            name: "Capital kept apart from revenue", required: capitalContributions, actual: capitalPlan,
            passed: capitalPlan == capitalContributions,
            detail: "capital lines \(MoneyText.pounds(capitalPlan)) funded by capital contributions \(MoneyText.pounds(capitalContributions)); "
                + "capital variances are outside the revenue risk share"))
        return checks
    }
}
