import S75Domain
import S75Screen
import S75Text

/// A row of figures as eighth-blocks on one scale from `low` to `full`, one cell each, the nearest eighth (at
/// least ▁); a period with no figure is a dot. The figures themselves are always printed beside it.
public enum Sparkline {
    public static func text(_ values: [Int64?], from low: Int64 = 0, full: Int64) -> String {
        let span = full - low
        return String(values.map { value -> Character in
            guard let value else { return "·" }
            guard span > 0 else { return levels[0] }
            let eighths = (max(0, value - low) * 8 + span / 2) / span
            return levels[Int(min(8, max(1, eighths))) - 1]
        })
    }

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
}

extension Agreement {
    /// A line's spend to date against its profile, month by month from April: the profile for the whole year, the
    /// actual up to `period` (nil where no return was made), both on the scale of the larger of budget and actual.
    public func spendAgainstProfile(_ line: SchemeLine, upTo period: Period) -> (profile: String, actual: String) {
        let first = Period(year: period.financialYear.startYear, month: 4)
        let months = (0..<12).reduce(into: [first]) { list, _ in list.append(list[list.count - 1].next) }.prefix(12)
        let profile = months.map { line.profile.budgetToDate(line.budget, monthOfYear: $0.monthOfYear).pence }
        let actual = months.filter { $0 <= period }.map { entry(for: line.id, at: $0)?.actualToDate.pence }
        let full = max(line.budget.pence, actual.compactMap { $0 }.max() ?? 0)
        return (Sparkline.text(profile, full: full),
                DisplayWidth.pad(Sparkline.text(actual, full: full), to: 12))
    }
}

extension Metric {
    /// The quarterly targets and the values published by `monthOfYear`, Q1 to Q4, scaled from the smallest to the
    /// largest of them all so that the trajectory shows; `low` and `high` name that scale.
    public func trajectory(availableAt monthOfYear: Int) -> (target: String, value: String, low: MetricNumber, high: MetricNumber)? {
        let quarters = (1...4).map { MetricPeriod.quarter($0) }
        let published = Set(periods(availableAt: monthOfYear))
        let targets = quarters.map { target(for: $0)?.thousandths }
        let values = quarters.map { published.contains($0) ? value(for: $0)?.value.thousandths : nil }
        let known = (targets + values).compactMap { $0 }
        guard let low = known.min(), let high = known.max() else { return nil }
        return (Sparkline.text(targets, from: low, full: high), Sparkline.text(values, from: low, full: high),
                MetricNumber(thousandths: low), MetricNumber(thousandths: high))
    }
}
