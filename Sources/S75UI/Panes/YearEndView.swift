import S75App
import S75Domain
import S75Screen
import S75Text

/// The Budgets pane's year-end view: netting, reserve, each partner's share, caps and carry-forwards,
/// with the working, and every risk-share model side by side.
enum YearEndView {
    static func view(_ state: AppState, width: Int) -> PaneView {
        let a = state.agreement
        let methods = a.whatIfMethods
        let rule = state.whatIfModel.map { a.riskShare.with(overspend: methods[$0]) } ?? a.riskShare
        let title = "Budgets — year-end position at \(state.period.label), in pounds (exact)"
        guard let position = a.yearEndPosition(at: state.period, rule: rule) else {
            return PaneView(title: title, lines: missingReturnLines(a, period: state.period, width: width), selected: nil)
        }
        var lines = positionLines(position, of: a, rule: rule, chosen: state.whatIfModel, width: width)
        if state.period.isYearEnd {
            let year = state.period.financialYear
            lines.append(.blank)
            lines += ListLine.notes("Sign-off: " + (a.yearEndSignOffStatus(of: year).map { "the settlement is \($0)." }
                                    ?? "no partner's s151 or CFO signatory has signed the settlement yet (s75 sign --year-end \(year.startYear))."),
                                    width: width)
            lines += settlementLines(a.settlementPayments.filter { $0.year == year }, today: state.today, width: width)
        }
        lines.append(.blank)
        lines += whatIfTable(a, period: state.period, unit: .pounds, width: width, chosen: state.whatIfModel)
        lines.append(.blank)
        lines += ListLine.notes("m shows the position under the next model; v returns to the lines; a records unauthorised spend "
                                + "charged back to a partner. + is paid in by the partner, − received (or kept).", width: width)
        return PaneView(title: title, lines: lines, selected: nil)
    }

    /// The payments that settle the year, with their invoices and whether paid; how to make them while there are none.
    static func settlementLines(_ payments: [SettlementPayment], today: DateOnly, width: Int) -> [ListLine] {
        guard !payments.isEmpty else {
            return [.blank] + ListLine.notes("Settlement: no payments recorded yet. :settle (or s75 settle --generate) makes them from "
                                             + "this position once it is final and agreed.", width: width)
        }
        let layout = TableLayout(columns: [
            Column("Payment", width: 7, alignment: .left, priority: 10), Column("From → to", width: 10, alignment: .left, priority: 9),
            Column("Amount", width: 14, priority: 10), Column("Due", width: 11, alignment: .left, priority: 8),
            Column("Invoice", width: 10, alignment: .left, priority: 6, flexible: true, maxWidth: 24),
            Column("Paid", width: 11, alignment: .left, priority: 9),
        ], width: width)
        var lines: [ListLine] = [.blank, .section("Settlement payments"), .header(layout)]
        for p in payments {
            let paid = p.paidOn.map { TableCell($0.label) } ?? (p.isOverdue(on: today) ? TableCell("OVERDUE", role: .statusError) : TableCell("not paid"))
            lines.append(ListLine(layout.line([TableCell(p.id), TableCell("\(p.fromPartnerID) → \(p.toPartnerID)"),
                                               TableCell(MoneyFormat.amount(p.amount, unit: .pounds)), TableCell(p.due.label),
                                               TableCell(p.invoice.isEmpty ? "—" : p.invoice), paid]), role: .tableRow))
        }
        lines.append(.total(layout, ["Total", "", TableCell(MoneyFormat.amount(payments.map(\.amount).reduce(.zero, +), unit: .pounds)), "", "", ""]))
        return lines + ListLine.notes(":paid SP1 [DAY] [INVOICE] records a payment made; a paid payment is kept.", width: width)
    }

    /// No position, no shares and no what-if while a line has no return: the missing lines, named.
    static func missingReturnLines(_ a: Agreement, period: Period, width: Int) -> [ListLine] {
        let missing = a.figures(at: period).missingReturns
        let text = a.coverage(at: period) == .none
            ? "NO MONITORING for \(period.label): there is no position to share. Press [ or ] for a monitored month."
            : "NO RETURN: \(missing.joined(separator: ", ")) \(missing.count == 1 ? "has" : "have") no return for \(period.label), "
              + "so no outturn, no partner's share and no what-if can be stated. Enter the missing returns (g on Budgets)."
        return ListLine.warning(text, width: width)
    }

