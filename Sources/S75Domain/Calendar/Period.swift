/// A calendar month, the unit in which pools are monitored ("2025-12").
public struct Period: Hashable, Comparable, Sendable, TextCodable {
    /// The calendar year, e.g. 2025.
    public let year: Int
    /// The calendar month, 1 (January) to 12 (December).
    public let month: Int

    /// Creates a period; `month` must be 1...12.
    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month out of range")
        self.year = year
        self.month = month
    }

    /// Parses "YYYY-MM"; returns nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    /// "YYYY-MM".
    public var description: String { ISODigits.month(year: year, month: month) ?? "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// The English month abbreviation and year, e.g. "Dec 2025".
    public var label: String { "\(Period.monthNames[month - 1]) \(year)" }

    /// The financial year (1 April – 31 March) that contains this month.
    public var financialYear: FinancialYear { FinancialYear(startYear: month >= 4 ? year : year - 1) }

    /// The month's position in its financial year: April is 1, March is 12.
    public var monthOfYear: Int { (month + 8) % 12 + 1 }

    /// Whether this is March, month 12: its figures are the final outturn, not a forecast.
    public var isYearEnd: Bool { monthOfYear == 12 }

    /// "M9": the month's number in its financial year.
    public var shortLabel: String { "M\(monthOfYear)" }

    /// "forecast" before month 12, "outturn" at month 12.
    public var outturnWord: String { isYearEnd ? "outturn" : "forecast" }

    /// The month after this one.
    public var next: Period { month == 12 ? Period(year: year + 1, month: 1) : Period(year: year, month: month + 1) }

    /// The month before this one.
    public var previous: Period { month == 1 ? Period(year: year - 1, month: 12) : Period(year: year, month: month - 1) }

    /// The month `months` after this one (before it, if negative).
    public func advanced(by months: Int) -> Period {
        let index = year * 12 + (month - 1) + months
        return Period(year: index / 12, month: index % 12 + 1)
    }

    public static func < (lhs: Period, rhs: Period) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    public static let textFormat = "YYYY-MM"

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
