/// An alliance's gain or pain share against a target cost.
///
/// The saving or overrun is split between commissioners and providers; the providers' part is
/// divided by their contract values. A gain is paid to providers only if the quality gateway
/// is met (otherwise it stays with the commissioners); a provider's pain is capped at a share
/// of its own contract, and whatever the caps leave falls back to the commissioners.
public struct AllianceRiskReward: Hashable, Sendable, Codable {
    public var targetCost: Money
    /// The providers' part of a gain or pain, in basis points (5000 = 50%).
    public var providerShareBasisPoints: Int64
    /// The most a provider can lose, as basis points of its own contract.
    public var painCapBasisPoints: Int64
    public var members: [PartnerAmount]

    public init(targetCost: Money, providerShareBasisPoints: Int64, painCapBasisPoints: Int64, members: [PartnerAmount]) {
        self.targetCost = targetCost
        self.providerShareBasisPoints = providerShareBasisPoints
        self.painCapBasisPoints = painCapBasisPoints
        self.members = members
    }

    /// The result for an actual cost: each provider's gain (positive) or pain (negative), and the commissioners' part.
    public func settle(actualCost: Money, gatewayMet: Bool) -> RiskRewardResult {
        let saving = targetCost - actualCost
        let providersPart = saving.scaled(by: providerShareBasisPoints, over: 10_000)
        var providers = Allocation.largestRemainder(providersPart, weights: members.map(\.amount.pence))
        if saving.pence > 0, !gatewayMet { providers = providers.map { _ in .zero } }
        if saving.pence < 0 {
            providers = zip(providers, members).map { share, member in max(share, -member.amount.percentageRoundedDown(painCapBasisPoints)) }
        }
        let shares = zip(members, providers).map { PartnerAmount($0.partnerID, $1) }
        return RiskRewardResult(saving: saving, providers: shares, commissioners: saving - providers.sum())
    }
}

extension AllianceRiskReward {
    /// What the commissioners pay each member for the year (brief §4.3, example D): its part of the actual cost
    /// (the alliance's actual cost divided by contract value, largest remainder) plus its share of a gain, or less
    /// its capped share of a pain. So the alliance costs the commissioners the actual cost plus the providers' share
    /// of a gain (or minus their capped share of a pain), and the commissioners keep their own share of a saving.
    public func payments(actualCost: Money, gatewayMet: Bool) -> [PartnerAmount] {
        let costs = Allocation.largestRemainder(actualCost, weights: members.map(\.amount.pence))
        let shares = settle(actualCost: actualCost, gatewayMet: gatewayMet).providers
        return zip(members, zip(costs, shares)).map { member, parts in PartnerAmount(member.partnerID, parts.0 + parts.1.amount) }
    }
}

/// A gain/pain share's outcome.
public struct RiskRewardResult: Hashable, Sendable {
    /// Target − actual: positive is a saving (gain), negative an overrun (pain).
    public var saving: Money
    /// Each provider's gain (paid to it) or pain (negative: borne by it).
    public var providers: [PartnerAmount]
    /// What stays with, or is borne by, the commissioners.
    public var commissioners: Money
}

/// A capitated budget with a risk corridor: the provider bears the first band of any variance,
/// shares the next, and the commissioner bears the rest.
public struct Capitation: Hashable, Sendable, Codable {
    public var people: Int64
    public var ratePerPerson: Money
    /// Bands of the variance as basis points of the budget, each with the provider's share; the last band's limit is nil.
    public var corridor: [CorridorBand]

    public init(people: Int64, ratePerPerson: Money, corridor: [CorridorBand]) {
        self.people = people
        self.ratePerPerson = ratePerPerson
        self.corridor = corridor
    }

    /// People × rate.
    public var budget: Money { Money(pence: ratePerPerson.pence * people) }

    /// How a variance (actual − budget; positive = overspend) splits between provider and commissioner.
    public func settle(actualCost: Money) -> (provider: Money, commissioner: Money) {
        let variance = actualCost - budget
        var left = variance.magnitude
        var provider = Money.zero
        var floor: Int64 = 0
        for band in corridor where left.pence > 0 {
            let width = band.upToBasisPoints.map { budget.percentageRoundedDown($0 - floor) } ?? left
            let slice = min(left, width)
            provider += slice.scaled(by: band.providerBasisPoints, over: 10_000)
            left -= slice
            floor = band.upToBasisPoints ?? floor
        }
        let signedProvider = variance.isNegative ? -provider : provider
        return (signedProvider, variance - signedProvider)
    }
}

/// One band of a risk corridor.
public struct CorridorBand: Hashable, Sendable, Codable {
    public var upToBasisPoints: Int64?
    public var providerBasisPoints: Int64

    public init(upToBasisPoints: Int64?, providerBasisPoints: Int64) {
        self.upToBasisPoints = upToBasisPoints
        self.providerBasisPoints = providerBasisPoints
    }
}

/// A prime contract: the commissioner pays the prime, which pays its subcontractors.
public struct PrimeContract: Hashable, Sendable, Codable {
    public var primeID: Provider.ID
    public var value: Money
    public var subcontracts: [PartnerAmount]

    public init(primeID: Provider.ID, value: Money, subcontracts: [PartnerAmount]) {
        self.primeID = primeID
        self.value = value
        self.subcontracts = subcontracts
    }

    /// Every payment, in order: commissioner → prime, then prime → each subcontractor.
    public var flows: [MoneyFlow] {
        [MoneyFlow(from: "commissioner", to: primeID, amount: value)]
            + subcontracts.map { MoneyFlow(from: primeID, to: $0.partnerID, amount: $0.amount) }
    }

    /// What the prime keeps for the work it does itself and for managing the pathway.
    public var retainedByPrime: Money { value - subcontracts.sum(\.amount) }
}

/// A payment from one party to another.
public struct MoneyFlow: Hashable, Sendable {
    public var from: String
    public var to: String
    public var amount: Money
}
