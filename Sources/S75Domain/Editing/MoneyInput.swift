/// Reads money as people type it: "£1,234.56", "1234.56", "1,234", "-150", "(150)", "1.2k", "3.4m".
///
/// In a view that shows £000, a plain number is thousands ("1,234" is £1,234,000); a "£" before it, or a
/// "k" or "m" after it, says the unit explicitly. The result is exact: digits are read as integers, and
/// anything finer than a penny is refused rather than rounded.
public enum MoneyInput {
    /// The amount `text` means, or why it means none (with an example of what is expected).
    public static func parse(_ text: String, inThousands: Bool = false) -> Result<Money, EditError> {
        var body = text.trimmingSpaces()
        let expected = inThousands
            ? "write an amount in £000, e.g. 1,234 (£1,234,000), £1,234.56, -150, (150) or 1.2m"
            : "write an amount, e.g. 1,234.56, £1,234, -150, (150), 1.2k or 3.4m"
        guard !body.isEmpty else { return .failure(EditError("empty: \(expected)")) }
        var negative = false
        if body.hasPrefix("("), body.hasSuffix(")") {
            negative = true
            body = String(body.dropFirst().dropLast()).trimmingSpaces()
        }
        if body.hasPrefix("-") || body.hasPrefix("−") {
            negative.toggle()
            body = String(body.dropFirst()).trimmingSpaces()
        }
        var explicitPounds = false
        if body.hasPrefix("£") {
            explicitPounds = true
            body = String(body.dropFirst())
        }
        var scale: Int64 = inThousands && !explicitPounds ? 1_000 : 1
        if let last = body.last, "kKmM".contains(last) {
            scale = last == "k" || last == "K" ? 1_000 : 1_000_000
            body.removeLast()
        }
        if body.contains(" ") {
            return .failure(EditError("\"\(text)\" has a space in it: one figure a cell (Tab moves to the next cell), e.g. 1,234"))
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, isGrouped(String(whole)),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit))
        else { return .failure(EditError("\"\(text)\" is not an amount: \(expected)")) }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        let digits = whole.filter { $0 != "," } + fraction
        guard digits.count <= 15, let number = Int64(digits) else {
            return .failure(EditError("\"\(text)\" is too large for an amount"))
        }
        // pence = number × scale × 100 ÷ 10^(decimals), which must come out whole.
        let divisor = Self.divisor(fraction.count)
        let (scaled, overflow) = number.multipliedReportingOverflow(by: scale * 100)
        guard !overflow, scaled / divisor <= Money.maximum.pence else {
            return .failure(EditError("\"\(text)\" is more than £1,000,000,000,000, the most s75 holds"))
        }
        guard scaled % divisor == 0 else { return .failure(EditError("\"\(text)\" is finer than a penny: \(expected)")) }
        let pence = scaled / divisor
        return .success(Money(pence: negative ? -pence : pence))
    }

    /// 10 to the power `places`.
    private static func divisor(_ places: Int) -> Int64 {
        (0..<places).reduce(Int64(1)) { value, _ in value * 10 }
    }

    /// Whether `text` is digits, with commas (if any) between groups of three.
    private static func isGrouped(_ text: String) -> Bool {
        guard text.allSatisfy({ $0.isASCIIDigit || $0 == "," }), text.first?.isASCIIDigit == true else { return false }
        guard text.contains(",") else { return true }
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

extension Character {
    /// Whether this is one of 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The text without spaces at either end.
    public func trimmingSpaces() -> String {
        guard utf8.first == 0x20 || utf8.last == 0x20 else { return self }  // the usual case, with nothing to copy
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
