/// The pooled capital lines at the year end, settled per line and grant outside the revenue risk share
/// (brief §2.7: capital underspend is carried forward under its grant's conditions).
///
/// An overspending line's overspend falls to its lead commissioner; each grant carries forward what its
/// contributions leave once its lines' outturn, less the overspends their leads bear, is met. So it always
/// reconciles: contributions + borne − carried forward = outturn, and nothing is counted twice (an
/// underspend on one line never pays for another line's overspend).
public struct CapitalPosition: Hashable, Sendable {
    /// The capital contributions (grants) to the pool.
    public var contributions: Money
    /// The pooled capital lines' budgets.
    public var budget: Money
    /// The pooled capital lines' outturn (or forecast before month 12).
    public var outturn: Money
    /// Each overspending line's overspend, added up by its lead commissioner, who bears it.
    public var overspend: [PartnerAmount]
    /// What each grant carries forward.
    public var carriedForward: [GrantAmount]

    /// Outturn − budget.
    public var variance: Money { outturn - budget }

    /// The total carried forward, every grant together.
    public var totalCarriedForward: Money { carriedForward.sum(\.amount) }

    /// Whether contributions + borne − carried forward = outturn, to the penny.
    public var reconciles: Bool { contributions + overspend.sum(\.amount) - totalCarriedForward == outturn }
}

/// An amount belonging to one funding source (a grant).
public struct GrantAmount: Hashable, Sendable {
    public var source: FundingSource
    public var amount: Money

    public init(_ source: FundingSource, _ amount: Money) {
        self.source = source
        self.amount = amount
    }
}

extension Agreement {
    /// The capital position at `period`, every pooled capital line having a return.
    func capitalPosition(at period: Period) -> CapitalPosition {
        let capitalLines = lines.filter { $0.ledger == .capital && $0.budgetType == .pooled }
        let outturns: [(SchemeLine, Money)] = capitalLines.compactMap { line in figures(for: line, at: period).forecastOutturn.map { (line, $0) } }
        let overspends: [(SchemeLine, Money)] = outturns.map { line, outturn in (line, max(.zero, outturn - budget(of: line, at: period))) }
        let borne = partners.map { partner in
            PartnerAmount(partner.id, overspends.filter { $0.0.leadCommissionerID == partner.id }.sum(\.1))
        }.filter { $0.amount.pence > 0 }
        let grants = FundingSource.allCases.filter { source in
            source.ledger == .capital && (contributions.contains { $0.source == source } || capitalLines.contains { $0.source == source })
        }
        let carried = grants.map { source -> GrantAmount in
            let given = contributions.filter { $0.source == source }.sum(\.amount)
            let outturn = outturns.filter { line, _ in line.source == source }.sum(\.1)
            let borneHere = overspends.filter { line, _ in line.source == source }.sum(\.1)
            return GrantAmount(source, given - outturn + borneHere)
        }.filter { $0.amount != .zero }
        return CapitalPosition(contributions: contributions.filter { $0.ledger == .capital }.sum(\.amount),
                               budget: capitalLines.sum { budget(of: $0, at: period) }, outturn: outturns.sum(\.1), overspend: borne, carriedForward: carried)
    }
}