    static func positionLines(_ position: YearEndPosition, of a: Agreement, rule: RiskShareRule, chosen: Int?, width: Int) -> [ListLine] {
        let unit = DisplayUnit.pounds
        let s = position.revenue
        let w = MoneyFormat.columnWidth(unit, for: a) + 2
        func money(_ amount: Money) -> TableCell { TableCell(MoneyFormat.amount(amount, unit: unit)) }
        var lines: [ListLine] = []
        lines.append(.section("\(position.isFinal ? "Final" : "Forecast") position of the revenue pool — \(rule.overspend.label)"
                              + (chosen == nil ? "" : " (what-if)")))
        let steps = TableLayout(columns: [Column("Step", width: 20, alignment: .left, priority: 10, flexible: true, maxWidth: 70),
                                          Column(unit.label, width: w, priority: 10)], width: width)
        lines.append(.header(steps))
        for step in s.steps {
            lines.append(ListLine(steps.line([TableCell(step.label), TableCell(MoneyFormat.amount(step.amount, unit: unit, signed: true))]),
                                  role: .tableRow))
        }
        lines.append(.total(steps, ["Risk reserve: opening → closing",
                                    TableCell("\(MoneyFormat.amount(s.reserveOpening, unit: unit)) → \(MoneyFormat.amount(s.reserveClosing, unit: unit))")]))
        lines.append(.total(steps, ["Revenue carried forward", money(s.carriedForward)]))
        let capital = position.capital
        for grant in capital.carriedForward {
            lines.append(.total(steps, [TableCell("Capital carried forward under the \(grant.source.label)"), money(grant.amount)]))
        }
        if capital.overspend.isEmpty {
            lines.append(.total(steps, ["Capital overspend: none, so nobody bears one", TableCell("")]))
        }
        for overspend in capital.overspend {
            let name = a.partner(overspend.partnerID)?.shortName ?? overspend.partnerID
            lines.append(.total(steps, [TableCell("Capital overspend borne by \(name), lead commissioner"), money(overspend.amount)]))
        }
        let pieces = position.netCost.map { "\(a.partner($0.partnerID)?.shortName ?? $0.partnerID) \(MoneyFormat.amount($0.amount, unit: unit))" }
        lines += ListLine.notes("Revenue: " + pieces.joined(separator: " + ") + " + reserve used \(MoneyFormat.amount(s.reserveUsed, unit: unit))"
                                + " − reserve added − carried forward = outturn \(MoneyFormat.amount(s.outturn, unit: unit)) "
                                + (s.reconciles ? "✓" : "✗ DOES NOT RECONCILE"), width: width)
        lines += ListLine.notes("Capital: contributions \(MoneyFormat.amount(capital.contributions, unit: unit)) + borne "
                                + "\(MoneyFormat.amount(capital.overspend.sum(\.amount), unit: unit)) − carried forward "
                                + "\(MoneyFormat.amount(capital.totalCarriedForward, unit: unit)) = outturn \(MoneyFormat.amount(capital.outturn, unit: unit)) "
                                + (capital.reconciles ? "✓" : "✗ DOES NOT RECONCILE"), width: width)
        return lines
    }

    /// Every model on the same outturn, each row with what the reserve and carry-forward took, so it adds up
    /// to the net variance; while a line has no return, the missing lines instead.
    static func whatIfTable(_ a: Agreement, period: Period, unit: DisplayUnit, width: Int, chosen: Int?) -> [ListLine] {
        guard let input = a.riskShareInput(at: period), let whatIf = a.whatIf(at: period) else {
            return [.section("What-if: each risk-share model on the same outturn")] + missingReturnLines(a, period: period, width: width)
        }
        let ids = input.contributions.map(\.partnerID)
        let agreed = RiskShare.settle(input, rule: a.riskShare, names: a.partnerNames)
        let rows = [("Agreement's rule: " + a.riskShare.overspend.label, agreed, chosen == nil)]
            + whatIf.enumerated().map { ($1.method.label, $1.settlement, chosen == $0) }
        // Names are never cut while the terminal is wide enough for them: the bars give way first.
        let nameWidth = rows.map { DisplayWidth.of($0.0) + 2 }.max() ?? 20
        let moneyWidth = MoneyFormat.columnWidth(unit, for: a) + 1
        let layout = TableLayout(columns: [Column("Model (same outturn)", width: min(56, nameWidth), alignment: .left, priority: 10,
                                                  flexible: true, maxWidth: 56)]
                                 + ids.flatMap { [Column(a.partner($0)?.shortName ?? $0, width: moneyWidth, priority: 9),
                                                  Column("−  0  +", width: VarianceBar.width, alignment: .left, priority: 2)] }
                                 + [Column("Reserve", width: moneyWidth, priority: 5), Column("Carried fwd", width: moneyWidth, priority: 4)],
                                 width: width)
        var lines: [ListLine] = [.section("What-if: each risk-share model on the same outturn"), .header(layout)]
        // Every bar on one scale: the largest share under any model fills its half.
        let full = rows.flatMap { row in ids.map { row.1.share(of: $0).pence.magnitude } }.max() ?? 0
        for (name, settlement, isChosen) in rows {
            let reserve = settlement.reserveUsed - settlement.reserveAdded
            lines.append(ListLine(layout.line([TableCell((isChosen ? "▶ " : "  ") + name)]
                                              + ids.flatMap { id -> [TableCell] in
                                                  let share = settlement.share(of: id)
                                                  return [TableCell(MoneyFormat.amount(share, unit: unit, signed: true)),
                                                          TableCell(VarianceBar.text(share.pence, full: Int64(full)))]
                                              }
                                              + [TableCell(MoneyFormat.amount(reserve, unit: unit, signed: true)),
                                                 TableCell(MoneyFormat.amount(settlement.carriedForward, unit: unit))]),
                                  role: isChosen ? .tableTotal : .tableRow))
        }
        lines += ListLine.notes("Each row adds up: shares + reserve used (−added) − carried forward = net variance "
                                + "\(MoneyFormat.amount(agreed.netVariance, unit: unit, signed: true)).", width: width)
        return lines
    }
}
