/// What goes into a risk share: the money in scope, how each line ended, the reserve, and any
/// spend a partner committed without authority.
public struct RiskShareInput: Hashable, Sendable {
    /// Each partner's contribution to the budgets in scope, in the agreement's order.
    public var contributions: [PartnerAmount]
    /// Each line's variance (outturn − budget) with its lead commissioner.
    public var lines: [LineVariance]
    /// The risk reserve available before the settlement.
    public var reserve: Money
    /// Overspend caused by a partner committing pool money without authority, charged to it in full.
    public var chargeBacks: [PartnerAmount]

    public init(contributions: [PartnerAmount], lines: [LineVariance], reserve: Money = .zero, chargeBacks: [PartnerAmount] = []) {
        self.contributions = contributions
        self.lines = lines
        self.reserve = reserve
        self.chargeBacks = chargeBacks
    }
}

/// An amount belonging to a partner.
public struct PartnerAmount: Hashable, Sendable, Codable {
    public var partnerID: Partner.ID
    public var amount: Money

    public init(_ partnerID: Partner.ID, _ amount: Money) {
        self.partnerID = partnerID
        self.amount = amount
    }
}

/// How one line ended the year, and who leads it.
public struct LineVariance: Hashable, Sendable {
    public var lineID: String
    public var leadCommissionerID: Partner.ID
    /// Outturn − budget: positive is an overspend.
    public var variance: Money

    public init(_ lineID: String, lead: Partner.ID, _ variance: Money) {
        self.lineID = lineID
        self.leadCommissionerID = lead
        self.variance = variance
    }
}

/// The result of a risk share: who pays or receives what, what the reserve did, what is carried
/// forward, and the steps that lead there.
///
/// It always reconciles: contributions + partners' shares + charge-backs + reserve used −
/// reserve added − carried forward = outturn.
public struct Settlement: Hashable, Sendable {
    public var contributions: Money
    public var outturn: Money
    public var grossOverspend: Money
    /// The sum of the underspends, as a negative amount.
    public var grossUnderspend: Money
    public var chargeBacks: [PartnerAmount]
    public var reserveUsed: Money
    public var reserveAdded: Money
    public var reserveOpening: Money
    public var carriedForward: Money
    /// Each partner's share: positive = it pays more in, negative = it receives.
    public var shares: [PartnerShare]
    /// The working, in order, for the board.
    public var steps: [SettlementStep]

    /// Outturn − contributions.
    public var netVariance: Money { outturn - contributions }

    /// The reserve after the settlement.
    public var reserveClosing: Money { reserveOpening - reserveUsed + reserveAdded }

    /// Whether the pieces add back up to the outturn, to the penny.
    public var reconciles: Bool {
        contributions + shares.sum(\.amount) + chargeBacks.sum(\.amount) + reserveUsed - reserveAdded - carriedForward == outturn
    }

    /// The share of `partnerID` (zero if it has none).
    public func share(of partnerID: Partner.ID) -> Money {
        shares.filter { $0.partnerID == partnerID }.sum(\.amount)
    }
}

/// One partner's part of a settlement, with its cap when one applied.
public struct PartnerShare: Hashable, Sendable {
    public var partnerID: Partner.ID
    public var amount: Money
    /// The cap on the proportional element, if the method has one.
    public var cap: Money?
    /// Whether the cap cut the proportional share.
    public var capBinding: Bool

    public init(_ partnerID: Partner.ID, _ amount: Money, cap: Money? = nil, capBinding: Bool = false) {
        self.partnerID = partnerID
        self.amount = amount
        self.cap = cap
        self.capBinding = capBinding
    }
}

/// One line of a settlement's working.
public struct SettlementStep: Hashable, Sendable {
    public var label: String
    public var amount: Money

    public init(_ label: String, _ amount: Money) {
        self.label = label
        self.amount = amount
    }
}
