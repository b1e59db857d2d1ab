/// How variances are signed on screen and in reports. Calculations always use actual − budget.
public enum SignConvention: String, Hashable, Sendable, Codable, CaseIterable {
    /// Local-government style: + is an overspend.
    case overspendPositive = "overspend-positive"
    /// Some NHS finance reports: + is an underspend.
    case underspendPositive = "underspend-positive"

    /// `variance` (actual − budget) as shown under this convention.
    public func shown(_ variance: Money) -> Money { self == .overspendPositive ? variance : -variance }

    /// The legend printed beside variances.
    public var legend: String {
        self == .overspendPositive ? "Variance = actual or forecast − budget: + is an overspend, − an underspend."
            : "Variance = budget − actual or forecast: + is an underspend, − an overspend."
    }
}
