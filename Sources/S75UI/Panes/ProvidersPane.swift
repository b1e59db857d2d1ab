import S75App
import S75Domain
import S75Screen

/// The Providers pane: each provider with its type, contract form, plan and forecast, and the
/// alliance incentive pool; the total is the whole pool.
enum ProvidersPane {
    /// The providers' table, each provider a row made when drawn, with the shown and whole totals; and how many rows.
    static func providerTable(_ state: AppState, width: Int) -> (lines: ListLines, rows: Int) {
        let a = state.agreement
        let unit = state.displayUnit
        let w = MoneyFormat.columnWidth(unit, for: a)
        let final = state.period.isYearEnd
        let sign = a.signConvention
        let layout = TableLayout(columns: [
            Column.identifiers("ID", a.providers.lazy.map(\.id), priority: 10, narrowest: 3),  // "P01", or longer IDs whole
            Column("Provider", width: 14, alignment: .left, priority: 10, flexible: true, maxWidth: 42),
            Column("Type", width: 24, alignment: .left, priority: 1),
            Column("Contract", width: 21, alignment: .left, priority: 2),
            Column("Plan", width: w, priority: 9),
            Column(final ? "Outturn" : "Forecast", width: w + 1, priority: 8),
            Column("Var", width: w, priority: 7),
            Column("Var %", width: 7, priority: 5),
            Column("RAG", width: 9, alignment: .left, priority: 6),
            Column("At risk", width: w, priority: 3),
            Column("Earned", width: w, priority: 3),
        ], width: width)
        var lines: ListLines = [.header(layout)]
        let all = a.providerFigures(at: state.period)
        // each found once for every row, by position rather than copied: a provider's figures and its contracts
        let figuresByProvider = Dictionary(all.indices.map { (all[$0].providerID, $0) }, uniquingKeysWith: { first, _ in first })
        let contractsByProvider = Dictionary(grouping: a.contracts.indices, by: { a.contracts[$0].providerID })
        let rows = state.tableItems(in: .providers).compactMap { item -> Int? in
            switch item {
            case .provider(let id): figuresByProvider[id]
            case .sharedLines: figuresByProvider[nil]
            default: nil
            }
        }
        lines.appendRows(count: rows.count, firstItem: 0) { index in
            let row = all[rows[index]]
            let contracts = row.providerID.map { (contractsByProvider[$0] ?? []).map { a.contracts[$0] } }
            let tail = figureCells(row.figures, a, unit: unit, sign: sign)
                + paymentCells(a, contracts, period: state.period, unit: unit)
            guard let id = row.providerID, let provider = a.provider(id) else {
                return .row(layout, ["—", TableCell("Lines shared by several providers"), "Shared", ""] + tail, item: index)
            }
            let forms = Array(Set((contracts ?? []).filter { $0.form != .alliance }.map(\.form.label))).sorted()
            return .row(layout, [TableCell(id), TableCell(provider.name), TableCell(provider.providerType),
                                 TableCell(forms.joined(separator: ", "))] + tail, item: index)
        }
        if rows.count != all.count {
            lines.append(.total(layout, ["", TableCell("\(rows.count) of \(all.count) shown"), "", ""]
                                         + figureCells(rows.map { all[$0].figures }.total(), a, unit: unit, sign: sign)))
        }
        let total = all.map(\.figures).total()
        lines.append(.total(layout, ["", "Total (the whole pool)", "", ""] + figureCells(total, a, unit: unit, sign: sign)))
        return (lines, rows.count)
    }

