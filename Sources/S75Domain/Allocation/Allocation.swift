/// Splitting an amount into exact parts.
public enum Allocation {
    /// Splits `amount` in proportion to `weights` so that the parts add up exactly to `amount`.
    ///
    /// Each part is first rounded towards zero to the penny; the pence left over go, one each,
    /// to the parts with the largest remainders (ties to the earlier part). This is the
    /// largest-remainder (Hamilton) method. Weights must not be negative; if they are all
    /// zero, every part is zero except the first, which takes the whole amount.
    ///
    /// ```swift
    /// Allocation.largestRemainder(Money(pence: 100), weights: [1, 1, 1])  // 34p, 33p, 33p
    /// ```
    public static func largestRemainder(_ amount: Money, weights: [Int64]) -> [Money] {
        precondition(weights.allSatisfy { $0 >= 0 }, "weights must not be negative")
        guard !weights.isEmpty else { return [] }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return [amount] + Array(repeating: .zero, count: weights.count - 1) }
        let sign: Int64 = amount.pence < 0 ? -1 : 1
        let magnitude = amount.pence.magnitude
        var parts: [Int64] = []
        var remainders: [(index: Int, remainder: UInt64)] = []
        for (index, weight) in weights.enumerated() {
            let product = magnitude.multipliedFullWidth(by: UInt64(weight))
            let (quotient, remainder) = UInt64(totalWeight).dividingFullWidth(product)
            parts.append(Int64(quotient))
            remainders.append((index, remainder))
        }
        var leftover = Int64(magnitude) - parts.reduce(0, +)
        for entry in remainders.sorted(by: { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index })
        where leftover > 0 {
            parts[entry.index] += 1
            leftover -= 1
        }
        return parts.map { Money(pence: $0 * sign) }
    }
}
