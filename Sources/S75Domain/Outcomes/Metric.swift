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
    public enum Direction: String, Hashable, Sendable, Codable, CaseIterable {
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
    /// The unit of the quarterly targets and values when it is not the metric's own (e.g. counts of a rate).
    public var quarterlyUnit: Unit?
    public var tolerance: Tolerance
    /// How many months after a period ends its value is published (data lag); 0 if at once.
    public var publicationLagMonths: Int
    public var values: [MetricValue]

    public init(id: String, name: String, definition: String, unit: Unit, direction: Direction, decimals: Int,
                denominatorNote: String = "", baseline: MetricNumber, baselineNote: String = "",
                annualTarget: MetricNumber, targetNote: String = "", quarterlyTargets: [MetricNumber?],
                quarterlyNote: String = "", quarterlyUnit: Unit? = nil, tolerance: Tolerance, publicationLagMonths: Int = 0,
                values: [MetricValue]) {
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
        self.quarterlyUnit = quarterlyUnit
        self.tolerance = tolerance
        self.publicationLagMonths = publicationLagMonths
        self.values = values
    }

    /// Reads a stored metric; files written before publication lags existed get a lag of 0.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        definition = try c.decode(String.self, forKey: .definition)
        unit = try c.decode(Unit.self, forKey: .unit)
        direction = try c.decode(Direction.self, forKey: .direction)
        decimals = try c.decode(Int.self, forKey: .decimals)
        denominatorNote = try c.decode(String.self, forKey: .denominatorNote)
        baseline = try c.decode(MetricNumber.self, forKey: .baseline)
        baselineNote = try c.decode(String.self, forKey: .baselineNote)
        annualTarget = try c.decode(MetricNumber.self, forKey: .annualTarget)
        targetNote = try c.decode(String.self, forKey: .targetNote)
        quarterlyTargets = try c.decode([MetricNumber?].self, forKey: .quarterlyTargets)
        quarterlyNote = try c.decode(String.self, forKey: .quarterlyNote)
        quarterlyUnit = try c.decodeIfPresent(Unit.self, forKey: .quarterlyUnit)
        tolerance = try c.decode(Tolerance.self, forKey: .tolerance)
        publicationLagMonths = try c.decodeIfPresent(Int.self, forKey: .publicationLagMonths) ?? 0
        values = try c.decode([MetricValue].self, forKey: .values)
    }

    /// The unit the value or target of `period` is in: the quarterly unit for quarters, if it differs.
    public func unit(of period: MetricPeriod) -> Unit {
        if case .quarter = period { return quarterlyUnit ?? unit }
        return unit
    }

    /// Whether the value for `period` had been published by month `monthOfYear` (1 = April).
    ///
    /// A value is published `publicationLagMonths` after its period ends. Month 12 is the final outturn,
    /// reported after the year closes, so it uses every value recorded for the year.
    public func isPublished(_ period: MetricPeriod, byMonth monthOfYear: Int) -> Bool {
        monthOfYear >= 12 ? period.endMonthOfYear <= 12 : period.endMonthOfYear + publicationLagMonths <= monthOfYear
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
        case .relative(let bp): "\(PercentText.exact(bp)) of target"
        case .points(let t): "\(MetricText.number(MetricNumber(thousandths: t), decimals: t % 10 != 0 ? 3 : t % 100 != 0 ? 2 : t % 1000 != 0 ? 1 : 0)) pp"
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

    /// The period a label names: "Q1" … "Q4" or "Year".
    public init?(label: String) {
        guard let period = Self.all.first(where: { $0.label == label }) else { return nil }
        self = period
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
