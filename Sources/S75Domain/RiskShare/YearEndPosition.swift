/// Where the pool ends the year (or is forecast to, before month 12): the revenue risk share,
/// the capital position, and each partner's net cost.
public struct YearEndPosition: Hashable, Sendable {
    /// The month whose outturn or forecast was used.
    public var period: Period
    /// Whether the figures are the final outturn (month 12) rather than a forecast.
    public var isFinal: Bool
    /// The pooled revenue budget under the agreement's rule.
    public var revenue: Settlement
    /// Capital outturn − budget.
    public var capitalVariance: Money
    /// A capital underspend, carried forward under grant conditions.
    public var capitalCarriedForward: Money
    /// A capital overspend falls to the lead commissioners of the overspending lines.
    public var capitalOverspend: [PartnerAmount]
    /// Variances of aligned and non-pooled lines, which stay with their budget holders.
    public var outsidePool: [PartnerAmount]
    /// Each partner's revenue contribution plus its share: what the year costs it.
    public var netCost: [PartnerAmount]
    /// Lines with no return for the month: their variances are unknown and left out, so the position is incomplete.
    public var missingReturns: [SchemeLine.ID]

    /// Whether every line had a return, so the position can be relied on.
    public var isComplete: Bool { missingReturns.isEmpty }
}

extension Agreement {
    /// The pooled revenue lines, whose variances the risk share covers.
    public var riskShareLines: [SchemeLine] { lines.filter { $0.ledger == .revenue && $0.budgetType == .pooled } }

    /// The risk share's input at `period`: revenue contributions by partner, pooled revenue lines' variances, the reserve.
    public func riskShareInput(at period: Period) -> RiskShareInput {
        let contributions = partners.map { partner in
            PartnerAmount(partner.id, self.contributions.filter { $0.partnerID == partner.id && $0.ledger == .revenue }.sum(\.amount))
        }.filter { $0.amount.pence > 0 }
        let variances = riskShareLines.compactMap { line in
            figures(for: line, at: period).forecastVariance.map { LineVariance(line.id, lead: line.leadCommissionerID, $0) }
        }
        return RiskShareInput(contributions: contributions, lines: variances, reserve: riskReserve)
    }

    /// Partners' names for the working.
    public var partnerNames: [Partner.ID: String] {
        Dictionary(partners.map { ($0.id, $0.shortName) }, uniquingKeysWith: { first, _ in first })
    }

    /// The year-end position at `period` under `rule` (the agreement's own by default).
    public func yearEndPosition(at period: Period, rule: RiskShareRule? = nil) -> YearEndPosition {
        let revenue = RiskShare.settle(riskShareInput(at: period), rule: rule ?? riskShare, names: partnerNames)
        let capitalLines = lines.filter { $0.ledger == .capital && $0.budgetType == .pooled }
        func variances(_ lines: [SchemeLine]) -> [Money] { lines.compactMap { figures(for: $0, at: period).forecastVariance } }
        let capital = variances(capitalLines).sum()
        let capitalOverspend = partners.map { partner in
            PartnerAmount(partner.id, variances(capitalLines.filter { $0.leadCommissionerID == partner.id }).filter { $0.pence > 0 }.sum())
        }.filter { $0.amount.pence > 0 }
        let outside = partners.map { partner in
            PartnerAmount(partner.id, variances(lines.filter { $0.budgetType != .pooled && $0.leadCommissionerID == partner.id }).sum())
        }.filter { $0.amount != .zero }
        let netCost = riskShareInput(at: period).contributions.map {
            PartnerAmount($0.partnerID, $0.amount + revenue.share(of: $0.partnerID))
        }
        return YearEndPosition(period: period, isFinal: period.isYearEnd, revenue: revenue, capitalVariance: capital,
                               capitalCarriedForward: capital.pence < 0 ? -capital : .zero, capitalOverspend: capitalOverspend,
                               outsidePool: outside, netCost: netCost, missingReturns: figures(at: period).missingReturns)
    }

    /// The overspend methods a board compares side by side: each bears its own, proportional,
    /// an equal fixed split, and proportional capped at 1%.
    public var whatIfMethods: [OverspendMethod] {
        let ids = riskShareInput(at: reportingPeriod).contributions.map(\.partnerID)
        let equal = Allocation.largestRemainder(Money(pence: 10_000), weights: ids.map { _ in 1 }).map(\.pence)
        return [.ownRisk, .proportional, .fixed(zip(ids, equal).map { PartnerSplit($0, $1) }), .cappedProportional(capBasisPoints: 100)]
    }

    /// The same outturn under each of ``whatIfMethods``, keeping the rest of the agreement's rule.
    public func whatIf(at period: Period) -> [(method: OverspendMethod, settlement: Settlement)] {
        RiskShare.compare(riskShareInput(at: period), rule: riskShare, methods: whatIfMethods, names: partnerNames)
    }
}
