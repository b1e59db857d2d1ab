extension Money: AdditiveArithmetic {
    public static func + (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence + rhs.pence) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence - rhs.pence) }
    public static prefix func - (value: Money) -> Money { Money(pence: -value.pence) }
}

extension Money {
    /// The ratio of this amount to `whole` in basis points (1/100 of a percent), rounded half away from zero.
    ///
    /// Returns `nil` when `whole` is zero, because a share of nothing has no meaning. Worked in 128 bits, so that no
    /// pair of amounts (or totals of amounts) can overflow; a ratio beyond 64 bits is held at the 64-bit limit.
    public func basisPoints(of whole: Money) -> Int64? {
        guard whole.pence != 0 else { return nil }
        return Int64(clamping: Rounding.divide(Int128(pence) * 10_000, by: Int128(whole.pence)))
    }

    /// Whether this amount is more than `basisPoints` (100 = 1%) of `whole`'s size, compared exactly:
    /// `self × 10,000 > |whole| × basisPoints`, with no rounded percentage in between, so +3.0000008% is
    /// above 3% and exactly 3% is not.
    public func exceeds(basisPoints: Int64, of whole: Money) -> Bool {
        Int128(pence) * 10_000 > Int128(whole.pence.magnitude) * Int128(basisPoints)
    }

    /// This amount multiplied by `numerator / denominator`, rounded half away from zero to the penny.
    public func scaled(by numerator: Int64, over denominator: Int64) -> Money {
        Money(pence: Int64(clamping: Rounding.divide(Int128(pence) * Int128(numerator), by: Int128(denominator))))
    }
}

extension Money {
    /// `basisPoints` of this amount (100 = 1%), rounded towards zero to the penny.
    ///
    /// Caps and bands given as a percentage use this, so that a partner never bears more than its cap.
    public func percentageRoundedDown(_ basisPoints: Int64) -> Money {
        Money(pence: Int64(clamping: Int128(pence) * Int128(basisPoints) / 10_000))
    }
}

extension Sequence where Element == Money {
    /// The exact sum of the amounts.
    public func sum() -> Money { reduce(.zero, +) }
}

extension Sequence {
    /// The exact sum of the amounts that `amount` picks out of each element.
    public func sum(_ amount: (Element) -> Money) -> Money { reduce(.zero) { $0 + amount($1) } }
}

/// Integer division with the rounding rule that finance tables use.
public enum Rounding {
    /// `numerator / denominator` rounded half away from zero.
    public static func divide<Whole: FixedWidthInteger & SignedInteger>(_ numerator: Whole, by denominator: Whole) -> Whole {
        precondition(denominator != 0, "division by zero")
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        if remainder.magnitude * 2 >= denominator.magnitude {
            return quotient + ((numerator < 0) != (denominator < 0) ? -1 : 1)
        }
        return quotient
    }
}
