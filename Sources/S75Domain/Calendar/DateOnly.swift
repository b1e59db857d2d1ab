/// A calendar date without a time, for terms, review dates and notice periods.
public struct DateOnly: Hashable, Comparable, Sendable, TextCodable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date from its parts; ``exists`` says whether the calendar has it.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly "YYYY-MM-DD" with a month of 1–12 and a day of 1–31; "2025-1-5" is refused.
    ///
    /// A day the month does not have ("2025-02-31") parses, so that a file holding one can still be
    /// read and `check` can name it; ``exists`` is false for it.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Whether the calendar has this date (no 31 February, 29 February only in leap years).
    public var exists: Bool {
        (1...12).contains(month) && day >= 1 && day <= DateOnly.days(inMonth: month, year: year)
    }

    /// The number of days in `month` of `year` (Gregorian).
    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// "YYYY-MM-DD".
    public var description: String {
        if let text = ISODigits.date(year: year, month: month, day: day) { return text }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// "1 Apr 2025".
    public var label: String { "\(day) \(Period.monthNames[month - 1]) \(year)" }

    /// The month this date falls in.
    public var period: Period { Period(year: year, month: month) }

    public static func < (lhs: DateOnly, rhs: DateOnly) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static let textFormat = "YYYY-MM-DD"
}

extension DateOnly {
    /// The last day of the month.
    public var endOfMonth: DateOnly { DateOnly(year: year, month: month, day: DateOnly.days(inMonth: month, year: year)) }

    /// The day `days` (0 or more) after this one.
    public func adding(days: Int) -> DateOnly {
        var (y, m, d) = (year, month, day + days)
        while d > DateOnly.days(inMonth: m, year: y) {
            d -= DateOnly.days(inMonth: m, year: y)
            (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
        }
        return DateOnly(year: y, month: m, day: d)
    }
}
