/// An outcome metric with its baseline, targets and recorded values.
public struct Metric: Hashable, Sendable, Codable, Identifiable {
    /// The unit a metric is measured in.
    public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        case ratePer100k = "rate-per-100k"
        case percent
        case days
        case count

        /// "per 100,000", "%", "days" or "count".
        public var label: String {
            switch self {
            case .ratePer100k: "per 100,000"
            case .percent: "%"
            case .days: "days"
            case .count: "count"
            }
        }
    }

    /// Whether a lower or a higher value is better.
    public enum Direction: String, Hashable, Sendable, Codable {
        case lowerIsBetter = "lower"
        case higherIsBetter = "higher"

        /// "lower" or "higher".
        public var label: String { rawValue }
    }

    /// Stable identifier, e.g. "M2".
    public var id: String
    public var name: String
    /// How the value is calculated and where the data comes from.
    public var definition: String
    public var unit: Unit
    public var direction: Direction
    /// How many decimals the metric is published with.
    public var decimals: Int
    /// The population the rate is per, if any (e.g. "population 65+: 52,000").
    public var denominatorNote: String
    public var baseline: MetricNumber
    public var baselineNote: String
    public var annualTarget: MetricNumber
    public var targetNote: String
    /// The target for each quarter, Q1…Q4; nil where the metric has no quarterly target.
    public var quarterlyTargets: [MetricNumber?]
    /// A note on the quarterly figures when they differ in kind from the annual one (e.g. counts).
    public var quarterlyNote: String
    public var tolerance: Tolerance
    public var values: [MetricValue]

    public init(id: String, name: String, definition: String, unit: Unit, direction: Direction, decimals: Int,
                denominatorNote: String = "", baseline: MetricNumber, baselineNote: String = "",
                annualTarget: MetricNumber, targetNote: String = "", quarterlyTargets: [MetricNumber?],
                quarterlyNote: String = "", tolerance: Tolerance, values: [MetricValue]) {
        self.id = id
        self.name = name
        self.definition = definition
        self.unit = unit
        self.direction = direction
        self.decimals = decimals
        self.denominatorNote = denominatorNote
        self.baseline = baseline
        self.baselineNote = baselineNote
        self.annualTarget = annualTarget
        self.targetNote = targetNote
        self.quarterlyTargets = quarterlyTargets
        self.quarterlyNote = quarterlyNote
        self.tolerance = tolerance
        self.values = values
    }

    /// The value recorded for `period`, if any.
    public func value(for period: MetricPeriod) -> MetricValue? { values.first { $0.period == period } }

    /// The target for `period`.
    public func target(for period: MetricPeriod) -> MetricNumber? {
        switch period {
        case .year: annualTarget
        case .quarter(let q): quarterlyTargets.indices.contains(q - 1) ? quarterlyTargets[q - 1] : nil
        }
    }
}

/// How far from target a value may be before it turns Red.
public enum Tolerance: Hashable, Sendable, Codable {
    /// Relative to the target, in basis points (500 = 5%).
    case relative(basisPoints: Int64)
    /// In percentage points, in thousandths of a point (1000 = 1 pp).
    case points(thousandths: Int64)

    /// "5% of target" or "1 pp".
    public var label: String {
        switch self {
        case .relative(let bp): "\(bp / 100)% of target"
        case .points(let t): "\(t / 1000) pp"
        }
    }
}

/// The period a metric value covers: a quarter of the financial year, or the whole year.
public enum MetricPeriod: Hashable, Sendable, Codable, Comparable {
    case quarter(Int)
    case year

    /// "Q1" … "Q4" or "Year".
    public var label: String {
        switch self {
        case .quarter(let q): "Q\(q)"
        case .year: "Year"
        }
    }

    /// The month of the financial year (1 = April) in which the period ends.
    public var endMonthOfYear: Int {
        switch self {
        case .quarter(let q): q * 3
        case .year: 12
        }
    }

    /// The four quarters followed by the year.
    public static let all: [MetricPeriod] = [.quarter(1), .quarter(2), .quarter(3), .quarter(4), .year]
}

/// One recorded value of a metric, with the numerator and denominator it was computed from.
public struct MetricValue: Hashable, Sendable, Codable {
    public var period: MetricPeriod
    public var value: MetricNumber
    /// What the value was computed from, in words (e.g. "2,850 admissions").
    public var basis: String
    /// The count the value was computed from (admissions, people at home), if recorded.
    public var numerator: Int64?
    /// The population or cohort it was divided by, if recorded.
    public var denominator: Int64?

    public init(period: MetricPeriod, value: MetricNumber, basis: String = "", numerator: Int64? = nil, denominator: Int64? = nil) {
        self.period = period
        self.value = value
        self.basis = basis
        self.numerator = numerator
        self.denominator = denominator
    }

    /// numerator ÷ denominator × `per` (100,000 for rates, 100 for percentages), to three decimals; nil without both.
    public func computed(per: Int64) -> MetricNumber? {
        guard let numerator, let denominator, denominator > 0 else { return nil }
        return MetricNumber(thousandths: Rounding.divide(numerator * per * 1_000, by: denominator))
    }
}
