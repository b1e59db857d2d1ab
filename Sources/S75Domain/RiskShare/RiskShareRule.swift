/// How a pooled budget's year-end overspend or underspend is shared (the agreement's Schedule 3).
///
/// Order of operations: unauthorised spend is charged back to the partner responsible; if
/// `netting` is on, underspends offset overspends; if `reserveFirst` is on, the risk reserve
/// meets an overspend before anything is shared; then `overspend` or `underspend` applies.
public struct RiskShareRule: Hashable, Sendable, Codable {
    /// Whether underspends on some lines first offset overspends on others.
    public var netting: Bool
    /// Whether the risk reserve meets an overspend before it is shared.
    public var reserveFirst: Bool
    public var overspend: OverspendMethod
    public var underspend: UnderspendMethod

    public init(netting: Bool = true, reserveFirst: Bool = true, overspend: OverspendMethod, underspend: UnderspendMethod) {
        self.netting = netting
        self.reserveFirst = reserveFirst
        self.overspend = overspend
        self.underspend = underspend
    }

    /// The same rule with another overspend method: for what-if comparisons.
    public func with(overspend method: OverspendMethod) -> RiskShareRule {
        var rule = self
        rule.overspend = method
        return rule
    }
}

/// A partner and a proportion in basis points (6400 = 64%).
public struct PartnerSplit: Hashable, Sendable, Codable {
    public var partnerID: Partner.ID
    public var basisPoints: Int64

    public init(_ partnerID: Partner.ID, _ basisPoints: Int64) {
        self.partnerID = partnerID
        self.basisPoints = basisPoints
    }
}

/// How an overspend is shared between the partners.
public enum OverspendMethod: Hashable, Sendable, Codable {
    /// Each partner bears the variance of the lines it leads (and keeps their underspends).
    case ownRisk
    /// In proportion to the partners' contributions to the budgets in scope.
    case proportional
    /// A fixed split, e.g. 50:50, in basis points; equal weights that do not make 100% are "Equal shares".
    case fixed([PartnerSplit])
    /// Proportional, but each partner's share capped at `capBasisPoints` of its own contribution; the
    /// excess falls to the lead commissioners of overspending lines, in proportion to their gross overspends.
    case cappedProportional(capBasisPoints: Int64)
    /// Corridors: successive bands of the overspend, each a share of the pool, each shared its own way.
    case tiered([Tier])

    /// A short name for tables.
    public var label: String {
        switch self {
        case .ownRisk: "Each bears its own"
        case .proportional: "Proportional to contributions"
        case .fixed(let splits) where splits.count > 1 && Set(splits.map(\.basisPoints)).count == 1 && splits.reduce(0, { $0 + $1.basisPoints }) != 10_000:
            "Equal shares"
        case .fixed(let splits): "Fixed " + splits.map { PercentText.number($0.basisPoints) }.joined(separator: ":")
        case .cappedProportional(let cap): "Proportional, capped at \(PercentText.exact(cap))"
        case .tiered: "Tiered corridors"
        }
    }
}

/// One band of a tiered risk share: the overspend up to `upToBasisPoints` of the pool (nil: all the rest).
public struct Tier: Hashable, Sendable, Codable {
    public var upToBasisPoints: Int64?
    public var sharing: TierSharing

    public init(upToBasisPoints: Int64?, sharing: TierSharing) {
        self.upToBasisPoints = upToBasisPoints
        self.sharing = sharing
    }
}

/// How one band of a tiered risk share is met.
public enum TierSharing: Hashable, Sendable, Codable {
    case leadCommissioners
    case proportional
    case fixed([PartnerSplit])
}

/// What happens to an underspend.
public enum UnderspendMethod: Hashable, Sendable, Codable {
    /// Returned to the partners in proportion to their contributions.
    case returnProRata
    /// Kept in the pool for next year.
    case carryForward
    /// First rebuild the reserve up to `reserveCap`; of the rest, `carryForwardBasisPoints` is carried
    /// forward and the remainder returned pro rata.
    case hybrid(reserveCap: Money, carryForwardBasisPoints: Int64)
    /// Each partner keeps the underspend on the lines it leads.
    case ownRisk

    /// A short name for tables.
    public var label: String {
        switch self {
        case .returnProRata: "Returned pro rata"
        case .carryForward: "Carried forward"
        case .hybrid(let cap, let bp): "Reserve to \(cap.pence / 100_000)k, then \(PercentText.exact(bp)) carried forward, rest returned"
        case .ownRisk: "Each keeps its own"
        }
    }
}
