import S75App
import S75Domain
import S75Screen

/// The Budgets pane's year-end view: netting, reserve, each partner's share, caps and carry-forwards,
/// with the working, and every risk-share model side by side.
enum YearEndView {
    static func view(_ state: AppState, width: Int) -> PaneView {
        let a = state.agreement
        let unit = DisplayUnit.pounds
        let methods = a.whatIfMethods
        let rule = state.whatIfModel.map { a.riskShare.with(overspend: methods[$0]) } ?? a.riskShare
        let position = a.yearEndPosition(at: state.period, rule: rule)
        let s = position.revenue
        let w = MoneyFormat.columnWidth(unit) + 2
        var lines: [ListLine] = []
        if !position.isComplete {
            lines += ListLine.warning(a.coverage(at: state.period) == .none
                ? "NO MONITORING for \(state.period.label): there is no position to share. Press [ or ] for a monitored month."
                : "INCOMPLETE: \(position.missingReturns.joined(separator: ", ")) \(position.missingReturns.count == 1 ? "has" : "have") "
                  + "no return for \(state.period.label); \(position.missingReturns.count == 1 ? "its variance is" : "their variances are") "
                  + "left out below, so no partner's share can be relied on.", width: width)
            lines.append(.blank)
        }
        let ruleName = state.whatIfModel == nil ? "the agreement's rule" : "what-if"
        lines.append(.section("\(position.isFinal ? "Final" : "Forecast") position under \(ruleName): \(rule.overspend.label)"))
        let steps = TableLayout(columns: [Column("Step", width: 20, alignment: .left, priority: 10, flexible: true, maxWidth: 70),
                                          Column(unit.label, width: w, priority: 10)], width: width)
        lines.append(.header(steps))
        for step in s.steps {
            lines.append(ListLine(steps.line([TableCell(step.label), TableCell(MoneyFormat.amount(step.amount, unit: unit, signed: true))]),
                                  role: .tableRow))
        }
        lines.append(.total(steps, ["Risk reserve: opening → closing",
                                    TableCell("\(MoneyFormat.amount(s.reserveOpening, unit: unit)) → \(MoneyFormat.amount(s.reserveClosing, unit: unit))")]))
        lines.append(.total(steps, ["Revenue carried forward", TableCell(MoneyFormat.amount(s.carriedForward, unit: unit))]))
        lines.append(.total(steps, ["Capital underspend carried forward (outside the risk share)",
                                    TableCell(MoneyFormat.amount(position.capitalCarriedForward, unit: unit))]))
        if position.capitalOverspend.isEmpty {
            lines.append(.total(steps, ["Capital overspend: none, so nobody bears one", TableCell("")]))
        }
        for overspend in position.capitalOverspend {
            let name = a.partner(overspend.partnerID)?.shortName ?? overspend.partnerID
            lines.append(.total(steps, [TableCell("Capital overspend borne by \(name), lead commissioner"),
                                        TableCell(MoneyFormat.amount(overspend.amount, unit: unit))]))
        }
        let pieces = position.netCost.map { "\(a.partner($0.partnerID)?.shortName ?? $0.partnerID) \(MoneyFormat.amount($0.amount, unit: unit))" }
        lines += ListLine.notes("Reconciliation: " + pieces.joined(separator: " + ") + " + reserve used \(MoneyFormat.amount(s.reserveUsed, unit: unit))"
                                + " − reserve added − carried forward = outturn \(MoneyFormat.amount(s.outturn, unit: unit)) "
                                + (s.reconciles ? "✓" : "✗ DOES NOT RECONCILE"), width: width)
        lines.append(.blank)
        lines += whatIfTable(a, period: state.period, unit: unit, width: width, chosen: state.whatIfModel)
        lines.append(.blank)
        lines += ListLine.notes("m shows the position under the next model; v returns to the lines. + is paid in by the partner, "
                                + "− received (or kept).", width: width)
        return PaneView(title: "Budgets — year-end position at \(state.period.label), in pounds (exact)", lines: lines, selected: nil)
    }

    static func whatIfTable(_ a: Agreement, period: Period, unit: DisplayUnit, width: Int, chosen: Int?) -> [ListLine] {
        let ids = a.riskShareInput(at: period).contributions.map(\.partnerID)
        let agreed = RiskShare.settle(a.riskShareInput(at: period), rule: a.riskShare, names: a.partnerNames)
        let rows = [("Agreement's rule: " + a.riskShare.overspend.label, agreed, chosen == nil)]
            + a.whatIf(at: period).enumerated().map { ($1.method.label, $1.settlement, chosen == $0) }
        // Names are never cut while the terminal is wide enough for them: the bars give way first.
        let nameWidth = rows.map { DisplayWidth.of($0.0) + 2 }.max() ?? 20
        let layout = TableLayout(columns: [Column("Model (same outturn)", width: min(56, nameWidth), alignment: .left, priority: 10,
                                                  flexible: true, maxWidth: 56)]
                                 + ids.flatMap { [Column(a.partner($0)?.shortName ?? $0, width: MoneyFormat.columnWidth(unit) + 1, priority: 9),
                                                  Column("−  0  +", width: VarianceBar.width, alignment: .left, priority: 2)] },
                                 width: width)
        var lines: [ListLine] = [.section("What-if: each risk-share model on the same outturn"), .header(layout)]
        // Every bar on one scale: the largest share under any model fills its half.
        let full = rows.flatMap { row in ids.map { row.1.share(of: $0).pence.magnitude } }.max() ?? 0
        for (name, settlement, isChosen) in rows {
            lines.append(ListLine(layout.line([TableCell((isChosen ? "▶ " : "  ") + name)]
                                              + ids.flatMap { id -> [TableCell] in
                                                  let share = settlement.share(of: id)
                                                  return [TableCell(MoneyFormat.amount(share, unit: unit, signed: true)),
                                                          TableCell(VarianceBar.text(share.pence, full: Int64(full)))]
                                              }),
                                  role: isChosen ? .tableTotal : .tableRow))
        }
        return lines
    }
}
