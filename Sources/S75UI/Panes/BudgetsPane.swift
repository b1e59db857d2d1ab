import S75App
import S75Domain
import S75Screen

/// The Budgets pane: contributions by partner and source, then every scheme line with its
/// monitoring figures, each table closed by totals that add up from its rows.
enum BudgetsPane {
    static func view(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        switch state.budgetsView {
        case .lines: linesView(state, width: width, selected: selected)
        case .summary: BudgetsSummary.view(state, width: width, selected: selected)
        case .yearEnd: YearEndView.view(state, width: width)
        }
    }

    static func linesView(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        let a = state.agreement
        let unit = state.displayUnit
        var lines = ListLines(state.coverageNote.map { ListLine.warning($0, width: width) + [.blank] } ?? [])
        let items = state.tableItems(in: .budgets)
        let shown = items.compactMap { item -> Contribution? in
            if case .contribution(let id) = item { return a.contributions.first { $0.id == id } } else { return nil }
        }
        let shownLines = items.compactMap { item -> SchemeLine? in
            if case .line(let id) = item { return a.lines[id: id] } else { return nil }
        }
        let shownCharges = items.compactMap { item -> ChargeBack? in
            if case .chargeBack(let id) = item { return a.chargeBacks.first { $0.id == id } } else { return nil }
        }
        let shownVariations = items.compactMap { item -> BudgetVariation? in
            if case .variation(let id) = item { return a.budgetVariations.first { $0.id == id } } else { return nil }
        }
        if state.arrangement(of: .budgets).isPlain {
            lines += contributionLines(a, unit: unit, width: width)
            lines.append(.blank)
            schemeLines(state, width: width, firstItem: a.contributions.count, into: &lines)
            lines += chargeBackLines(a, a.chargeBacks, unit: unit, width: width, firstItem: a.contributions.count + a.lines.count)
            lines += variationLines(a, a.budgetVariations, unit: unit, width: width,
                                    firstItem: a.contributions.count + a.lines.count + a.chargeBacks.count)
        } else {
            if shown.isEmpty {
                lines += ListLine.notes("Contributions: none match \(state.arrangement(of: .budgets).filterSummary).", width: width)
            } else {
                lines += contributionLines(a, shown: shown, unit: unit, width: width)
            }
            lines.append(.blank)
            schemeLines(state, shown: shownLines, width: width, firstItem: shown.count, into: &lines)
            lines += chargeBackLines(a, shownCharges, unit: unit, width: width, firstItem: shown.count + shownLines.count)
            lines += variationLines(a, shownVariations, unit: unit, width: width,
                                    firstItem: shown.count + shownLines.count + shownCharges.count)
        }
        lines.append(.blank)
        lines += ListLine.notes(a.signConvention.legend + " RAG: " + a.financeRAG.description
                        + ". Shares are of all revenue (rev) or capital (cap) contributions. Money in \(unit.label).", width: width)
        lines += ListLine.notes("v shows the summary and the year-end position.", width: width)
        let title = "Budgets — contributions and scheme lines at \(state.period.label) (month \(state.period.monthOfYear)), \(unit.label)"
        return PaneView(title: title, lines: lines, selected: selected)
    }

    /// A contribution's columns: identifier, partner, source, ledger and amount.
    static func contributionColumns(_ a: Agreement, unit: DisplayUnit) -> [Column] {
        [Column.identifiers("ID", a.contributions.lazy.map(\.id), priority: 9),
         Column("Partner", width: 8, alignment: .left, priority: 8),
         Column("Funding source", width: 14, alignment: .left, priority: 9, flexible: true, maxWidth: 40),
         Column("Ledger", width: 7, alignment: .left, priority: 6),
         Column("Amount", width: MoneyFormat.columnWidth(unit, for: a), priority: 9)]
    }

