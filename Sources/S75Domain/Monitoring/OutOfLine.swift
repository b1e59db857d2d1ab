/// Figures far out of line with a line's earlier return: warned of beside the cell before they are saved, and listed by
/// `check`. They may be right (a large accrual, a correction), so they are warnings, never refusals.
///
/// A return is out of line when its year-to-date budget is negative, when its actual to date (which is cumulative)
/// falls from the previous monitored month, or when the actual moves by more than ``movementShareBasisPoints`` of the
/// line's budget a month since then (25%: a quarter of a year's budget spent in one month).
public enum OutOfLine {
    /// The most an actual to date may move in one month, as a share of the line's budget, before it is out of line.
    public static let movementShareBasisPoints: Int64 = 2_500
}

extension Agreement {
    /// Why `entry` looks out of line (nothing if it does not), in words for the grid and `check`.
    public func outOfLine(_ entry: MonitoringEntry) -> [String] {
        var warnings: [String] = []
        if entry.budgetToDate.isNegative {
            warnings.append("the year-to-date budget \(MoneyText.pounds(entry.budgetToDate)) is negative")
        }
        guard let line = lines[id: entry.lineID],
              let previous = monitoring.latest(for: entry.lineID, before: entry.period)
        else { return warnings }
        let since = previous.period.shortLabel
        let moved = entry.actualToDate - previous.actualToDate
        if moved.isNegative {
            warnings.append("the actual to date falls from \(MoneyText.pounds(previous.actualToDate)) at \(since) to "
                            + "\(MoneyText.pounds(entry.actualToDate)); it is cumulative")
        }
        let months = Int64(max(1, entry.period.monthOfYear - previous.period.monthOfYear))
        if line.budget.pence > 0, moved.magnitude.exceeds(basisPoints: OutOfLine.movementShareBasisPoints * months, of: line.budget) {
            warnings.append("the actual moves \(MoneyText.pounds(moved)) since \(since), more than "
                            + "\(PercentText.exact(OutOfLine.movementShareBasisPoints)) of the budget (\(MoneyText.pounds(line.budget))) a month")
        }
        return warnings
    }

    /// Every return that looks out of line, for `check`: "monitoring S02 2026-01: the actual to date falls …".
    public func outOfLineFigures() -> [ValidationProblem] {
        monitoring.flatMap { entry in outOfLine(entry).map { ValidationProblem("monitoring \(entry.lineID) \(entry.period)", $0) } }
    }
}
