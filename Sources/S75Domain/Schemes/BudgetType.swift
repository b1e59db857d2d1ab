/// Whether a line's money is in the pooled fund, or only reported beside it.
public enum BudgetType: String, Hashable, Sendable, Codable, CaseIterable {
    /// In the pooled fund: shared under the risk-share rule.
    case pooled
    /// Each partner keeps its own budget; reported jointly; variances stay with the budget holder.
    case aligned
    /// Held by one partner and listed for transparency.
    case nonPooled = "non-pooled"

    /// The plain-English name.
    public var label: String {
        switch self {
        case .pooled: "Pooled"
        case .aligned: "Aligned"
        case .nonPooled: "Non-pooled"
        }
    }
}

/// How a line is commissioned under the agreement's flexibilities.
public enum CommissioningArrangement: String, Hashable, Sendable, Codable, CaseIterable {
    /// One partner commissions for both, exercising the other's functions.
    case leadCommissioning = "lead-commissioning"
    /// One partner provides services covering both partners' functions.
    case integratedProvision = "integrated-provision"
    /// Both commission together without delegating functions.
    case jointAligned = "joint-aligned"

    /// The plain-English name.
    public var label: String {
        switch self {
        case .leadCommissioning: "Lead commissioning"
        case .integratedProvision: "Integrated provision"
        case .jointAligned: "Joint (aligned) commissioning"
        }
    }
}
