/// Where the pool ends the year (or is forecast to, before month 12): the revenue risk share,
/// the capital position, and each partner's net cost.
///
/// There is a position only when every line has its return for the month: a missing return is
/// never taken as on budget, so ``Agreement/yearEndPosition(at:rule:)`` gives none and the
/// screens name the missing lines instead.
public struct YearEndPosition: Hashable, Sendable {
    /// The month whose outturn or forecast was used.
    public var period: Period
    /// The pooled revenue budget under the agreement's rule.
    public var revenue: Settlement
    /// The pooled capital lines, settled per line and grant outside the revenue risk share.
    public var capital: CapitalPosition
    /// Variances of aligned and non-pooled lines, which stay with their budget holders.
    public var outsidePool: [PartnerAmount]
    /// Each partner's revenue contribution plus its share: what the year costs it.
    public var netCost: [PartnerAmount]

    /// Whether the figures are the final outturn: month 12, with every line's month-12 return.
    public var isFinal: Bool { period.isYearEnd }
}

extension Agreement {
    /// The pooled revenue lines, whose variances the risk share covers.
    public var riskShareLines: [SchemeLine] { lines.filter { $0.ledger == .revenue && $0.budgetType == .pooled } }

    /// The partners with a revenue contribution, in the agreement's order, with it.
    public var revenueContributions: [PartnerAmount] {
        partners.map { partner in
            PartnerAmount(partner.id, contributions.filter { $0.partnerID == partner.id && $0.ledger == .revenue }.sum(\.amount))
        }.filter { $0.amount.pence > 0 }
    }

    /// The risk share's input at `period`: revenue contributions by partner, pooled revenue lines' variances,
    /// the reserve and the charge-backs decided by then; nil while a line has no return for the month.
    public func riskShareInput(at period: Period) -> RiskShareInput? {
        guard figures(at: period).isComplete else { return nil }
        let variances = riskShareLines.compactMap { line in
            figures(for: line, at: period).forecastVariance.map { LineVariance(line.id, lead: line.leadCommissionerID, $0) }
        }
        return RiskShareInput(contributions: revenueContributions, lines: variances, reserve: self.riskReserve, chargeBacks: chargeBacks(at: period))
    }

    /// Partners' names for the working.
    public var partnerNames: [Partner.ID: String] {
        Dictionary(partners.map { ($0.id, $0.shortName) }, uniquingKeysWith: { first, _ in first })
    }

    /// The year-end position at `period` under `rule` (the agreement's own by default); nil while any
    /// line has no return for the month, since its variance is not known.
    public func yearEndPosition(at period: Period, rule: RiskShareRule? = nil) -> YearEndPosition? {
        guard let input = riskShareInput(at: period) else { return nil }
        let revenue = RiskShare.settle(input, rule: rule ?? self.riskShare, names: partnerNames)
        let outside = partners.map { partner in
            PartnerAmount(partner.id, lines.filter { $0.budgetType != .pooled && $0.leadCommissionerID == partner.id }
                .compactMap { figures(for: $0, at: period).forecastVariance }.sum())
        }.filter { $0.amount != .zero }
        let netCost = input.contributions.map { PartnerAmount($0.partnerID, $0.amount + revenue.share(of: $0.partnerID)) }
        return YearEndPosition(period: period, revenue: revenue, capital: capitalPosition(at: period), outsidePool: outside,
                               netCost: netCost)
    }

    /// The overspend methods a board compares side by side: each bears its own, proportional,
    /// equal shares, and proportional capped at 1%.
    ///
    /// Equal shares split the pence that do not divide by the largest-remainder rule, ties to the
    /// partner first in the agreement (docs/money.md).
    public var whatIfMethods: [OverspendMethod] {
        let ids = revenueContributions.map(\.partnerID)
        return [.ownRisk, .proportional, .fixed(ids.map { PartnerSplit($0, 1) }), .cappedProportional(capBasisPoints: 100)]
    }

    /// The same outturn under each of ``whatIfMethods``, keeping the rest of the agreement's rule;
    /// nil while a line has no return. Each row is the year-end position under that method.
    public func whatIf(at period: Period) -> [(method: OverspendMethod, settlement: Settlement)]? {
        guard let input = riskShareInput(at: period) else { return nil }
        return RiskShare.compare(input, rule: self.riskShare, methods: whatIfMethods, names: partnerNames)
    }
}
