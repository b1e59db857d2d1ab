/// How a contract's payments are worked out.
public enum PaymentRule: Hashable, Sendable, Codable {
    /// A fixed sum for the year.
    case block
    /// Price × volume; `actualVolume` once known.
    case activity(price: Money, plannedVolume: Int64, actualVolume: Int64?)
    /// Part of the value (or a bonus on top) paid on outcomes.
    case outcomes(OutcomePayment)
    /// A share of an alliance's gain or pain against a target cost.
    case riskReward(AllianceRiskReward, actualCost: Money?, gatewayMet: Bool)
    /// A per-person budget with a risk corridor.
    case capitation(Capitation, actualCost: Money?)
    /// The prime pays subcontractors out of its contract.
    case prime(PrimeContract)
}
