/// Plain-text money for working and messages inside the domain: "£544,000" or "£393,600.50".
public enum MoneyText {
    /// Whole pounds with thousands separators, pence only when there are some; "−" for negatives.
    public static func pounds(_ amount: Money) -> String {
        let pence = amount.pence.magnitude
        let fraction = pence % 100
        let whole = grouped(pence / 100)
        return (amount.pence < 0 ? "−" : "") + "£" + whole + (fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + "\(fraction)")
    }

    /// `value` with commas between thousands: 1234567 → "1,234,567".
    public static func grouped(_ value: UInt64) -> String {
        var digits = String(value)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3)[...], at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits[...], at: 0)
        return groups.joined(separator: ",")
    }
}
