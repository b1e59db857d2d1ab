import S75Domain

extension StatutoryReturn {
    /// The return's tables, in the order it states them: each a table of the board report under the return's own
    /// title, or a grouping of the same figures. Every total is of the rows above it and a test adds them again.
    var tables: [ReportTable] {
        let byID = Dictionary(uniqueKeysWithValues: report.tables.map { ($0.id, $0) })
        func board(_ id: String, as title: String) -> [ReportTable] {
            guard var table = byID[id] else { return [] }
            table.title = title
            return [table]
        }
        let outcomes = board("metrics", as: "Outcomes against plan")
        switch kind {
        case .quarterly:
            return [contributionsTable] + board("scheme-lines", as: "Expenditure by line") + [leadCommissionerTable]
                + board("partners", as: "By partner") + board("year-end", as: "The risk-share position") + outcomes
                + board("budget-variations", as: "Budget variations")
        case .annual:
            return [contributionsTable] + board("scheme-lines", as: "Expenditure by line: the outturn") + [leadCommissionerTable]
                + board("year-end", as: "Surplus or deficit, the risk-share settlement and what is carried forward")
                + board("settlement-payments", as: "Settlement payments")
                + board("partners", as: "The settlement by partner") + outcomes
        case .reg9:
            return [nhsFunctionsTable]
        case .accountsNote:
            return [fundingTable] + board("year-end", as: "Expenditure and the surplus or deficit")
                + board("partners", as: "Each partner's share")
        }
    }

    /// Each contribution for the year with what was due and received by the month's end; a total that is not known
    /// while any contribution's instalments are not recorded.
    var contributionsTable: ReportTable {
        let rows = report.contributionsReceived
        func total(_ figure: (BoardReport.ReceiptRow) -> Int64?) -> ReportCell {
            let known = rows.compactMap(figure)
            return .money(known.count == rows.count ? known.reduce(0, +) : nil, missing: "not known")
        }
        return ReportTable(id: "contributions", title: "Contributions due and received",
                           columns: ["Contribution", "Partner", "For the year", "Due to date", "Received to date", "Outstanding instalments"],
                           rows: rows.map { r in
                               [.text(r.contribution), .text(r.partner), .money(r.amount), .money(r.dueToDate, missing: "not known"),
                                .money(r.receivedToDate, missing: "not known"), .text(r.outstanding.joined(separator: ", "))]
                           } + [[.text("Total"), .text(""), .money(rows.map(\.amount).reduce(0, +)), total(\.dueToDate), total(\.receivedToDate),
                                 .text("")]],
                           notes: ["Due and received by the end of \(period.label); a contribution whose instalments are not recorded is "
                                   + "not known, never £0 (s75 instalments records them)."])
    }

    /// The pool by lead commissioner, with the pool's totals.
    var leadCommissionerTable: ReportTable {
        groupTable(id: "by-lead-commissioner", title: "By lead commissioner", first: "Lead commissioner",
                   rows: byLeadCommissioner, totals: report.totals)
    }

    /// The lines through which the council exercises NHS functions, with the functions and their total.
    var nhsFunctionsTable: ReportTable {
        var table = groupTable(id: "nhs-functions", title: "Income and expenditure on the NHS functions the council exercises",
                               first: "Line", rows: nhsFunctionLines.map { line in
                                   var figures = line.figures
                                   figures.label = "\(line.line) \(line.name)"
                                   return figures
                               }, totals: [nhsFunctionsTotal])
        table.columns.insert("Function", at: 1)
        for (i, line) in nhsFunctionLines.enumerated() {
            table.rows[i].insert(.text(nhsFunctions[line.line]?.joined(separator: "; ") ?? ""), at: 1)
        }
        for i in nhsFunctionLines.count..<table.rows.count { table.rows[i].insert(.text(""), at: 1) }
        table.notes = nhsFunctionLines.isEmpty
            ? ["No line records NHS functions exercised by the council (a line's delegated functions), so there is nothing to report."]
            : ["The lines whose delegated functions name NHS functions the council exercises, as the agreement records them."]
        return table
    }

    /// What each partner put into the pool for the year, revenue and capital, with the total.
    var fundingTable: ReportTable {
        let partners = report.partners
        return ReportTable(id: "funding", title: "Funding provided to the pooled budget",
                           columns: ["Partner", "Revenue", "Capital", "Total"],
                           rows: partners.map { p in
                               [.text(p.name), .money(p.revenueContribution), .money(p.capitalContribution),
                                .money(p.revenueContribution + p.capitalContribution)]
                           } + [[.text("Total"), .money(partners.map(\.revenueContribution).reduce(0, +)),
                                 .money(partners.map(\.capitalContribution).reduce(0, +)),
                                 .money(partners.map { $0.revenueContribution + $0.capitalContribution }.reduce(0, +))]])
    }

    private func groupTable(id: String, title: String, first: String, rows: [BoardReport.FiguresRow],
                            totals: [BoardReport.FiguresRow]) -> ReportTable {
        func figures(_ f: BoardReport.FiguresRow) -> [ReportCell] {
            [.text(f.label), .money(f.budget), .money(f.budgetToDate), .money(f.actualToDate), .money(f.ytdVariance, signed: true),
             .money(f.forecastOutturn), .money(f.forecastVariance, signed: true), .percent(f.forecastVarianceBasisPoints), .text(f.rag)]
        }
        return ReportTable(id: id, title: title,
                           columns: [first, "Budget", "YTD budget", "Actual YTD", "YTD var", report.agreement.isFinal ? "Outturn" : "Forecast",
                                     "Var", "Var %", "RAG"],
                           rows: (rows + totals).map(figures), notes: [report.agreement.legend])
    }
}
