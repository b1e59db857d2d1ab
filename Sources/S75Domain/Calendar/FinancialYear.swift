/// An English public-sector financial year, 1 April to 31 March ("2025-26").
public struct FinancialYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The calendar year in which the financial year starts (2025 for 2025-26).
    public let startYear: Int

    /// Creates the financial year that starts in April of `startYear`.
    public init(startYear: Int) { self.startYear = startYear }

    /// "2025-26".
    public var description: String {
        let end = (startYear + 1) % 100
        return "\(startYear)-\(end < 10 ? "0" : "")\(end)"
    }

    /// April, the first month.
    public var firstMonth: Period { Period(year: startYear, month: 4) }

    /// The month numbered `monthOfYear` (1 = April … 12 = March).
    public func month(_ monthOfYear: Int) -> Period {
        precondition((1...12).contains(monthOfYear), "month of year out of range")
        let calendarMonth = (monthOfYear + 2) % 12 + 1
        return Period(year: calendarMonth >= 4 ? startYear : startYear + 1, month: calendarMonth)
    }

    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool { lhs.startYear < rhs.startYear }
}
