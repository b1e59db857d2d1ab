/// An exact decimal figure for outcome metrics, held in thousandths (0.893 → 893).
///
/// Rates, percentages and days need decimals, but floating point would make targets and
/// actuals compare inexactly; three fixed decimal places cover every published metric.
public struct MetricNumber: Hashable, Comparable, Sendable, Codable {
    /// The value × 1000.
    public var thousandths: Int64

    public init(thousandths: Int64) { self.thousandths = thousandths }

    /// A whole number.
    public init(_ whole: Int64) { thousandths = whole * 1000 }

    /// Parses a plain decimal such as "22,350", "0.89" or "-1.5" (up to three decimals).
    public init?(_ text: String) {
        var digits = text.filter { $0 != "," && $0 != " " }
        var negative = false
        if digits.hasPrefix("-") || digits.hasPrefix("−") { negative = true; digits.removeFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII),
              let whole = Int64(String(parts[0]))
        else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard decimals.count <= 3, decimals.allSatisfy(\.isNumber), !decimals.isEmpty else { return nil }
            fraction = Int64(String(decimals) + String(repeating: "0", count: 3 - decimals.count)) ?? 0
        }
        thousandths = (whole * 1000 + fraction) * (negative ? -1 : 1)
    }

    public static func < (lhs: MetricNumber, rhs: MetricNumber) -> Bool { lhs.thousandths < rhs.thousandths }

    public static func - (lhs: MetricNumber, rhs: MetricNumber) -> MetricNumber {
        MetricNumber(thousandths: lhs.thousandths - rhs.thousandths)
    }

    public init(from decoder: any Decoder) throws {
        thousandths = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(thousandths)
    }
}
