import S75App
import S75Domain
import S75Screen

/// The Outcomes pane: each metric's baseline, target, quarterly values, the latest value
/// available at the month shown, how far it is from target, and its RAG.
enum OutcomesPane {
    /// The metrics' table: a header, and each metric a row made when drawn.
    static func metricTable(_ state: AppState, width: Int) -> ListLines {
        let a = state.agreement
        let month = state.period.monthOfYear
        let available = Set(MetricPeriod.all.filter { $0.endMonthOfYear <= month })
        let periodColumns = MetricPeriod.all.filter(available.contains).map { period in
            Column(period.label, width: 6, priority: period == .year ? 5 : 1 + period.endMonthOfYear / 3)
        }
        let layout = TableLayout(columns: [
            Column("ID", width: 3, alignment: .left, priority: 10),
            Column("Metric", width: 12, alignment: .left, priority: 10, flexible: true, maxWidth: 40),
            Column("Unit", width: 11, alignment: .left, priority: 1),
            Column("Better", width: 6, alignment: .left, priority: 0),
            Column("Baseline", width: 8, priority: 7),
            Column("Target", width: 6, priority: 8),
        ] + periodColumns + [
            Column("Latest", width: 6, alignment: .left, priority: 1),
            Column("vs tgt", width: 7, priority: 6),
            Column("RAG", width: 5, alignment: .left, priority: 9),
            Column("Q value·tgt", width: 11, alignment: .left, priority: 5),
        ], width: width)
        var lines: ListLines = [.header(layout)]
        let shown = state.tableItems(in: .outcomes).compactMap { item -> Metric? in
            if case .metric(let id) = item { return a.metrics[id: id] } else { return nil }
        }
        lines.appendRows(count: shown.count, firstItem: 0) { index in
            let metric = shown[index]
            let values = MetricPeriod.all.filter(available.contains).map { period -> TableCell in
                guard metric.isPublished(period, byMonth: month) else { return TableCell("lag", role: .ragMissing) }
                guard let v = metric.value(for: period) else { return "—" }
                return TableCell(MetricFormat.number(v.value, decimals: metric.unit(of: period) == .count ? 0 : metric.decimals))
            }
            let latest = metric.latestAssessment(at: month)
            return .row(layout, [
                TableCell(metric.id), TableCell(metric.name), TableCell(metric.unit.label), TableCell(metric.direction.label),
                TableCell(MetricFormat.number(metric.baseline, decimals: metric.decimals)),
                TableCell(MetricFormat.number(metric.annualTarget, decimals: metric.decimals)),
            ] + values + [
                TableCell(latest?.period.label ?? "none"),
                TableCell(latest.map { MetricFormat.gap($0, of: metric) } ?? "—"),
                latest?.rag.cell ?? TableCell("n/a"),
                TableCell(metric.trajectory(availableAt: month).map { "\($0.value) · \($0.target)" } ?? "—"),
            ], item: index)
        }
        return lines
    }

    /// The Outcomes pane: the metrics' table, how many meet their targets, and how to read it.
    static func view(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        let a = state.agreement
        let month = state.period.monthOfYear
        var lines = metricTable(state, width: width)
        let assessed = a.metrics.compactMap { $0.latestAssessment(at: month) }
        lines.append(.blank)
        let met = assessed.filter(\.targetMet).count
        let summary = "\(met) of \(a.metrics.count) metrics at or better than target; "
            + "\(a.metrics.count - assessed.count) without data yet. "
        let explanation = "Latest is the most recent period published by \(state.period.label), after each metric's "
            + "publication lag (\"lag\": the period has ended but its figures are not out yet); RAG compares it with "
            + "that period's target within the metric's tolerance. Q value·tgt draws the quarters' values (· not yet published) "
            + "beside their targets, on one scale per metric. Enter shows the working."
        lines += ListLine.notes(summary + explanation, width: width)
        for metric in a.metrics {
            if let quarterly = metric.quarterlyUnit, quarterly != metric.unit {
                lines += ListLine.notes("\(metric.id): quarterly values are \(quarterly.label == "count" ? "counts" : quarterly.label); "
                                        + "the baseline, target and year are \(metric.unit.label).", width: width)
            }
        }
        return PaneView(title: "Outcomes — metrics, targets and values available at \(state.period.label)", lines: lines,
                        selected: selected)
    }
}
