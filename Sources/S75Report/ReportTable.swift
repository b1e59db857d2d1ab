import S75Domain

/// One cell of a report table: text, or a figure that each format writes its own way.
enum ReportCell: Hashable {
    case text(String)
    /// Pence; nil when not known, written as `missing` in text ("no return", "pending").
    case money(Int64?, signed: Bool = false, missing: String = "no return")
    /// Basis points of a whole; nil when there is none.
    case percent(Int64?)

    /// Whether the cell is a figure, aligned right in text.
    var isNumeric: Bool {
        if case .text = self { return false }
        return true
    }
}

/// One table of the report, in typed cells, ready for any output format.
struct ReportTable {
    /// The name `--table` takes: "scheme-lines".
    var id: String
    var title: String
    var columns: [String]
    var rows: [[ReportCell]]
    /// Lines printed under the table (working, notes).
    var notes: [String] = []

    /// The columns in which some row has a cell that `matches`.
    func columns(where matches: (ReportCell) -> Bool) -> Set<Int> {
        Set(columns.indices.filter { i in rows.contains { i < $0.count && matches($0[i]) } })
    }

    /// The columns holding figures, aligned right in text.
    var numericColumns: Set<Int> { columns(where: \.isNumeric) }
}

extension BoardReport {
    /// The report as tables, in board order.
    var tables: [ReportTable] {
        func t(_ text: String) -> ReportCell { .text(text) }
        func figures(_ f: FiguresRow) -> [ReportCell] {
            [.money(f.budget), .money(f.budgetToDate), .money(f.actualToDate), .money(f.ytdVariance, signed: true),
             .money(f.forecastOutturn), .money(f.forecastVariance, signed: true), .percent(f.forecastVarianceBasisPoints), t(f.rag)]
        }
        let figureColumns = ["Budget", "YTD budget", "Actual YTD", "YTD var", agreement.isFinal ? "Outturn" : "Forecast", "Var", "Var %", "RAG"]
        let names = whatIf.first?.shares.map(\.name) ?? []
        let heading = yearEnd.isFinal ? "final" : agreement.monthOfYear == 12 ? "forecast: month 12 is not final until every line has its return"
            : "forecast"
        let movement = schemes.first?.movementSince.flatMap(Period.init).map { "Movement since \($0.shortLabel)" } ?? "Movement"
        return [
            ReportTable(id: "pool-by-source", title: "Pool summary by funding source", columns: ["Source"] + figureColumns,
                        rows: poolBySource.map { [t($0.label)] + figures($0) } + totals.map { [t($0.label)] + figures($0) },
                        notes: [agreement.legend, "RAG: " + agreement.ragRule + "."]),
            ReportTable(id: "scheme-lines", title: "Scheme lines", columns: ["Line", "Scheme", "Lead", "Source"] + figureColumns + [movement],
                        rows: schemes.map { [t($0.line), t($0.name), t($0.leadCommissioner), t(FundingSource(rawValue: $0.source)?.shortLabel ?? $0.source)]
                                            + figures($0.figures) + [.money($0.movement, signed: true, missing: "—")] }
                            + totals.map { [t(""), t($0.label), t(""), t("")] + figures($0) + [t("")] },
                        notes: schemes.first?.movementSince == nil ? ["No earlier month was monitored, so there is no movement."] : []),
            ReportTable(id: "partners", title: "By partner",
                        columns: ["Partner", "Revenue contribution", "Capital contribution", "Risk-share liability", "Net revenue cost"],
                        rows: partners.map { [t($0.name), .money($0.revenueContribution), .money($0.capitalContribution),
                                              .money($0.riskShare, signed: true), .money($0.netCost)] }),
            ReportTable(id: "ring-fences", title: "Ring-fence checks", columns: ["Check", "Result", "Detail"],
                        rows: ringFences.map { [t($0.check), t(RingFenceCheck.Result(rawValue: $0.result)?.label ?? $0.result), t($0.detail)] }),
            ReportTable(id: "metrics", title: "Outcome metrics",
                        columns: ["Metric", "Name", "Unit", "Baseline", "Target", "Latest", "Value", "Value unit", "Period target", "RAG",
                                  "National status", "Payments"],
                        rows: metrics.map { [t($0.metric), t($0.name), t($0.unit), t($0.baseline), t($0.target), t($0.latestPeriod ?? "none"),
                                             t($0.latestValue ?? "—"), t($0.latestUnit ?? ""), t($0.latestTarget ?? "—"), t($0.rag ?? "—"),
                                             t($0.nationalStatus), t($0.payments.joined(separator: " "))] },
                        notes: ["Latest is the most recent period published by \(agreement.period), after each metric's publication lag."]),
            ReportTable(id: "contract-payments", title: "Contract payments",
                        columns: ["Contract", "Provider", "Basis", "Value", "At risk", "Earned", "Withheld", "Payable (year)", "Up to", "Status"],
                        rows: contractPayments.map { [t($0.contract), t($0.providerName), t($0.basis), .money($0.value), .money($0.atRisk),
                                                      .money($0.earned, missing: $0.atRisk > 0 ? "pending" : "—"),
                                                      .money($0.withheld, missing: $0.atRisk > 0 ? "pending" : "—"),
                                                      .money($0.payable), .money($0.payableUpTo, missing: ""), t($0.status)] },
                        notes: ["Payable (year) is what the contract pays for the whole year, as forecast until the year is final; "
                                + "while outcomes are pending it is the guaranteed part and Up to is the most it can become. "
                                + "No payments to date are recorded."]
                            + contractPayments.filter { $0.atRisk > 0 }.flatMap { p in p.working.map { "\(p.contract): \($0)" } }),
            ReportTable(id: "year-end", title: "Year-end position (\(heading)): \(yearEnd.rule)", columns: ["Step", "Amount"],
                        rows: yearEndRows,
                        notes: yearEnd.isComplete
                            ? [yearEnd.capitalOverspend?.isEmpty != false ? "No capital overspend: nobody bears one."
                               : "A capital overspend falls to the lead commissioners of the overspending capital lines; "
                               + "each grant carries forward what its lines leave unspent (outside the revenue risk share).",
                               "Reconciles to the revenue and capital outturns: \(yearEnd.reconciles == true ? "yes" : "NO")"]
                            : ["No return: \(yearEnd.missingReturns.joined(separator: ", ")) \(yearEnd.missingReturns.count == 1 ? "has" : "have") "
                               + "no return for \(agreement.period), so no outturn, no share and no partner's liability is stated."]),
            ReportTable(id: "what-if", title: "What-if: the same outturn under each risk-share model",
                        columns: ["Model"] + names + ["Reserve used", "Reserve added", "Carried forward", "Net variance"],
                        rows: whatIf.map { row in
                            [t(row.model)] + row.shares.map { .money($0.amount, signed: true) }
                                + [.money(row.reserveUsed), .money(row.reserveAdded), .money(row.carriedForward), .money(row.netVariance, signed: true)]
                        },
                        notes: ["Each row adds up: partners' shares + reserve used − reserve added − carried forward = net variance."]),
        ] + receiptTable + settlementTable + restatementTable + adjustmentTable + variationTables
    }

