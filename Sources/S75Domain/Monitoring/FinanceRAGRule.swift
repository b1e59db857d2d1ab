/// A red, amber or green rating of an outcome metric. Screens always print the word, never colour alone.
public enum RAG: String, Hashable, Sendable, Codable, CaseIterable {
    case green, amber, red

    /// "Green", "Amber" or "Red".
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// How a budget's forecast stands: the rating of its variance, or why it has none.
///
/// Every status has a word of its own, so that nothing is told by colour alone.
public enum FinanceStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// On budget, or an overspend within the Amber threshold, or an underspend within the Under threshold.
    case green
    /// An overspend above the Amber threshold.
    case amber
    /// An overspend above the Red threshold.
    case red
    /// A significant underspend (slippage): grant conditions or money returned are at risk.
    case under
    /// A line in the figures has no monitoring return for the month, so there is nothing to rate.
    case noReturn = "no-return"
    /// The figures mix revenue and capital, or hold no lines: rated apart, or not at all.
    case notRated = "not-rated"

    /// "Green", "Amber", "Red", "Under", "No return" or "Not rated".
    public var label: String {
        switch self {
        case .green: "Green"
        case .amber: "Amber"
        case .red: "Red"
        case .under: "Under"
        case .noReturn: "No return"
        case .notRated: "Not rated"
        }
    }
}

/// The thresholds that rate a forecast variance.
///
/// An overspend above `amberAboveBasisPoints` of the annual budget is Amber, above
/// `redAboveBasisPoints` Red; an underspend beyond `underAboveBasisPoints` is "Under" (slippage is a
/// risk too); anything else is Green. Thresholds are in basis points (100 = 1%). The default (1%, 3%
/// and 5% under) is common local practice; agreements set their own.
public struct FinanceRAGRule: Hashable, Sendable, Codable {
    public var amberAboveBasisPoints: Int64
    public var redAboveBasisPoints: Int64
    /// An underspend larger than this share of the budget is rated "Under".
    public var underAboveBasisPoints: Int64
    /// A forecast overspend above this share of the line's budget calls for a remedial action plan; nil: at Red.
    public var remedialAboveBasisPoints: Int64?
    /// How many days after the end of the month that first passed the trigger the plan is due.
    public var remedialPlanDays: Int

    public init(amberAboveBasisPoints: Int64, redAboveBasisPoints: Int64, underAboveBasisPoints: Int64 = 500,
                remedialAboveBasisPoints: Int64? = nil, remedialPlanDays: Int = 21) {
        self.amberAboveBasisPoints = amberAboveBasisPoints
        self.redAboveBasisPoints = redAboveBasisPoints
        self.underAboveBasisPoints = underAboveBasisPoints
        self.remedialAboveBasisPoints = remedialAboveBasisPoints
        self.remedialPlanDays = remedialPlanDays
    }

    /// The trigger in force: its own, or Red's.
    public var remedialTriggerBasisPoints: Int64 { remedialAboveBasisPoints ?? redAboveBasisPoints }

    /// Green within 1% adverse, Amber to 3%, Red beyond; Under beyond a 5% underspend.
    public static let standard = FinanceRAGRule(amberAboveBasisPoints: 100, redAboveBasisPoints: 300, underAboveBasisPoints: 500)

    private enum CodingKeys: String, CodingKey {
        case amberAboveBasisPoints, redAboveBasisPoints, underAboveBasisPoints
    }

    /// Reads a stored rule; files written before the Under threshold existed get the standard 5%.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        amberAboveBasisPoints = try container.decode(Int64.self, forKey: .amberAboveBasisPoints)
        redAboveBasisPoints = try container.decode(Int64.self, forKey: .redAboveBasisPoints)
        underAboveBasisPoints = try container.decodeIfPresent(Int64.self, forKey: .underAboveBasisPoints)
            ?? FinanceRAGRule.standard.underAboveBasisPoints
        remedialAboveBasisPoints = nil
        remedialPlanDays = 21
    }

    /// Rates `variance` (positive = overspend) against `budget`, comparing the variance with each threshold
    /// exactly (never a rounded percentage): +3.0000008% is Red when Red is "above 3%".
    public func rate(variance: Money, budget: Money) -> FinanceStatus {
        guard variance != .zero else { return .green }
        guard budget != .zero else { return variance.pence > 0 ? .red : .under }
        if variance.exceeds(basisPoints: redAboveBasisPoints, of: budget) { return .red }
        if variance.exceeds(basisPoints: amberAboveBasisPoints, of: budget) { return .amber }
        if (-variance).exceeds(basisPoints: underAboveBasisPoints, of: budget) { return .under }
        return .green
    }
}
