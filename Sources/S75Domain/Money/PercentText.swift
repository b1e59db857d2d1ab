/// Shares and variances as percentages with one decimal: "+9.6%", "64.0%", "−14.1%".
public enum PercentText {
    /// `basisPoints` (100 = 1%) rounded half away from zero to one decimal; "—" when there is none.
    /// With `signed`, positive values get a "+"; negatives always get "−".
    public static func percent(_ basisPoints: Int64?, signed: Bool = false) -> String {
        guard let basisPoints else { return "—" }
        let tenths = Rounding.divide(basisPoints, by: 10)
        let sign = tenths < 0 ? "−" : (signed && tenths > 0 ? "+" : "")
        return sign + "\(tenths.magnitude / 10).\(tenths.magnitude % 10)%"
    }
}
