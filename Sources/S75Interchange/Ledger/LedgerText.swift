import S75Domain

/// How finance systems write amounts and dates.
public enum LedgerText {
    /// Pounds as an export writes them: "1234.56", "1,234.56", "£1,234.56", "-12.00", "(12.00)", "12.00CR" or SAP's "12.00-"
    /// (credits), "12.00DR" (a debit).
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
        else if high - low >= 2, bytes[high - 2] | 0x20 == 0x64, bytes[high - 1] | 0x20 == 0x72 { high -= 2; trim() }  // DR
        if high - low >= 2, bytes[high - 1] == 0x2D { negative.toggle(); high -= 1; trim() }  // a trailing minus
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

    /// How much of a value from a file a message quotes: enough to recognise it, never the whole of a hostile field.
    public static let quotedCharacters = 60

    /// `text` as a message quotes it: in quotes, cut at ``quotedCharacters`` with its size in bytes when longer
    /// ("\"Period 1…\" (2,147,483,648 bytes)").
    public static func quoted(_ text: String, quotes: Bool = true) -> String {
        let mark = quotes ? "\"" : ""
        guard text.count > quotedCharacters else { return mark + text + mark }
        return mark + String(text.prefix(quotedCharacters)) + "…" + mark + " (\(MoneyText.grouped(UInt64(text.utf8.count))) bytes)"
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

    /// A period: "2025-08" or "2025/08" (a calendar month), "MAY-25" (Oracle's period names), or in `year` the financial
    /// period number "05", "5" or "P05" (01 is April). With a `form` from the column map, only that form: "202505" or
    /// "2025/05" as the financial year starting 2025 and its period 05 (August 2025).
    public static func period(_ text: String, in year: FinancialYear?, form: LedgerColumns.PeriodForm = .any) -> Period? {
        var text = text
        let trimmed = text.trimmingSpaces()
        switch form {
        case .yearPeriod, .yearSlashPeriod:
            let digits = form == .yearPeriod ? trimmed : trimmed.replacingOccurrences(of: "/", with: "")
            guard digits.count == 6, form == .yearPeriod || trimmed.count == 7, let start = Int(digits.prefix(4)),
                  let number = Int(digits.suffix(2)), (1...12).contains(number) else { return nil }
            return FinancialYear(startYear: start).month(number)
        case .any:
            if let period = text.withUTF8(isoPeriod) { return period }
            if let calendar = Period(trimmed.replacingSlash()) { return calendar }
            if let named = monthName(trimmed) { return named }
            let number = trimmed.uppercased().hasPrefix("P") ? trimmed.dropFirst() : Substring(trimmed)
            guard let year, (1...2).contains(number.count), let n = Int(number), (1...12).contains(n) else { return nil }
            return year.month(n)
        }
    }

    /// "MAY-25" or "May-2025": a month's name and its year.
    private static func monthName(_ text: String) -> Period? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 3, let index = monthNames.firstIndex(of: parts[0].lowercased()),
              [2, 4].contains(parts[1].count), let year = Int(parts[1]) else { return nil }
        return Period(year: parts[1].count == 2 ? 2000 + year : year, month: index + 1)
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

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
