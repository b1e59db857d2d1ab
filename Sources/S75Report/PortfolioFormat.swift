import S75Domain

/// A region's portfolio as Markdown (`s75 portfolio`): one row an agreement, then each partner's exposure across them.
/// A figure an agreement cannot give yet is written as missing, and a total that lacks one says so.
public enum PortfolioFormat {
    public static func markdown(_ p: Portfolio) -> String {
        let heading = "# Portfolio: \(p.rows.count) agreement\(p.rows.count == 1 ? "" : "s"), pools \(MoneyText.pounds(p.poolTotal))\n"
        let agreements = ReportTable(
            id: "agreements", title: "Agreements",
            columns: ["Agreement", "Month", "Pool", "Revenue forecast var", "RAG", "Partners' forecast shares", "Closed", "Approved", "Overdue actions"],
            rows: p.rows.map { row in
                [.text("\(row.id): \(row.title)"), .text(row.period.description), .money(row.pool.pence),
                 .money(row.forecastVariance?.pence, signed: true), .text(row.rag),
                 .text(row.liabilities.map { "\($0.short) \(ReportRenderer.text(.money($0.amount?.pence, signed: true, missing: "missing")))" }
                    .joined(separator: "; ")),
                 .text("\(row.monthsClosed)"), .text("\(row.monthsApproved)"), .text("\(row.overdueActions)")]
            } + [[.text("Total"), .text(""), .money(p.poolTotal.pence), .text(""), .text(""), .text(""), .text(""), .text(""),
                  .text("\(p.rows.reduce(0) { $0 + $1.overdueActions })")]],
            notes: ["Variances and shares are overspend positive, each at the agreement's reporting month; \"no return\" or \"missing\" "
                    + "where a line has no return for the month, so nothing is counted for it. Closed and Approved count the year's months."])
        let exposure = ReportTable(
            id: "exposure", title: "Each partner's exposure across the agreements",
            columns: ["Partner", "Agreements", "Forecast share", "Missing from"],
            rows: p.exposures.map { e in
                [.text(e.partner), .text("\(e.agreements)"),
                 e.missing.isEmpty ? .money(e.known.pence, signed: true) : .text("incomplete: \(ReportRenderer.text(.money(e.known.pence, signed: true))) known"),
                 .text(e.missing.isEmpty ? "" : e.missing.joined(separator: ", "))]
            })
        return heading + ReportRenderer.markdown(agreements, title: agreements.title) + ReportRenderer.markdown(exposure, title: exposure.title)
    }
}
