/// Shares and variances as percentages: worked-out ratios with one decimal ("+9.6%", "64.0%", "−14.1%"),
/// and agreed rates exactly as written ("1.25%", "33.33%", "2%").
public enum PercentText {
    /// `basisPoints` (100 = 1%) rounded half away from zero to one decimal; "—" when there is none.
    /// With `signed`, positive values get a "+"; negatives always get "−".
    public static func percent(_ basisPoints: Int64?, signed: Bool = false) -> String {
        guard let basisPoints else { return "—" }
        let tenths = Rounding.divide(basisPoints, by: 10)
        let sign = tenths < 0 ? "−" : (signed && tenths > 0 ? "+" : "")
        return sign + "\(tenths.magnitude / 10).\(tenths.magnitude % 10)%"
    }

    /// An agreed rate or share (100 = 1%) exactly as it was written, with no rounding and no trailing zeros:
    /// 125 → "1.25%", 3333 → "33.33%", 150 → "1.5%", 200 → "2%", −50 → "−0.5%".
    public static func exact(_ basisPoints: Int64) -> String { number(basisPoints) + "%" }

    /// As ``exact(_:)`` without the "%": the figures of a split ("33.33:33.33:33.34").
    public static func number(_ basisPoints: Int64) -> String {
        let whole = basisPoints.magnitude / 100
        let hundredths = basisPoints.magnitude % 100
        let fraction = hundredths == 0 ? "" : hundredths % 10 == 0 ? ".\(hundredths / 10)" : (hundredths < 10 ? ".0" : ".") + "\(hundredths)"
        return (basisPoints < 0 ? "−" : "") + "\(whole)" + fraction
    }
}
