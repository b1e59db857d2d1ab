import S75Domain
import Testing

/// Ratings compare the variance with each threshold exactly, and agreed rates print exactly as written.
@Suite("Ratings compared exactly")
struct RatingTests {
    /// A £10,000,000 budget (1,000,000,000 pence): 3% is £300,000.00 exactly.
    static let budget = Money(pence: 1_000_000_000)

    /// Thresholds 1% Amber, 3% Red, 5% Under. Each variance worked by hand against £10m:
    /// +£300,000.08 is +3.0000008% (Red: above 3%); +£300,000.00 is exactly 3% (Amber, not above);
    /// +£100,000.04 is +1.0000004% (Amber: above 1%); +£100,000.00 is exactly 1% (Green);
    /// −£500,000.35 is −5.0000035% (Under); −£500,000.00 is exactly 5% (Green).
    static let cases: [(Int64, FinanceStatus)] = [
        (30_000_008, .red), (30_000_000, .amber), (10_000_004, .amber), (10_000_000, .green),
        (-50_000_035, .under), (-50_000_000, .green), (1, .green), (-1, .green),
    ]

    @Test("finance ratings: a variance a hair above a threshold is above it", arguments: cases)
    func finance(variance: Int64, expected: FinanceStatus) {
        #expect(FinanceRAGRule.standard.rate(variance: Money(pence: variance), budget: Self.budget) == expected)
    }

    @Test("finance ratings near the top of the money range do not overflow")
    func financeLarge() {
        let huge = Money(pence: 100_000_000_000_000)  // £10^12
        #expect(FinanceRAGRule.standard.rate(variance: huge, budget: huge) == .red)
        #expect(FinanceRAGRule.standard.rate(variance: Money(pence: 3_000_000_000_000), budget: huge) == .amber)
    }

    static func metric(target: Int64, value: Int64, tolerance: Tolerance) -> Metric {
        Metric(id: "M", name: "m", definition: "", unit: .ratePer100k, direction: .lowerIsBetter, decimals: 3,
               baseline: MetricNumber(thousandths: target), annualTarget: MetricNumber(thousandths: target), quarterlyTargets: [],
               tolerance: tolerance, values: [MetricValue(period: .year, value: MetricNumber(thousandths: value))])
    }

    /// Target 1,000.000 (lower is better), Amber within 5%: 1,050.000 is exactly 5% adverse (Amber);
    /// 1,050.002 is 5.0002% adverse (Red, though it rounds to 500 basis points); 1,000.000 meets it (Green).
    static let metricCases: [(Int64, RAG)] = [(1_050_000, .amber), (1_050_002, .red), (1_000_000, .green), (1_000_001, .amber)]

    @Test("metric ratings: 5.0002% adverse is beyond a 5% tolerance", arguments: metricCases)
    func metricRating(value: Int64, expected: RAG) throws {
        let m = Self.metric(target: 1_000_000, value: value, tolerance: .relative(basisPoints: 500))
        #expect(try #require(m.assessment(for: .year)).rag == expected)
    }

    @Test("agreed rates print as written", arguments: [(125, "1.25%"), (3_333, "33.33%"), (150, "1.5%"), (200, "2%"), (5, "0.05%"), (-50, "−0.5%")])
    func asWritten(basisPoints: Int64, text: String) {
        #expect(PercentText.exact(basisPoints) == text)
    }

    @Test("a capped model is headed with its cap as written, and a tolerance in points keeps its decimals")
    func labels() {
        #expect(OverspendMethod.cappedProportional(capBasisPoints: 125).label == "Proportional, capped at 1.25%")
        #expect(OverspendMethod.cappedProportional(capBasisPoints: 200).label == "Proportional, capped at 2%")
        #expect(UnderspendMethod.hybrid(reserveCap: .thousands(500), carryForwardBasisPoints: 3_333).label
                == "Reserve to 500k, then 33.33% carried forward, rest returned")
        #expect(Tolerance.points(thousandths: 1_500).label == "1.5 pp")
        #expect(Tolerance.points(thousandths: 1_000).label == "1 pp")
    }
}
