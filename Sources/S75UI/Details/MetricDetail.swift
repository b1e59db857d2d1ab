import S75App
import S75Domain
import S75Screen

/// The detail of an outcome metric: definition, baseline, targets and every value against its target.
enum MetricDetail {
    static func fill(_ sheet: inout DetailSheet, _ metric: Metric, state: AppState) {
        let month = state.period.monthOfYear
        func n(_ v: MetricNumber, _ period: MetricPeriod = .year) -> String { MetricFormat.withUnit(v, of: metric, period: period) }
        sheet.field("Definition", metric.definition)
        sheet.field("Unit", metric.unit.label + (metric.denominatorNote.isEmpty ? "" : " (\(metric.denominatorNote))")
                    + "; \(metric.direction.label) is better")
        sheet.field("Baseline", n(metric.baseline) + (metric.baselineNote.isEmpty ? "" : " — \(metric.baselineNote)"))
        sheet.field("Annual target", n(metric.annualTarget) + (metric.targetNote.isEmpty ? "" : " — \(metric.targetNote)"))
        sheet.field("Tolerance", "Amber within \(metric.tolerance.label) adverse; Red beyond")
        if let quarterly = metric.quarterlyUnit, quarterly != metric.unit {
            sheet.field("Quarterly figures", "quarterly targets and values are \(quarterly.label == "count" ? "counts" : quarterly.label); "
                        + "the year is \(metric.unit.label)" + (metric.quarterlyNote.isEmpty ? "" : " (\(metric.quarterlyNote))"))
        } else if !metric.quarterlyNote.isEmpty {
            sheet.field("Quarterly figures", metric.quarterlyNote)
        }
        sheet.field("Publication lag", metric.publicationLagMonths == 0 ? "none: values are published when the period ends"
                    : "\(metric.publicationLagMonths) month\(metric.publicationLagMonths == 1 ? "" : "s") after the period ends")
        sheet.section("Values published by \(state.period.label)")
        let published = Set(metric.periods(availableAt: month))
        let rows = MetricPeriod.all.map { period -> [TableCell] in
            let unit = metric.unit(of: period)
            let target = metric.target(for: period).map { MetricFormat.number($0, decimals: metric.decimals) } ?? "—"
            guard published.contains(period), let value = metric.value(for: period) else {
                let why = published.contains(period) ? "no data"
                    : period.endMonthOfYear <= month ? "not yet published (lag)" : "not yet due"
                return [TableCell(period.label), TableCell(unit.label), TableCell(target), "—", "", "", TableCell(why)]
            }
            let assessment = metric.assessment(for: period)
            return [TableCell(period.label), TableCell(unit.label), TableCell(target),
                    TableCell(MetricFormat.number(value.value, decimals: metric.decimals)),
                    TableCell(assessment.map { MetricFormat.gap($0, of: metric) } ?? ""),
                    assessment?.rag.cell ?? "", TableCell(value.basis)]
        }
        sheet.table([Column("Period", width: 6, alignment: .left), Column("Unit", width: 11, alignment: .left, priority: 3),
                     Column("Target", width: 8), Column("Value", width: 8),
                     Column("vs tgt", width: 8), Column("RAG", width: 5, alignment: .left),
                     Column("Basis", width: 10, alignment: .left, flexible: true)], rows)
        if let trajectory = metric.trajectory(availableAt: month) {
            sheet.section("Trajectory, Q1 to Q4 (\(metric.direction.label) is better; · not published)")
            sheet.field("Target", trajectory.target)
            sheet.field("Value", "\(trajectory.value)  scale: ▁ \(n(trajectory.low, .quarter(1))) to █ \(n(trajectory.high, .quarter(1)))")
        }
        sheet.lines.append(.blank)
        let latest = metric.latestAssessment(at: month)
        sheet.field("Latest", latest.map { "\($0.period.label): \(n($0.value, $0.period)) against \(n($0.target, $0.period)) — \($0.rag.label)" }
                    ?? "no value published yet", role: latest?.rag.role)
        sheet.field("National status", metric.nationalStatus(at: month).label)
        let dependent = state.agreement.payments(dependingOn: metric.id)
        if !dependent.isEmpty {
            let parts = dependent.map { contract, component -> String in
                let payment = state.agreement.payment(for: contract, at: state.period)
                let line = payment.outcomes?.lines.first { $0.name == component.name }
                let earned = line?.earned.map { "earned \(MoneyFormat.exact($0))" } ?? "pending"
                return "\(contract.id) \(contract.providerID) \(line.map { MoneyFormat.exact($0.available) } ?? ""), \(earned)"
            }
            sheet.field("Payments on this metric", parts.joined(separator: "; "))
        }
    }
}
