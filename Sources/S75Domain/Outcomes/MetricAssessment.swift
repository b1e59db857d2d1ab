/// How a metric value compares with its target: the adverse gap, the RAG rating and the
/// national status.
public struct MetricAssessment: Hashable, Sendable {
    public var period: MetricPeriod
    public var value: MetricNumber
    public var target: MetricNumber
    /// How far the value is on the wrong side of the target (zero or less when met), in the
    /// metric's units.
    public var adverseGap: MetricNumber
    /// The adverse gap in basis points of the target (used for relative tolerances).
    public var adverseBasisPoints: Int64
    public var rag: RAG

    /// Whether the target was met.
    public var targetMet: Bool { adverseGap.thousandths <= 0 }
}

/// The national in-year status values of the BCF returns.
public enum NationalStatus: String, Hashable, Sendable, Codable {
    case onTrack = "on-track"
    case notOnTrack = "not-on-track"
    case noData = "no-data"

    /// The wording used in the returns.
    public var label: String {
        switch self {
        case .onTrack: "On track to meet target"
        case .notOnTrack: "Not on track to meet target"
        case .noData: "Data not available to assess progress"
        }
    }
}

extension Metric {
    /// Compares the value recorded for `period` with its target; nil if either is missing.
    public func assessment(for period: MetricPeriod) -> MetricAssessment? {
        guard let value = value(for: period)?.value, let target = target(for: period) else { return nil }
        let gap = direction == .lowerIsBetter ? value - target : target - value
        let relative = target.thousandths == 0 ? 0 : Rounding.divide(gap.thousandths * 10_000, by: target.thousandths)
        let rag: RAG
        if gap.thousandths <= 0 {
            rag = .green
        } else {
            switch tolerance {
            case .relative(let limit):
                // Exactly: gap ÷ |target| ≤ limit ÷ 10,000, never the rounded basis points (5.0002% is beyond 5%).
                let within = Int128(gap.thousandths) * 10_000 <= Int128(target.thousandths.magnitude) * Int128(limit)
                rag = within ? .amber : .red
            case .points(let limit): rag = gap.thousandths <= limit ? .amber : .red
            }
        }
        return MetricAssessment(period: period, value: value, target: target, adverseGap: gap,
                                adverseBasisPoints: relative, rag: rag)
    }

    /// The periods whose data was published by `monthOfYear` (1 = April), in order.
    public func periods(availableAt monthOfYear: Int) -> [MetricPeriod] {
        MetricPeriod.all.filter { isPublished($0, byMonth: monthOfYear) }
    }

    /// The most recent assessed period available at `monthOfYear`: the year once it is complete, else the latest quarter.
    public func latestAssessment(at monthOfYear: Int) -> MetricAssessment? {
        periods(availableAt: monthOfYear).reversed().lazy.compactMap { assessment(for: $0) }.first
    }

    /// The national status at `monthOfYear`.
    public func nationalStatus(at monthOfYear: Int) -> NationalStatus {
        guard let latest = latestAssessment(at: monthOfYear) else { return .noData }
        return latest.targetMet ? .onTrack : .notOnTrack
    }
}
