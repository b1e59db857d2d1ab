import S75Domain
import Testing

@Suite("Money and rounding")
struct MoneyTests {
    @Test("£000 and pounds are whole pence")
    func units() {
        #expect(Money.thousands(3_400).pence == 340_000_000)
        #expect(Money.pounds(2_266_667).pence == 226_666_700)
        #expect((Money.thousands(27_200) - .thousands(393)).pence == 2_680_700_000)
    }

    static let divisions: [(Int64, Int64, Int64)] = [(5, 2, 3), (-5, 2, -3), (4, 3, 1), (-4, 3, -1), (7, -2, -4)]

    @Test("division rounds half away from zero", arguments: divisions)
    func rounding(numerator: Int64, denominator: Int64, expected: Int64) {
        #expect(Rounding.divide(numerator, by: denominator) == expected)
    }

    @Test("basis points of a whole")
    func basisPoints() {
        #expect(Money.thousands(27_200).basisPoints(of: .thousands(42_500)) == 6_400)
        #expect(Money.thousands(250).basisPoints(of: .thousands(2_600)) == 962)
        #expect(Money.thousands(1).basisPoints(of: .zero) == nil)
    }

    @Test("twelve monthly instalments of the ICB's £27.2m, the last one taking the remainder")
    func instalments() {
        let parts = Allocation.largestRemainder(.thousands(27_200), weights: Array(repeating: 1, count: 12))
        #expect(parts.sum() == .thousands(27_200))
        #expect(Set(parts.map(\.pence)).isSubset(of: [226_666_666, 226_666_667]))
    }

    @Test("largest remainder always adds up exactly", arguments: 0..<200)
    func allocationAddsUp(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let amount = Money(pence: Int64(random.next() % 10_000_000_000) - 1_000_000_000)
        let weights = (0..<Int(1 + random.next() % 9)).map { _ in Int64(random.next() % 10_000) }
        let parts = Allocation.largestRemainder(amount, weights: weights)
        #expect(parts.count == weights.count)
        #expect(parts.sum() == amount)
        let total = weights.reduce(0, +)
        if total > 0 {
            for (part, weight) in zip(parts, weights) {
                let exact = Double(amount.pence) * Double(weight) / Double(total)
                #expect(abs(Double(part.pence) - exact) < 1.0)
            }
        }
    }

    @Test("ratios and shares of totals beyond 64-bit products are worked in 128 bits, never overflowing")
    func wideRatios() {
        // £11 trillion forecast against an 11p budget: 1,099,999,999,999,989p over 11p is 99,999,999,999,999 times, in basis points.
        #expect(Money(pence: 1_099_999_999_999_989).basisPoints(of: Money(pence: 11)) == 999_999_999_999_990_000)
        #expect(Money(pence: Int64.max).basisPoints(of: Money(pence: 1)) == Int64.max)
        #expect(Money.maximum.scaled(by: 9_000, over: 10_000) == Money(pence: 90_000_000_000_000))
        #expect(Money(pence: 1_500_000_000_000_000).scaled(by: 10_000, over: 10_000) == Money(pence: 1_500_000_000_000_000))
        #expect(Money(pence: 1_500_000_000_000_000).percentageRoundedDown(3_333) == Money(pence: 499_950_000_000_000))
    }

    @Test("the alliance's 180 splits 144 / 18 / 18 by 80 / 10 / 10")
    func allianceSplit() {
        let parts = Allocation.largestRemainder(.thousands(180), weights: [8_000, 1_000, 1_000])
        #expect(parts == [.thousands(144), .thousands(18), .thousands(18)])
    }
}

/// A small, seedable random number generator so that property tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
