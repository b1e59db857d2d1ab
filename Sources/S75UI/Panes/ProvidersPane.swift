import S75App
import S75Domain
import S75Screen

/// The Providers pane: each provider with its type, contract form, plan and forecast, and the
/// alliance incentive pool; the total is the whole pool.
enum ProvidersPane {
    static func view(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        let a = state.agreement
        let unit = state.displayUnit
        let w = MoneyFormat.columnWidth(unit)
        let final = state.period.monthOfYear == 12
        let layout = TableLayout(columns: [
            Column("ID", width: 3, alignment: .left, priority: 10),
            Column("Provider", width: 14, alignment: .left, priority: 10, flexible: true, maxWidth: 42),
            Column("Type", width: 24, alignment: .left, priority: 1),
            Column("Contract", width: 21, alignment: .left, priority: 2),
            Column("Plan", width: w, priority: 9),
            Column(final ? "Outturn" : "Forecast", width: w + 1, priority: 8),
            Column("Var", width: w, priority: 7),
            Column("Var %", width: 7, priority: 5),
            Column("RAG", width: 5, alignment: .left, priority: 6),
            Column("At risk", width: w, priority: 3),
            Column("Earned", width: w, priority: 3),
        ], width: width)
        var lines: [ListLine] = [.header(layout)]
        let rows = a.providerFigures(at: state.period)
        for (index, row) in rows.enumerated() {
            let figures = row.figures
            let tail = [TableCell(MoneyFormat.amount(figures.budget, unit: unit)),
                        TableCell(MoneyFormat.amount(figures.forecastOutturn, unit: unit)),
                        TableCell(MoneyFormat.amount(figures.forecastVariance, unit: unit, signed: true),
                                  role: figures.forecastVariance.isNegative ? .moneyNegative : nil),
                        TableCell(PercentFormat.percent(figures.forecastVarianceBasisPoints, signed: true)),
                        a.rag(figures).cell] + paymentCells(a, row.providerID, period: state.period, unit: unit)
            if let id = row.providerID, let provider = a.provider(id) {
                let forms = Array(Set(a.contracts(of: id).filter { $0.form != .alliance }.map(\.form.label))).sorted()
                lines.append(.row(layout, [TableCell(id), TableCell(provider.name), TableCell(provider.providerType),
                                           TableCell(forms.joined(separator: ", "))] + tail, item: index))
            } else {
                let members = a.providers.filter { $0.allianceShareBasisPoints > 0 }.map(\.id)
                let shared = row.lineIDs.count == 1 ? a.lines.first { $0.id == row.lineIDs[0] }?.name : nil
                let name = (shared ?? "Lines shared by several providers") + " (" + members.joined(separator: ", ") + ")"
                lines.append(.row(layout, ["—", TableCell(name), "Shared by alliance members", "Alliance agreement"] + tail,
                                  item: index))
            }
        }
        let total = rows.map(\.figures).total()
        lines.append(.total(layout, ["", "Total (the whole pool)", "", "",
                                     TableCell(MoneyFormat.amount(total.budget, unit: unit)),
                                     TableCell(MoneyFormat.amount(total.forecastOutturn, unit: unit)),
                                     TableCell(MoneyFormat.amount(total.forecastVariance, unit: unit, signed: true)),
                                     TableCell(PercentFormat.percent(total.forecastVarianceBasisPoints, signed: true)),
                                     a.rag(total).cell]))
        lines.append(.blank)
        lines += ListLine.notes("Plan and forecast are the scheme lines each provider delivers alone; Enter shows its contracts, "
                        + "payments and lines. The alliance pool is paid on outcomes and shared by its members; at risk and "
                        + "earned are the providers' outcome payments (earned once the outcomes are known).", width: width)
        let title = "Providers — plan and \(final ? "outturn" : "forecast") at \(state.period.label), \(unit.label)"
        return PaneView(title: title, lines: lines, selected: selected)
    }

    /// Money at risk on outcomes and earned so far, over the provider's contracts.
    static func paymentCells(_ a: Agreement, _ providerID: Provider.ID?, period: Period, unit: DisplayUnit) -> [TableCell] {
        guard let providerID else { return ["", ""] }
        let payments = a.contracts(of: providerID).map { a.payment(for: $0, at: period) }.filter { $0.outcomes != nil }
        guard !payments.isEmpty else { return ["—", "—"] }
        let pending = payments.contains { !$0.isFinal }
        return [TableCell(MoneyFormat.amount(payments.sum(\.atRisk), unit: unit)),
                TableCell(pending ? "pending" : MoneyFormat.amount(payments.compactMap(\.earned).sum(), unit: unit))]
    }
}
