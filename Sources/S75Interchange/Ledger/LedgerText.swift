import S75Domain

/// How finance systems write amounts and dates.
public enum LedgerText {
    /// Pounds as an export writes them: "1234.56", "1,234.56", "£1,234.56", "-12.00", "(12.00)" or "12.00CR" (credits).
    /// Read from the text's bytes, a million times an import.
    public static func amount(_ text: String) -> Money? {
        var text = text
        return text.withUTF8(amount)
    }

    private static func amount(_ bytes: UnsafeBufferPointer<UInt8>) -> Money? {
        var low = 0, high = bytes.count
        func trim() {
            while low < high, bytes[low] == 0x20 { low += 1 }
            while high > low, bytes[high - 1] == 0x20 { high -= 1 }
        }
        trim()
        var negative = false
        if high - low >= 2, bytes[low] == 0x28, bytes[high - 1] == 0x29 { negative = true; low += 1; high -= 1; trim() }
        if high - low >= 2, bytes[high - 2] | 0x20 == 0x63, bytes[high - 1] | 0x20 == 0x72 { negative.toggle(); high -= 2; trim() }
        if low < high, bytes[low] == 0x2D { negative.toggle(); low += 1; trim() }
        if high - low >= 2, bytes[low] == 0xC2, bytes[low + 1] == 0xA3 { low += 2; trim() }  // £
        var pounds: Int64 = 0, pence: Int64 = 0, decimals = -1, digits = 0
        for byte in bytes[low..<high] {
            switch byte {
            case 0x30...0x39:
                if decimals >= 0 {
                    guard decimals < 2 else { return nil }
                    pence = pence * 10 + Int64(byte - 0x30)
                    decimals += 1
                } else {
                    guard pounds < 1_000_000_000_000 else { return nil }
                    pounds = pounds * 10 + Int64(byte - 0x30)
                }
                digits += 1
            case 0x2C where decimals < 0: continue
            case 0x2E where decimals < 0: decimals = 0
            default: return nil
            }
        }
        guard digits > 0, decimals != 0 else { return nil }
        let total = pounds * 100 + (decimals == 1 ? pence * 10 : pence)
        return Money(pence: negative ? -total : total)
    }

    /// A posting date: "2025-08-07", or as UK exports write it, "07/08/2025".
    public static func date(_ text: String) -> DateOnly? {
        var text = text
        if let iso = text.withUTF8(isoDate) { return iso }
        return otherDate(text)
    }

    /// The usual "YYYY-MM-DD", read from its bytes; nil for any other form.
    private static func isoDate(_ bytes: UnsafeBufferPointer<UInt8>) -> DateOnly? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
              let year = number(bytes, 0..<4), let month = number(bytes, 5..<7), let day = number(bytes, 8..<10) else { return nil }
        let date = DateOnly(year: year, month: month, day: day)
        return date.exists ? date : nil
    }

    /// "2025-08-07 00:00:00", "2025-08-07T…" or "07/08/2025".
    private static func otherDate(_ text: String) -> DateOnly? {
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
    public static func period(_ text: String) -> Period? {
        var text = text
        if let period = text.withUTF8(isoPeriod) { return period }
        return Period(text.trimmingSpaces().replacingSlash())
    }

    /// The usual "YYYY-MM", read from its bytes; nil for any other form.
    private static func isoPeriod(_ bytes: UnsafeBufferPointer<UInt8>) -> Period? {
        guard bytes.count == 7, bytes[4] == 0x2D, let year = number(bytes, 0..<4), let month = number(bytes, 5..<7), (1...12).contains(month)
        else { return nil }
        return Period(year: year, month: month)
    }

    /// The decimal number that `range` of `bytes` spells, or nil where it is not all digits.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for byte in bytes[range] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}

extension String {
    fileprivate func replacingSlash() -> String { String(map { $0 == "/" ? "-" : $0 }) }
}
