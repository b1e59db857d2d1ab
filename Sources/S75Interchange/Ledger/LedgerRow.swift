import S75Domain

/// One transaction of a general-ledger export, as read: what it was, where it was posted, and its amount.
public struct LedgerRow: Hashable, Sendable {
    public var postingDate: DateOnly
    /// The month it counts in (the export's period, or the posting date's month).
    public var period: Period
    public var costCentre: String
    public var costCentreName: String
    public var account: String
    public var accountName: String
    public var supplier: String
    public var description: String
    public var document: String
    /// Positive for a charge, negative for a credit.
    public var amount: Money

    public init(postingDate: DateOnly, period: Period, costCentre: String, costCentreName: String = "", account: String,
                accountName: String = "", supplier: String = "", description: String = "", document: String = "", amount: Money) {
        self.postingDate = postingDate
        self.period = period
        self.costCentre = costCentre
        self.costCentreName = costCentreName
        self.account = account
        self.accountName = accountName
        self.supplier = supplier
        self.description = description
        self.document = document
        self.amount = amount
    }
}

/// How finance systems write amounts and dates.
public enum LedgerText {
    /// Pounds as an export writes them: "1234.56", "1,234.56", "£1,234.56", "-12.00", "(12.00)" or "12.00CR" (credits).
    public static func amount(_ text: String) -> Money? {
        var body = Substring(text.trimmingSpaces())
        var negative = false
        if body.hasPrefix("("), body.hasSuffix(")") { negative = true; body = body.dropFirst().dropLast() }
        if body.uppercased().hasSuffix("CR") { negative.toggle(); body = body.dropLast(2) }
        body = Substring(String(body).trimmingSpaces())
        if body.hasPrefix("-") { negative.toggle(); body = body.dropFirst() }
        if body.hasPrefix("£") { body = Substring(String(body.dropFirst()).trimmingSpaces()) }
        let digits = body.filter { $0 != "," }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard !digits.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let pounds = Int64(parts[0].isEmpty ? "0" : String(parts[0])), pounds < 10_000_000_000 else { return nil }
        var pence: Int64 = 0
        if parts.count == 2 {
            guard parts[1].count <= 2, !parts[1].isEmpty, let fraction = Int64(String(parts[1])) else { return nil }
            pence = parts[1].count == 1 ? fraction * 10 : fraction
        }
        let total = pounds * 100 + pence
        return Money(pence: negative ? -total : total)
    }

    /// A posting date: "2025-08-07", or as UK exports write it, "07/08/2025".
    public static func date(_ text: String) -> DateOnly? {
        let bytes = Array(text.utf8)
        if bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D {  // the usual YYYY-MM-DD, read without making strings
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for byte in bytes[range] {
                    guard (0x30...0x39).contains(byte) else { return nil }
                    value = value * 10 + Int(byte - 0x30)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            let date = DateOnly(year: year, month: month, day: day)
            return date.exists ? date : nil
        }
        let trimmed = text.trimmingSpaces()
        if let iso = DateOnly(String(trimmed.prefix(10))), iso.exists, trimmed.count == 10 || trimmed.dropFirst(10).first == " " || trimmed.dropFirst(10).first == "T" {
            return iso
        }
        let parts = trimmed.split(separator: "/")
        guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        let date = DateOnly(year: year, month: month, day: day)
        return date.exists ? date : nil
    }

    /// A period: "2025-08" or "2025/08".
    public static func period(_ text: String) -> Period? { Period(text.trimmingSpaces().replacingSlash()) }
}

extension String {
    fileprivate func replacingSlash() -> String { String(map { $0 == "/" ? "-" : $0 }) }
}
