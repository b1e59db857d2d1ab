import S75Domain
import S75Screen

/// A row of figures as eighth-blocks on one scale, one cell each, the nearest eighth of `full` (at least ▁);
/// a month with no figure is a dot. The figures themselves are always printed beside it.
public enum Sparkline {
    public static func text(_ values: [Int64?], full: Int64) -> String {
        String(values.map { value -> Character in
            guard let value else { return "·" }
            guard full > 0 else { return levels[0] }
            let eighths = (max(0, value) * 8 + full / 2) / full
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