    static func contributionLines(_ a: Agreement, unit: DisplayUnit, width: Int) -> [ListLine] {
        let layout = TableLayout(columns: contributionColumns(a, unit: unit) + [Column("Share of", width: 10, priority: 7)], width: width)
        func share(_ amount: Money, _ ledger: Ledger) -> String {
            let whole = a.contributions.filter { $0.ledger == ledger }.sum(\.amount)
            return PercentFormat.percent(amount.basisPoints(of: whole)) + (ledger == .revenue ? " rev" : " cap")
        }
        var lines: [ListLine] = [.section("Contributions by partner and funding source"), .header(layout)]
        for (index, c) in a.contributions.enumerated() {
            lines.append(.row(layout, [TableCell(c.id), TableCell(a.partner(c.partnerID)?.shortName ?? c.partnerID),
                                       TableCell(c.source.label), TableCell(c.ledger.label),
                                       TableCell(MoneyFormat.amount(c.amount, unit: unit)),
                                       TableCell(share(c.amount, c.ledger))], item: index))
        }
        let payers = a.partners.sorted { p, q in
            (a.contributions.firstIndex { $0.partnerID == p.id } ?? .max) < (a.contributions.firstIndex { $0.partnerID == q.id } ?? .max)
        }
        for partner in payers {
            let mine = a.contributions.filter { $0.partnerID == partner.id }
            let mineRevenue = mine.filter { $0.ledger == .revenue }.sum(\.amount)
            let capital = mine.filter { $0.ledger == .capital }.sum(\.amount)
            let detail = capital == .zero ? "all revenue"
                : "revenue \(MoneyFormat.amount(mineRevenue, unit: unit)) + capital \(MoneyFormat.amount(capital, unit: unit))"
            lines.append(.total(layout, ["", TableCell(partner.shortName), TableCell("Total: \(detail)"), "",
                                         TableCell(MoneyFormat.amount(mine.sum(\.amount), unit: unit)),
                                         TableCell(mineRevenue == .zero ? "" : share(mineRevenue, .revenue))]))
        }
        for ledger in Ledger.allCases {
            let amount = a.contributions.filter { $0.ledger == ledger }.sum(\.amount)
            lines.append(.total(layout, ["", "", TableCell("\(ledger.label) total"), "",
                                         TableCell(MoneyFormat.amount(amount, unit: unit)), ""]))
        }
        lines.append(.total(layout, ["", "", "Pool total", "",
                                     TableCell(MoneyFormat.amount(a.contributions.sum(\.amount), unit: unit)), ""]))
        return lines
    }

    static func schemeLayout(_ state: AppState, width: Int) -> TableLayout {
        TableLayout(columns: [
            Column.identifiers("Line", state.tables.lineOrder, priority: 10),
            Column("Scheme", width: 12, alignment: .left, priority: 10, flexible: true, maxWidth: 44),
            Column("Source", width: 20, alignment: .left, priority: 0),
            Column("Lead", width: 7, alignment: .left, priority: 2),
        ] + MonitoringFigures.columns(unit: state.displayUnit, period: state.period, for: state.agreement), width: width)
    }

    /// A scheme line's row.
    static func schemeRow(_ a: Agreement, _ line: SchemeLine, period: Period, unit: DisplayUnit, layout: TableLayout, item: Int) -> ListLine {
        let figures = a.figures(for: line, at: period)
        let lead = a.partner(line.leadCommissionerID)?.shortName ?? ""
        return .row(layout, [TableCell(line.id), TableCell(line.name), TableCell(line.source.shortLabel), TableCell(lead)]
                    + figures.cells(unit: unit, status: a.status(figures), sign: a.signConvention), item: item)
    }

    /// Every scheme line, revenue then capital, each ledger closed by its total, then the pool's; the rows are made
    /// when drawn.
    static func schemeLines(_ state: AppState, width: Int, firstItem: Int, into lines: inout ListLines) {
        let (a, period, unit) = (state.agreement, state.period, state.displayUnit)
        let layout = schemeLayout(state, width: width)
        lines += [.section("Scheme lines: budget, spend to date and forecast"), .header(layout)]
        let ordered = state.tables.lineOrder
        let totals = a.ledgerTotals(at: period)  // each line's figures worked out once, for the three totals
        var start = 0
        for ledger in Ledger.allCases {
            guard let total = totals.byLedger[ledger], let count = totals.lineCounts[ledger] else { continue }
            let first = start
            lines.appendRows(count: count, firstItem: firstItem + first) { n in
                guard let line = a.lines[id: ordered[first + n]] else { return .blank }
                return schemeRow(a, line, period: period, unit: unit, layout: layout, item: firstItem + first + n)
            }
            start += count
            lines += [.total(layout, ["", TableCell("\(ledger.label) total"), "", ""]
                                     + total.cells(unit: unit, status: a.status(total), sign: a.signConvention))]
        }
        let total = totals.pool
        lines += [.total(layout, ["", "Pool total", "", ""] + total.cells(unit: unit, status: a.status(total), sign: a.signConvention))]
    }
}

extension BudgetsPane {
    /// The contributions a sort or filter leaves, in its order, with the total of those shown and of the whole pool.
    static func contributionLines(_ a: Agreement, shown: [Contribution], unit: DisplayUnit, width: Int) -> [ListLine] {
        let layout = TableLayout(columns: contributionColumns(a, unit: unit), width: width)
        var lines: [ListLine] = [.section("Contributions by partner and funding source"), .header(layout)]
        for (index, c) in shown.enumerated() {
            lines.append(.row(layout, [TableCell(c.id), TableCell(a.partner(c.partnerID)?.shortName ?? c.partnerID),
                                       TableCell(c.source.label), TableCell(c.ledger.label),
                                       TableCell(MoneyFormat.amount(c.amount, unit: unit))], item: index))
        }
        lines.append(.total(layout, ["", "", TableCell("\(shown.count) of \(a.contributions.count) shown"), "",
                                     TableCell(MoneyFormat.amount(shown.sum(\.amount), unit: unit))]))
        lines.append(.total(layout, ["", "", "Pool total", "",
                                     TableCell(MoneyFormat.amount(a.contributions.sum(\.amount), unit: unit))]))
        return lines
    }

