/// An integrated personal budget jointly funded by health and social care.
public enum PersonalBudget {
    /// Splits an annual support plan between the ICB (its health share), the council, and the person's
    /// own contribution (which reduces the council's social-care element).
    public static func split(plan: Money, healthBasisPoints: Int64, weeklyClientContribution: Money)
        -> (icb: Money, council: Money, person: Money) {
        let health = plan.scaled(by: healthBasisPoints, over: 10_000)
        let person = Money(pence: weeklyClientContribution.pence * 52)
        return (health, plan - health - person, person)
    }

    /// The yearly cost of personal assistants: hours a week × 52 × hourly rate × (1 + on-costs).
    public static func annualCost(hoursPerWeek: Int64, hourlyRate: Money, onCostBasisPoints: Int64) -> Money {
        Money(pence: hoursPerWeek * 52 * hourlyRate.pence).scaled(by: 10_000 + onCostBasisPoints, over: 10_000)
    }
}