    /// The payments settling the year's risk share, with their total; none until they are made.
    var settlementTable: [ReportTable] {
        guard !settlementPayments.isEmpty else { return [] }
        return [ReportTable(id: "settlement-payments", title: "Settlement payments",
                            columns: ["Payment", "From", "To", "Amount", "Due", "Invoice", "Paid"],
                            rows: settlementPayments.map { p in
                                [.text(p.id), .text(p.from), .text(p.to), .money(p.amount), .text(p.due), .text(p.invoice.isEmpty ? "—" : p.invoice),
                                 .text(p.paidOn ?? (p.overdue ? "OVERDUE" : "not paid"))]
                            } + [[.text("Total"), .text(""), .text(""), .money(settlementPayments.map(\.amount).reduce(0, +)), .text(""),
                                  .text(""), .text("")]],
                            notes: ["Who pays whom to settle the year's risk share (s75 settle); OVERDUE past its due date at the month's end."])]
    }

    /// Contributions received against due by the month's end, once any contribution has instalments; a total that re-adds
    /// the scheduled ones.
    var receiptTable: [ReportTable] {
        guard contributionsReceived.contains(where: { $0.dueToDate != nil }) else { return [] }
        let scheduled = contributionsReceived.filter { $0.dueToDate != nil }
        func owed(_ r: ReceiptRow) -> Int64? { r.dueToDate.flatMap { due in r.receivedToDate.map { due - $0 } } }
        return [ReportTable(id: "contributions-received", title: "Contributions received against due",
                            columns: ["Contribution", "Partner", "For the year", "Due to date", "Received to date", "Owed", "Outstanding"],
                            rows: contributionsReceived.map { r in
                                [.text(r.contribution), .text(r.partner), .money(r.amount), .money(r.dueToDate, missing: "no schedule"),
                                 .money(r.receivedToDate, missing: "no schedule"), .money(owed(r), signed: true, missing: "—"),
                                 .text(r.outstanding.joined(separator: ", "))]
                            } + [[.text("Total scheduled"), .text(""), .money(scheduled.map(\.amount).reduce(0, +)),
                                  .money(scheduled.compactMap(\.dueToDate).reduce(0, +)), .money(scheduled.compactMap(\.receivedToDate).reduce(0, +)),
                                  .money(scheduled.compactMap(owed).reduce(0, +), signed: true), .text("")]],
                            notes: ["Due and received by the end of the month; a contribution with no instalments recorded is not known, never £0."])]
    }

