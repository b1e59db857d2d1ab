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
        let variations = a.variations(of: line.id)
        if !variations.isEmpty {
            sheet.field("Original budget", MoneyFormat.exact(line.budget))
            for v in variations {
                sheet.field(v.id, "\(MoneyFormat.exact(v.change(to: line.id), signed: true)) from \(v.effective.label): \(v.reason)")
            }
            sheet.field("In force", "\(MoneyFormat.exact(a.budget(of: line, at: state.period))) at \(state.period.label)")
        }
        let f = a.figures(for: line, at: state.period)
        let status = a.status(f)
        let sign = a.signConvention
        let period = state.period
        sheet.section("Figures at \(period.label) (month \(period.monthOfYear)), exact")
        if !f.isComplete {
            sheet.lines += ListLine.warning("No return for \(period.label): nobody has entered this line's spend and \(period.outturnWord), "
                                            + "so they are not known.", width: sheet.width)
        }
        let movement: String
        if let previous = a.previousMonitoredPeriod(before: period) {
            movement = a.movement(for: line, at: period).map { MoneyFormat.exact(sign.shown($0), signed: true) + " since \(previous.shortLabel)" }
                ?? "not known (a return is missing)"
        } else {
            movement = "none (first month)"
        }
        sheet.pairs([
            ("Annual budget", MoneyFormat.exact(f.budget), nil),
            (period.isYearEnd ? "Outturn" : "Forecast outturn", f.forecastOutturn.map { MoneyFormat.exact($0) } ?? MoneyFormat.noReturn, nil),
            ("YTD budget", MoneyFormat.exact(f.budgetToDate), nil),
            (period.isYearEnd ? "Outturn variance" : "Forecast variance", MoneyFormat.exactVariance(f.forecastVariance, sign: sign), nil),
            ("Actual YTD", f.actualToDate.map { MoneyFormat.exact($0) } ?? MoneyFormat.noReturn, nil),
            ("Variance % · RAG", MoneyFormat.variancePercent(f, sign: sign) + " · " + status.label, status.role),
            ("YTD variance", MoneyFormat.exactVariance(f.ytdVariance, sign: sign), nil),
            ("Movement", movement, nil),
        ])
        sheet.note(sign.legend)
        let spend = a.spendAgainstProfile(line, upTo: period)
        sheet.section("Spend to date against profile, April to March (· no return)")
        sheet.field("Profile", "\(spend.profile)  \(MoneyFormat.exact(f.budgetToDate)) to \(period.label)")
        sheet.field("Actual", "\(spend.actual)  \(f.actualToDate.map { MoneyFormat.exact($0) } ?? MoneyFormat.noReturn) to \(period.label)")
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
        sheet.field("Share", PercentFormat.percent(c.amount.basisPoints(of: ledgerTotal)) + " of all \(c.ledger.label.lowercased()) contributions")
        if !c.notes.isEmpty { sheet.field("Notes", c.notes) }
        let funded = a.lines.filter { $0.source == c.source }
        let sourceTotal = a.contributions.filter { $0.source == c.source }.sum(\.amount)
        sheet.section("Lines funded from \(c.source.label) (\(unit.label))")
        let w = MoneyFormat.columnWidth(unit, for: a)
        let rows = funded.map { line -> [TableCell] in
            let f = a.figures(for: line, at: state.period)
            return [TableCell(line.id), TableCell(line.name), TableCell(MoneyFormat.amount(line.budget, unit: unit)),
                    TableCell(MoneyFormat.amount(f.forecastOutturn, unit: unit))]
        }
        let plan = funded.sum(\.budget)
        let forecast = funded.map { a.figures(for: $0, at: state.period) }.total().forecastOutturn
        sheet.table([Column.identifiers("Line", funded.lazy.map(\.id)), Column("Scheme", width: 10, alignment: .left, flexible: true),
                     Column("Plan", width: w), Column(state.period.isYearEnd ? "Outturn" : "Forecast", width: max(w + 1, 9))], rows,
                    total: ["", "Total planned from this source", TableCell(MoneyFormat.amount(plan, unit: unit)),
                            TableCell(MoneyFormat.amount(forecast, unit: unit))])
        let check = plan == sourceTotal ? "✓ equals contributions from this source"
            : "✗ differs from contributions from this source (\(MoneyFormat.exact(sourceTotal)))"
        sheet.note("Planned spend \(MoneyFormat.exact(plan)) \(check).")
        instalments(&sheet, c, state: state)
    }

    /// The contribution's instalments: each due and what arrived, then due and received by the month shown.
    static func instalments(_ sheet: inout DetailSheet, _ c: Contribution, state: AppState) {
        let a = state.agreement, unit = state.displayUnit
        let mine = a.instalments(of: c.id)
        sheet.section("Instalments (\(unit.label))")
        guard !mine.isEmpty else {
            sheet.note("No instalments recorded: what is due and received is not known. :instalments \(c.id) monthly (or quarterly) sets them.")
            return
        }
        let w = MoneyFormat.columnWidth(unit, for: a)
        let rows = mine.map { i -> [TableCell] in
            [TableCell(i.id), TableCell(i.due.label), TableCell(MoneyFormat.amount(i.amount, unit: unit)),
             TableCell(i.receivedOn?.label ?? "not yet"), TableCell(i.received.map { MoneyFormat.amount($0, unit: unit) } ?? "—")]
        }
        sheet.table([Column.identifiers("ID", mine.lazy.map(\.id)), Column("Due", width: 11, alignment: .left), Column("Amount", width: w),
                     Column("Received", width: 11, alignment: .left), Column("Amount in", width: max(w, 9))], rows,
                    total: ["", "Total", TableCell(MoneyFormat.amount(mine.sum(\.amount), unit: unit)), "",
                            TableCell(MoneyFormat.amount(mine.sum { $0.received ?? .zero }, unit: unit))])
        if let receipts = a.contributionReceipts(at: state.period).first(where: { $0.contribution.id == c.id }),
           let due = receipts.dueToDate, let received = receipts.receivedToDate {
            sheet.note("By the end of \(state.period.label): \(MoneyFormat.exact(due)) due, \(MoneyFormat.exact(received)) received"
                       + (receipts.outstanding.isEmpty ? "." : "; outstanding: " + receipts.outstanding.map(\.id).joined(separator: ", ") + "."))
        }
    }
}
