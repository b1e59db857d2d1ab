/// An exact amount of money in pence.
///
/// Every figure in s75 is held as whole pence in a 64-bit integer, never as a
/// floating-point number, so totals always reconcile to the penny.
///
/// ```swift
/// let budget = Money.thousands(3_400)   // £3,400,000.00
/// budget.pence                           // 340_000_000
/// ```
public struct Money: Hashable, Comparable, Sendable, Codable {
    /// The amount in pence; negative for credits, underspends and refunds.
    public var pence: Int64

    /// Creates an amount from whole pence.
    public init(pence: Int64) { self.pence = pence }

    /// Creates an amount from whole pounds.
    public static func pounds(_ pounds: Int64) -> Money { Money(pence: pounds * 100) }

    /// Creates an amount from thousands of pounds (£000), the unit of the board's tables.
    public static func thousands(_ thousands: Int64) -> Money { Money(pence: thousands * 100_000) }

    /// Nothing.
    public static let zero = Money(pence: 0)

    /// The largest amount s75 holds, in either direction: £1,000,000,000,000 (£10^12). Every amount read from a file,
    /// a form or the grid is refused beyond it, and every total that could pass it is added with a check, so no sum
    /// can overflow (docs/limits.md).
    public static let maximum = Money(pence: 100_000_000_000_000)

    /// Whether the amount is within ±``maximum``.
    public var isWithinRange: Bool { pence.magnitude <= Money.maximum.pence.magnitude }

    /// This amount plus `other`, or nil if the sum would be beyond ±``maximum``.
    public func adding(checked other: Money) -> Money? {
        let (sum, overflow) = pence.addingReportingOverflow(other.pence)
        guard !overflow else { return nil }
        let result = Money(pence: sum)
        return result.isWithinRange ? result : nil
    }

    /// This amount `count` times over (a price times a volume), or nil if the product would be beyond ±``maximum``.
    public func multiplied(checked count: Int64) -> Money? {
        let (product, overflow) = pence.multipliedReportingOverflow(by: count)
        guard !overflow else { return nil }
        let result = Money(pence: product)
        return result.isWithinRange ? result : nil
    }

    /// Whether the amount is below zero.
    public var isNegative: Bool { pence < 0 }

    /// The amount with its sign removed.
    public var magnitude: Money { Money(pence: abs(pence)) }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }

    public init(from decoder: any Decoder) throws {
        pence = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(pence)
    }
}
