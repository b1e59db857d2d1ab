/// An integrated personal budget: one person's support plan, funded jointly by the ICB (its health share) and the
/// council (the social-care share, less the person's own assessed contribution), from a scheme line of the pool.
public struct IntegratedPersonalBudget: Hashable, Sendable, Identifiable {
    /// How the money reaches the person.
    public enum Route: String, Hashable, Sendable, CaseIterable {
        case directPayment = "direct-payment"
        case individualServiceFund = "individual-service-fund"
        case notional

        /// "Direct payment", "Individual service fund", "Notional".
        public var label: String {
            switch self {
            case .directPayment: "Direct payment"
            case .individualServiceFund: "Individual service fund"
            case .notional: "Notional"
            }
        }
    }

    /// "PB1".
    public var id: String
    /// Who it is for, by a reference that does not name them: "IPB-0142".
    public var person: String
    /// The scheme line that funds it.
    public var lineID: SchemeLine.ID
    /// The support plan's cost for the year.
    public var plan: Money
    /// The health share of the plan, in basis points (6,000 is 60%).
    public var healthBasisPoints: Int64
    /// What the person pays each week after the council's financial assessment.
    public var weeklyClientContribution: Money
    public var route: Route

    public init(id: String, person: String, lineID: SchemeLine.ID, plan: Money, healthBasisPoints: Int64,
                weeklyClientContribution: Money = .zero, route: Route = .directPayment) {
        self.id = id
        self.person = person
        self.lineID = lineID
        self.plan = plan
        self.healthBasisPoints = healthBasisPoints
        self.weeklyClientContribution = weeklyClientContribution
        self.route = route
    }

    /// Who pays what for the year: the ICB its health share, the person 52 weeks of their contribution, the council
    /// the rest; the three add up to the plan.
    public var split: (icb: Money, council: Money, person: Money) {
        PersonalBudget.split(plan: plan, healthBasisPoints: healthBasisPoints, weeklyClientContribution: weeklyClientContribution)
    }
}