    /// The year's budget variations effective by the month, and each varied line's original budget, variations and budget
    /// in force, with totals that re-add; none when nothing was varied.
    var variationTables: [ReportTable] {
        guard !budgetVariations.isEmpty else { return [] }
        func total(_ amount: (BudgetInForceRow) -> Int64) -> ReportCell { .money(budgetsInForce.map(amount).reduce(0, +)) }
        return [ReportTable(id: "budget-variations", title: "Budget variations",
                            columns: ["Variation", "From", "To", "Effective", "Amount", "Agreed by", "Reason"],
                            rows: budgetVariations.map { v in
                                [.text(v.id), .text(v.from ?? "pool"), .text(v.to ?? "pool"), .text(v.effective), .money(v.amount),
                                 .text(v.agreedBy), .text(v.reason)]
                            },
                            notes: ["The budget in force at a month is the original budget plus the variations effective by then; the "
                                    + "months before a variation keep the budget to date they had (docs/money.md)."]),
                ReportTable(id: "budgets-in-force", title: "Varied lines: original budget and budget in force",
                            columns: ["Line", "Original", "Variations", "In force"],
                            rows: budgetsInForce.map { [.text($0.line), .money($0.original), .money($0.variations, signed: true), .money($0.inForce)] }
                                + [[.text("Total"), total(\.original), .money(budgetsInForce.map(\.variations).reduce(0, +), signed: true),
                                    total(\.inForce)]])]
    }

    /// The corrections to closed months entered in the year so far; none when there are none.
    var adjustmentTable: [ReportTable] {
        guard !priorPeriodAdjustments.isEmpty else { return [] }
        return [ReportTable(id: "prior-period-adjustments", title: "Prior-period adjustments",
                            columns: ["Adjustment", "Line", "Entered in", "Corrects", "Amount", "Reason"],
                            rows: priorPeriodAdjustments.map { r in
                                [.text(r.id), .text(r.line), .text(r.enteredIn), .text(r.relatesTo), .money(r.amount, signed: true), .text(r.reason)]
                            } + [[.text("Total"), .text(""), .text(""), .text(""), .money(priorPeriodAdjustments.map(\.amount).reduce(0, +), signed: true),
                                  .text("")]],
                            notes: ["Each is part of the actual to date of the month it was entered in; the month it corrects stays as reported."])]
    }

    /// The returns of a restated (or reopened and corrected) month as first reported beside now; none otherwise.
    var restatementTable: [ReportTable] {
        guard let close, !close.restated.isEmpty else { return [] }
        func change(_ was: Int64?, _ now: Int64?) -> ReportCell {
            guard let was, let now else { return .money(nil, signed: true, missing: "—") }
            return .money(now - was, signed: true)
        }
        return [ReportTable(id: "restatement", title: "As first reported and as \(close.state == "restated" ? "restated" : "now")",
                            columns: ["Line", "Actual YTD first reported", "Actual YTD now", "Change", "Forecast first reported", "Forecast now", "Change"],
                            rows: close.restated.map { r in
                                [.text(r.line), .money(r.firstActualToDate), .money(r.actualToDate), change(r.firstActualToDate, r.actualToDate),
                                 .money(r.firstForecastOutturn), .money(r.forecastOutturn), change(r.firstForecastOutturn, r.forecastOutturn)]
                            },
                            notes: ["\(agreement.period) was \(close.summary). Only the lines whose return changed are listed; the total is "
                                    + "of every line's return."])]
    }
}

extension BoardReport {
    /// The year-end table's rows: the working, then the reserve and the capital position; every figure
    /// that depends on a missing return reads "no return".
    var yearEndRows: [[ReportCell]] {
        let y = yearEnd
        let working: [[ReportCell]] = y.isComplete
            ? y.steps.map { [.text($0.label), .money($0.amount)] }
            : [[.text("Contributions in scope"), .money(y.contributions)], [.text("Outturn"), .money(nil)],
               [.text("Net variance"), .money(nil, signed: true)]]
        let capital: [[ReportCell]] = [
            [.text("Risk reserve opening"), .money(y.reserveOpening)], [.text("Risk reserve closing"), .money(y.reserveClosing)],
            [.text("Capital contributions (outside the risk share)"), .money(y.capitalContributions)],
            [.text("Capital outturn"), .money(y.capitalOutturn)],
            [.text("Capital variance"), .money(y.capitalVariance, signed: true)],
        ]
        let grants: [[ReportCell]] = (y.capitalCarriedForward ?? []).map { grant in
            [.text("Capital carried forward: \(FundingSource(rawValue: grant.source)?.label ?? grant.source)"), .money(grant.amount)]
        }
        let borne: [[ReportCell]] = (y.capitalOverspend ?? []).map {
            [.text("Capital overspend borne by \($0.name), lead commissioner"), .money($0.amount)]
        }
        return working + capital + grants + borne
    }
}