    /// The scheme lines a sort or filter leaves, in its order, with the figures of those shown and of the whole pool.
    static func schemeLines(_ state: AppState, shown: [SchemeLine], width: Int, firstItem: Int, into lines: inout ListLines) {
        let (a, period, unit) = (state.agreement, state.period, state.displayUnit)
        let layout = schemeLayout(state, width: width)
        lines += [.section("Scheme lines: budget, spend to date and forecast"), .header(layout)]
        lines.appendRows(count: shown.count, firstItem: firstItem) { n in
            schemeRow(a, shown[n], period: period, unit: unit, layout: layout, item: firstItem + n)
        }
        let ids = Set(shown.map(\.id))
        let subtotal = a.figures(at: period) { ids.contains($0.id) }
        lines += [.total(layout, ["", TableCell("\(shown.count) of \(a.lines.count) shown"), "", ""]
                                 + subtotal.cells(unit: unit, status: a.status(subtotal), sign: a.signConvention))]
        let total = a.figures(at: period)
        lines += [.total(layout, ["", "Pool total", "", ""] + total.cells(unit: unit, status: a.status(total), sign: a.signConvention))]
    }
}

extension BudgetsPane {
    /// The charge-backs of unauthorised spend, each a selectable row, with their total; nothing when there are none.
    static func chargeBackLines(_ a: Agreement, _ shown: [ChargeBack], unit: DisplayUnit, width: Int, firstItem: Int) -> [ListLine] {
        guard !shown.isEmpty else { return [] }
        let layout = TableLayout(columns: [Column.identifiers("ID", shown.lazy.map(\.id), priority: 9),
                                           Column("Partner", width: 8, alignment: .left, priority: 8),
                                           Column("Line", width: 5, alignment: .left, priority: 7),
                                           Column("Month", width: 8, alignment: .left, priority: 6),
                                           Column("Why", width: 16, alignment: .left, priority: 5, flexible: true, maxWidth: 60),
                                           Column("Amount", width: MoneyFormat.columnWidth(unit, for: a), priority: 9)], width: width)
        var lines: [ListLine] = [.blank, .section("Unauthorised spend charged back (before the risk share)"), .header(layout)]
        for (index, c) in shown.enumerated() {
            lines.append(.row(layout, [TableCell(c.id), TableCell(a.partner(c.partnerID)?.shortName ?? c.partnerID), TableCell(c.lineID),
                                       TableCell(c.period.label), TableCell(c.reason), TableCell(MoneyFormat.amount(c.amount, unit: unit))],
                              item: firstItem + index))
        }
        lines.append(.total(layout, ["", "", "", "", "Charged back", TableCell(MoneyFormat.amount(shown.sum(\.amount), unit: unit))]))
        return lines
    }

    /// The budget variations, each a selectable row (from, to, effective month, who agreed it, why, amount), with the
    /// pool's net change; nothing when there are none.
    static func variationLines(_ a: Agreement, _ shown: [BudgetVariation], unit: DisplayUnit, width: Int, firstItem: Int) -> [ListLine] {
        guard !shown.isEmpty else { return [] }
        let layout = TableLayout(columns: [Column.identifiers("ID", shown.lazy.map(\.id), priority: 9),
                                           Column("From", width: 5, alignment: .left, priority: 8),
                                           Column("To", width: 5, alignment: .left, priority: 8),
                                           Column("Effective", width: 9, alignment: .left, priority: 7),
                                           Column("Agreed by", width: 10, alignment: .left, priority: 6),
                                           Column("Why", width: 16, alignment: .left, priority: 5, flexible: true, maxWidth: 60),
                                           Column("Amount", width: MoneyFormat.columnWidth(unit, for: a), priority: 9)], width: width)
        var lines: [ListLine] = [.blank, .section("Budget variations (the budget in force adds them from their month)"), .header(layout)]
        for (index, v) in shown.enumerated() {
            let agreed = v.decision.map { "board \($0)" } ?? (v.partnersApproval.isEmpty ? "PFM" : "partners")
            lines.append(.row(layout, [TableCell(v.id), TableCell(v.fromLineID ?? "pool"), TableCell(v.toLineID ?? "pool"),
                                       TableCell(v.effective.label), TableCell(agreed), TableCell(v.reason),
                                       TableCell(MoneyFormat.amount(v.amount, unit: unit))], item: firstItem + index))
        }
        let poolChange = shown.filter { !$0.isVirement }.sum { $0.toLineID == nil ? -$0.amount : $0.amount }
        lines.append(.total(layout, ["", "", "", "", "", "Pool change", TableCell(MoneyFormat.amount(poolChange, unit: unit))]))
        return lines
    }
}
