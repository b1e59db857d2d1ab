import S75App
import S75Domain
import S75Screen

/// The Outcomes pane: each metric's baseline, target, quarterly values, the latest value
/// available at the month shown, how far it is from target, and its RAG.
enum OutcomesPane {
    static func view(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        let a = state.agreement
        let month = state.period.monthOfYear
        let layout = TableLayout(columns: [
            Column("ID", width: 3, alignment: .left, priority: 10),
            Column("Metric", width: 12, alignment: .left, priority: 10, flexible: true),
            Column("Unit", width: 11, alignment: .left, priority: 1),
            Column("Better", width: 6, alignment: .left, priority: 2),
            Column("Baseline", width: 8, priority: 7),
            Column("Target", width: 6, priority: 8),
            Column("Q1", width: 6, priority: 4),
            Column("Q2", width: 6, priority: 4),
            Column("Q3", width: 6, priority: 4),
            Column("Q4", width: 6, priority: 4),
            Column("Year", width: 6, priority: 5),
            Column("Latest", width: 6, alignment: .left, priority: 3),
            Column("vs tgt", width: 7, priority: 6),
            Column("RAG", width: 5, alignment: .left, priority: 9),
        ], width: width)
        var lines: [ListLine] = [.header(layout)]
        for (index, metric) in a.metrics.enumerated() {
            let available = Set(metric.periods(availableAt: month))
            let values = MetricPeriod.all.map { period -> TableCell in
                guard available.contains(period), let v = metric.value(for: period) else { return "—" }
                return TableCell(MetricFormat.number(v.value, decimals: metric.decimals))
            }
            let latest = metric.latestAssessment(at: month)
            lines.append(.row(layout, [
                TableCell(metric.id), TableCell(metric.name), TableCell(metric.unit.label), TableCell(metric.direction.label),
                TableCell(MetricFormat.number(metric.baseline, decimals: metric.decimals)),
                TableCell(MetricFormat.number(metric.annualTarget, decimals: metric.decimals)),
            ] + values + [
                TableCell(latest?.period.label ?? "none"),
                TableCell(latest.map { MetricFormat.gap($0, of: metric) } ?? "—"),
                latest?.rag.cell ?? TableCell("n/a"),
            ], item: index))
        }
        let assessed = a.metrics.compactMap { $0.latestAssessment(at: month) }
        lines.append(.blank)
        lines.append(.note("\(assessed.filter(\.targetMet).count) of \(a.metrics.count) metrics at or better than target; "
                           + "\(a.metrics.count - assessed.count) without data yet."))
        lines.append(.note("Latest = the most recent period published by \(state.period.label); RAG compares it with"))
        lines.append(.note("that period's target within the metric's tolerance. Enter shows the working."))
        return PaneView(title: "Outcomes — metrics, targets and values available at \(state.period.label)", lines: lines,
                        selected: selected)
    }
}
