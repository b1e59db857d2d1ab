import S75App
import S75Domain
import S75Screen

/// The detail of a scheme line: what it is, who commissions and delivers it, and its figures to the penny.
enum LineDetail {
    static func fill(_ sheet: inout DetailSheet, _ line: SchemeLine, state: AppState) {
        let a = state.agreement
        sheet.field("Scheme", "\(line.schemeID) \(line.name)")
        sheet.field("Scheme type", line.subType.isEmpty ? line.schemeType : "\(line.schemeType) / \(line.subType)")
        sheet.field("Area of spend", "\(line.areaOfSpend.label); \(line.ledger.label.lowercased())")
        sheet.field("Commissioner", "\(line.commissioner.label); lead \(a.partner(line.leadCommissionerID)?.name ?? line.leadCommissionerID)")
        sheet.field("Provider", line.providerIDs.map { "\($0) \(a.provider($0)?.name ?? "")" }.joined(separator: "; "))
        sheet.field("Funding source", line.source.label)
        sheet.field("Planned output", line.plannedOutput)
        sheet.field("Budget profile", line.profile.label)
        sheet.field("Budget type", "\(line.budgetType.label); \(line.arrangement.label.lowercased())"
                    + (line.delegatedFunctions.isEmpty ? "" : "; delegated: " + line.delegatedFunctions.joined(separator: ", ")))
        if !line.virements.isEmpty {
            sheet.field("Virements", "original \(MoneyFormat.exact(line.originalBudget)); "
                        + line.virements.map { "\(MoneyFormat.exact($0.amount, signed: true)) (\($0.approvedBy))" }.joined(separator: "; "))
        }
        let f = a.figures(for: line, at: state.period)
        let rag = a.rag(f)
        sheet.section("Figures at \(state.period.label) (month \(state.period.monthOfYear)), exact")
        let movement = a.movement(for: line, at: state.period).map { MoneyFormat.exact($0, signed: true) } ?? "first month"
        sheet.pairs([
            ("Annual budget", MoneyFormat.exact(f.budget), nil),
            (state.period.monthOfYear == 12 ? "Outturn" : "Forecast outturn", MoneyFormat.exact(f.forecastOutturn), nil),
            ("YTD budget", MoneyFormat.exact(f.budgetToDate), nil),
            ("Forecast variance", MoneyFormat.exact(f.forecastVariance, signed: true), nil),
            ("Actual YTD", MoneyFormat.exact(f.actualToDate), nil),
            ("Variance % · RAG", PercentFormat.percent(f.forecastVarianceBasisPoints, signed: true) + " · " + rag.label, rag.role),
            ("YTD variance", MoneyFormat.exact(f.ytdVariance, signed: true), nil),
            ("Movement", movement, nil),
        ])
        if let commentary = a.entry(for: line.id, at: state.period)?.commentary, !commentary.isEmpty {
            sheet.field("Commentary", commentary)
        }
    }
}

/// The detail of a contribution: who pays, from what source, and the lines that spend it.
enum ContributionDetail {
    static func fill(_ sheet: inout DetailSheet, _ c: Contribution, state: AppState) {
        let a = state.agreement
        let unit = state.displayUnit
        sheet.field("Partner", a.partner(c.partnerID)?.name ?? c.partnerID)
        sheet.field("Funding source", c.source.label)
        sheet.field("Ledger", c.ledger.label)
        sheet.field("Amount", MoneyFormat.exact(c.amount))
        let ledgerTotal = a.contributions.filter { $0.ledger == c.ledger }.sum(\.amount)
        sheet.field("Share of \(c.ledger.label.lowercased())", PercentFormat.percent(c.amount.basisPoints(of: ledgerTotal)))
        if !c.notes.isEmpty { sheet.field("Notes", c.notes) }
        let funded = a.lines.filter { $0.source == c.source }
        let sourceTotal = a.contributions.filter { $0.source == c.source }.sum(\.amount)
        sheet.section("Lines funded from \(c.source.label) (\(unit.label))")
        let w = MoneyFormat.columnWidth(unit)
        let rows = funded.map { line -> [TableCell] in
            let f = a.figures(for: line, at: state.period)
            return [TableCell(line.id), TableCell(line.name), TableCell(MoneyFormat.amount(line.budget, unit: unit)),
                    TableCell(MoneyFormat.amount(f.forecastOutturn, unit: unit))]
        }
        let plan = funded.sum(\.budget)
        let forecast = funded.map { a.figures(for: $0, at: state.period) }.total().forecastOutturn
        sheet.table([Column("Line", width: 4, alignment: .left), Column("Scheme", width: 10, alignment: .left, flexible: true),
                     Column("Plan", width: w), Column("Forecast", width: w + 1)], rows,
                    total: ["", "Total planned from this source", TableCell(MoneyFormat.amount(plan, unit: unit)),
                            TableCell(MoneyFormat.amount(forecast, unit: unit))])
        let check = plan == sourceTotal ? "✓ equals contributions from this source"
            : "✗ differs from contributions from this source (\(MoneyFormat.exact(sourceTotal)))"
        sheet.note("Planned spend \(MoneyFormat.exact(plan)) \(check).")
    }
}
