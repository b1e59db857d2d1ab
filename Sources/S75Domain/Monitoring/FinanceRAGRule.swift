/// A red, amber or green rating. Screens always print the word, never colour alone.
public enum RAG: String, Hashable, Sendable, Codable, CaseIterable {
    case green, amber, red

    /// "Green", "Amber" or "Red".
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// The thresholds that rate a forecast variance: adverse variance within `amberAbove` is Green,
/// up to `redAbove` Amber, beyond that Red. Favourable variances are Green.
///
/// Thresholds are in basis points of the annual budget (100 = 1%). The default (1% and 3%)
/// is the common local practice; agreements may set their own.
public struct FinanceRAGRule: Hashable, Sendable, Codable {
    public var amberAboveBasisPoints: Int64
    public var redAboveBasisPoints: Int64

    public init(amberAboveBasisPoints: Int64, redAboveBasisPoints: Int64) {
        self.amberAboveBasisPoints = amberAboveBasisPoints
        self.redAboveBasisPoints = redAboveBasisPoints
    }

    /// Green within 1% adverse, Amber to 3%, Red beyond.
    public static let standard = FinanceRAGRule(amberAboveBasisPoints: 100, redAboveBasisPoints: 300)

    /// Rates `variance` (positive = overspend) against `budget`.
    public func rate(variance: Money, budget: Money) -> RAG {
        guard variance.pence > 0 else { return .green }
        guard let share = variance.basisPoints(of: budget) else { return .red }
        if share > redAboveBasisPoints { return .red }
        if share > amberAboveBasisPoints { return .amber }
        return .green
    }
}
