/// Metric figures as decimal text with the metric's own number of decimals: "22350", "0.89", "84.6".
public enum MetricText {
    /// `number` rounded half away from zero to exactly `decimals` decimals (0–3).
    ///
    /// - Parameters:
    ///   - grouped: put commas between thousands ("22,350"), as screens do; reports leave them out.
    ///   - minus: the sign for negative values ("-" for data, "−" on screen).
    public static func number(_ number: MetricNumber, decimals: Int, grouped: Bool = false, minus: String = "-") -> String {
        let places = min(max(decimals, 0), 3)
        var scale: Int64 = 1
        for _ in 0..<(3 - places) { scale *= 10 }
        let rounded = Rounding.divide(number.thousandths, by: scale)
        var divisor: UInt64 = 1
        for _ in 0..<places { divisor *= 10 }
        let magnitude = rounded.magnitude
        var text = grouped ? MoneyText.grouped(magnitude / divisor) : "\(magnitude / divisor)"
        if places > 0 {
            let fraction = "\(magnitude % divisor)"
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return (rounded < 0 ? minus : "") + text
    }
}
