/// Reads percentages, dates and months as people type them, exactly, or says what is expected.
public enum FieldInput {
    /// "64%", "64", "12.5%" or "0.64" (a fraction up to 1) as basis points (6400).
    public static func percent(_ text: String) -> Result<Int64, EditError> {
        var body = text.trimmingSpaces()
        let expected = "write a percentage, e.g. 64%, 12.5% or 0.64"
        let hasSign = body.hasSuffix("%")
        if hasSign { body = String(body.dropLast()).trimmingSpaces() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              parts.count == 1 || !parts[1].isEmpty, let whole = Int64(parts[0]), whole <= 1_000_000
        else { return .failure(EditError("\"\(text)\" is not a percentage: \(expected)")) }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        // A bare number from 0 to 1 with a decimal point is a fraction ("0.64"); anything else is a percentage.
        let isFraction = !hasSign && parts.count == 2 && (whole == 0 || (whole == 1 && fraction.allSatisfy { $0 == "0" }))
        let places = isFraction ? 4 : 2
        guard fraction.count <= places else { return .failure(EditError("\"\(text)\" is finer than 0.01%: \(expected)")) }
        let padded = Int64(fraction + String(repeating: "0", count: places - fraction.count)) ?? 0
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        return .success(whole * scale + padded)
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "2025-04-01" or "1 Apr 2025" (month names in full or three letters) as a date the calendar has.
    public static func date(_ text: String) -> Result<DateOnly, EditError> {
        let trimmed = text.trimmingSpaces()
        let expected = "write a date as 2025-04-01 or 1 Apr 2025"
        var date = DateOnly(trimmed)
        let words = trimmed.split(separator: " ")
        if date == nil, words.count == 3, let day = Int(words[0]), let year = Int(words[2]), words[2].count == 4,
           let month = monthNames.firstIndex(where: { words[1].lowercased().hasPrefix($0) && words[1].count >= 3 }) {
            date = DateOnly(year: year, month: month + 1, day: day)
        }
        guard let date else { return .failure(EditError("\"\(text)\" is not a date: \(expected)")) }
        guard date.exists else { return .failure(EditError("\(date.label) does not exist: \(expected)")) }
        return .success(date)
    }

    /// "2025-12", "Dec 2025" or "M9" (a month of `year`) as a month.
    public static func period(_ text: String, in year: FinancialYear) -> Result<Period, EditError> {
        let trimmed = text.trimmingSpaces()
        let expected = "write a month as 2025-12, Dec 2025 or M9 (month 9 of \(year))"
        if let period = Period(trimmed) { return .success(period) }
        if trimmed.uppercased().hasPrefix("M"), let number = Int(trimmed.dropFirst()), (1...12).contains(number) {
            return .success(year.month(number))
        }
        let words = trimmed.split(separator: " ")
        if words.count == 2, let calendarYear = Int(words[1]), words[1].count == 4,
           let month = monthNames.firstIndex(where: { words[0].lowercased().hasPrefix($0) && words[0].count >= 3 }) {
            return .success(Period(year: calendarYear, month: month + 1))
        }
        return .failure(EditError("\"\(text)\" is not a month: \(expected)"))
    }

    /// A whole number, e.g. 6, within `range`.
    public static func integer(_ text: String, in range: ClosedRange<Int>) -> Result<Int, EditError> {
        guard let value = Int(text.trimmingSpaces()), range.contains(value) else {
            return .failure(EditError("\"\(text)\" is not a whole number from \(range.lowerBound) to \(range.upperBound)"))
        }
        return .success(value)
    }
}
