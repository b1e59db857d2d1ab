/// Spend a partner committed from the pooled revenue budget without authority (maladministration), charged back to
/// that partner in full before anything is shared (brief §2.4(v), §2.6, §6.8(2)).
public struct ChargeBack: Hashable, Sendable, Identifiable {
    /// Stable identifier, e.g. "CB1".
    public var id: String
    /// The partner responsible, who bears it in full.
    public var partnerID: Partner.ID
    /// The pooled revenue line the spend fell on.
    public var lineID: SchemeLine.ID
    public var amount: Money
    /// The month it was found and decided: it counts in every year-end position from then on.
    public var period: Period
    /// Why, in the board's words.
    public var reason: String

    public init(id: String, partnerID: Partner.ID, lineID: SchemeLine.ID, amount: Money, period: Period, reason: String) {
        self.id = id
        self.partnerID = partnerID
        self.lineID = lineID
        self.amount = amount
        self.period = period
        self.reason = reason
    }
}

extension Agreement {
    /// What each partner is charged back at `period`: the charge-backs decided by then in the period's year, added up.
    public func chargeBacks(at period: Period) -> [PartnerAmount] {
        let counted = chargeBacks.filter { $0.period <= period && $0.period.financialYear == period.financialYear }
        return partners.map { partner in PartnerAmount(partner.id, counted.filter { $0.partnerID == partner.id }.sum(\.amount)) }
            .filter { $0.amount != .zero }
    }
}
