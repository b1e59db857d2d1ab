import S75Domain

/// One table of the report, in plain cells, ready for any output format.
struct ReportTable {
    var title: String
    var columns: [String]
    /// Which columns hold numbers (aligned right in text).
    var numeric: Set<Int>
    var rows: [[String]]
    /// Lines printed under the table (working, notes).
    var notes: [String] = []
}

extension BoardReport {
    /// The report as tables, in board order.
    var tables: [ReportTable] {
        let money = MoneyText.pounds
        func m(_ pence: Int64) -> String { money(Money(pence: pence)) }
        func v(_ pence: Int64) -> String { (pence > 0 ? "+" : "") + m(pence) }
        func pct(_ bp: Int64?) -> String { PercentText.percent(bp, signed: true) }
        func figures(_ f: FiguresRow) -> [String] {
            [m(f.budget), m(f.budgetToDate), m(f.actualToDate), v(f.ytdVariance), m(f.forecastOutturn), v(f.forecastVariance),
             pct(f.forecastVarianceBasisPoints), f.rag]
        }
        let figureColumns = ["Budget", "YTD budget", "Actual YTD", "YTD var", agreement.isFinal ? "Outturn" : "Forecast", "Var", "Var %", "RAG"]
        let shared = Set(1...7)
        return [
            ReportTable(title: "Pool summary by funding source", columns: ["Source"] + figureColumns, numeric: shared,
                        rows: poolBySource.map { [$0.label] + figures($0) } + totals.map { [$0.label] + figures($0) },
                        notes: [agreement.legend]),
            ReportTable(title: "Scheme lines", columns: ["Line", "Scheme", "Lead", "Source"] + figureColumns + ["Movement"],
                        numeric: Set(4...11).union([12]),
                        rows: schemes.map { [$0.line, $0.name, $0.leadCommissioner, FundingSource(rawValue: $0.source)?.shortLabel ?? $0.source] + figures($0.figures)
                                            + [$0.movement.map(v) ?? "—"] }
                            + totals.map { ["", $0.label, "", ""] + figures($0) + [""] }),
            ReportTable(title: "By partner", columns: ["Partner", "Revenue contribution", "Capital contribution", "Risk-share liability", "Net revenue cost"],
                        numeric: [1, 2, 3, 4],
                        rows: partners.map { [$0.name, m($0.revenueContribution), m($0.capitalContribution), v($0.riskShare), m($0.netCost)] }),
            ReportTable(title: "Ring-fence checks", columns: ["Check", "Result", "Detail"], numeric: [],
                        rows: ringFences.map { [$0.check, $0.passed ? "met" : "NOT MET", $0.detail] }),
            ReportTable(title: "Outcome metrics", columns: ["Metric", "Name", "Baseline", "Target", "Latest", "Value", "Period target", "RAG", "National status", "Payments"],
                        numeric: [2, 3, 5, 6],
                        rows: metrics.map { [$0.metric, $0.name, $0.baseline, $0.target, $0.latestPeriod ?? "—", $0.latestValue ?? "—",
                                             $0.latestTarget ?? "—", $0.rag ?? "—", $0.nationalStatus, $0.payments.joined(separator: " ")] }),
            ReportTable(title: "Contract payments", columns: ["Contract", "Provider", "Value", "At risk", "Earned", "Withheld", "Paid", "Final"],
                        numeric: [2, 3, 4, 5, 6],
                        rows: contractPayments.map { [$0.contract, $0.provider, m($0.value), m($0.atRisk), $0.earned.map(m) ?? "—",
                                                      $0.withheld.map(m) ?? "—", m($0.paid), $0.isFinal ? "yes" : "forecast"] },
                        notes: contractPayments.filter { $0.atRisk > 0 }.flatMap { p in p.working.map { "\(p.contract): \($0)" } }),
            ReportTable(title: "Year-end position (\(yearEnd.isFinal ? "final" : "forecast")): \(yearEnd.rule)", columns: ["Step", "Amount"],
                        numeric: [1], rows: yearEnd.steps.map { [$0.label, m($0.amount)] }
                            + [["Risk reserve closing", m(yearEnd.reserveClosing)], ["Capital carried forward", m(yearEnd.capitalCarriedForward)]],
                        notes: ["Reconciles to the revenue outturn: \(yearEnd.reconciles ? "yes" : "NO")"]),
            ReportTable(title: "What-if: the same outturn under each risk-share model", columns: ["Model"] + (whatIf.first?.shares.map(\.partner) ?? []),
                        numeric: Set(1...max(1, whatIf.first?.shares.count ?? 1)),
                        rows: whatIf.map { [$0.model] + $0.shares.map { v($0.amount) } }),
        ]
    }
}