    /// The Providers pane: the providers' table under any note on the month's coverage, then the contracts and the
    /// personal budgets.
    static func view(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        let a = state.agreement
        let (unit, sign, final) = (state.displayUnit, a.signConvention, state.period.isYearEnd)
        let items = state.tableItems(in: .providers)
        var lines = ListLines(state.coverageNote.map { ListLine.warning($0, width: width) + [.blank] } ?? [])
        let (table, providerRows) = providerTable(state, width: width)
        lines += table
        lines.append(.blank)
        let contracts = items.compactMap { item -> Contract? in
            if case .contract(let id) = item { return a.contracts[id: id] } else { return nil }
        }
        lines += contractLines(a, contracts, period: state.period, unit: unit, width: width, firstItem: providerRows)
        let budgets = items.compactMap { item -> IntegratedPersonalBudget? in
            if case .personalBudget(let id) = item { return a.personalBudgets.first { $0.id == id } } else { return nil }
        }
        if !budgets.isEmpty {
            lines.append(.blank)
            lines += PersonalBudgetsTable.lines(budgets, width: width, firstItem: providerRows + contracts.count)
        }
        lines.append(.blank)
        lines += ListLine.notes("Plan and \(state.period.outturnWord) are the scheme lines each provider delivers alone plus its share of "
                        + "lines its alliance delivers together (by alliance share), so the rows add up to the pool. Enter shows its "
                        + "contracts, payments and lines. At risk and earned are outcome payments; earned is known once the year's "
                        + "outcomes are. " + sign.legend, width: width)
        let title = "Providers — plan and \(final ? "outturn" : "forecast") at \(state.period.label), \(unit.label)"
        return PaneView(title: title, lines: lines, selected: selected)
    }

    /// The contracts, one selectable row each: provider, form, value, what is payable for the year and how sure it is.
    static func contractLines(_ a: Agreement, _ contracts: [Contract], period: Period, unit: DisplayUnit, width: Int,
                              firstItem: Int) -> [ListLine] {
        guard !contracts.isEmpty else {
            return ListLine.notes(a.contracts.isEmpty ? "No contracts yet: A adds one." : "No contract matches the filter.", width: width)
        }
        let w = MoneyFormat.columnWidth(unit, for: a)
        let layout = TableLayout(columns: [
            Column.identifiers("ID", a.contracts.lazy.map(\.id), priority: 10),
            Column("Contract", width: 14, alignment: .left, priority: 10, flexible: true, maxWidth: 44),
            Column("Provider", width: 4, alignment: .left, priority: 8),
            Column("Form", width: 21, alignment: .left, priority: 2),
            Column("Value", width: w, priority: 9),
            Column("Payable", width: w + 2, priority: 9),
            Column("Status", width: 8, alignment: .left, priority: 7),
        ], width: width)
        var lines: [ListLine] = [.section("Contracts"), .header(layout)]
        for (index, (contract, payment)) in zip(contracts, a.payments(at: period, of: contracts)).enumerated() {
            lines.append(.row(layout, [TableCell(contract.id), TableCell(contract.title), TableCell(contract.providerID),
                                       TableCell(contract.form.label), TableCell(MoneyFormat.amount(contract.value, unit: unit)),
                                       TableCell(payment.payable.map { (payment.payableUpTo == nil ? "" : "≥") + MoneyFormat.amount($0, unit: unit) } ?? "no return"),
                                       TableCell(payment.status.label)], item: firstItem + index))
            lines += PersonalBudgetsTable.flowNote(contract, width: width)
        }
        return lines
    }

    /// Plan, forecast, variance (as the sign convention shows it), variance % and status.
    static func figureCells(_ f: MonitoringFigures, _ a: Agreement, unit: DisplayUnit, sign: SignConvention) -> [TableCell] {
        let cells = f.cells(unit: unit, status: a.status(f), sign: sign)
        return [cells[0], cells[4], cells[5], cells[6], cells[7]]
    }

    /// Money at risk on outcomes and earned so far, over a provider's `contracts` (nil for the lines shared by several).
    static func paymentCells(_ a: Agreement, _ contracts: [Contract]?, period: Period, unit: DisplayUnit) -> [TableCell] {
        guard let contracts else { return ["", ""] }
        let payments = a.payments(at: period, of: contracts.filter(\.paysOnOutcomes))
        guard !payments.isEmpty else { return ["—", "—"] }
        let pending = payments.contains { !$0.isFinal }
        return [TableCell(MoneyFormat.amount(payments.sum(\.atRisk), unit: unit)),
                TableCell(pending ? "pending" : MoneyFormat.amount(payments.compactMap(\.earned).sum(), unit: unit))]
    }
}
