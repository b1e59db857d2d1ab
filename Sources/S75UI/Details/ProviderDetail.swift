import S75App
import S75Domain
import S75Screen

/// The detail of a provider: its contracts and payments, and the scheme lines it delivers, with its
/// share of alliance lines, so that the total here is the provider's row in the list.
enum ProviderDetail {
    static func fill(_ sheet: inout DetailSheet, _ provider: Provider, state: AppState) {
        let a = state.agreement
        let unit = state.displayUnit
        let w = MoneyFormat.columnWidth(unit, for: a)
        sheet.field("Type", provider.providerType)
        if provider.allianceShareBasisPoints > 0 {
            sheet.field("Alliance share", PercentFormat.percent(provider.allianceShareBasisPoints) + " of the alliance's shared lines and incentive pool")
        }
        sheet.section("Contracts and payments at \(state.period.label) (\(unit.label))")
        let payments = a.payments(at: state.period, of: a.contracts(of: provider.id))
        func amount(_ m: Money?, missing: String = "—") -> TableCell { TableCell(m.map { MoneyFormat.amount($0, unit: unit) } ?? missing) }
        sheet.table([Column.identifiers("ID", payments.lazy.map(\.contract.id)), Column("Form", width: 21, alignment: .left, priority: 3),
                     Column("Contract and payment basis", width: 12, alignment: .left, flexible: true),
                     Column("Value", width: w), Column("At risk", width: w, priority: 4), Column("Earned", width: w, priority: 5),
                     Column("Withheld", width: w + 1, priority: 4), Column("Payable", width: w + 2, priority: 6),
                     Column("Status", width: 8, alignment: .left, priority: 6)],
                    payments.map { p in
                        [TableCell(p.contract.id), TableCell(p.contract.form.label),
                         TableCell("\(p.contract.title): \(p.basis) (\(p.contract.paymentBasis))"),
                         amount(p.contract.value), TableCell(p.atRisk == .zero ? "" : MoneyFormat.amount(p.atRisk, unit: unit)),
                         p.outcomes == nil ? "" : amount(p.earned, missing: "pending"),
                         p.outcomes == nil ? "" : amount(p.withheld, missing: "pending"),
                         TableCell(p.payable.map { (p.payableUpTo == nil ? "" : "≥") + MoneyFormat.amount($0, unit: unit) } ?? "no return"),
                         TableCell(p.status.label)]
                    })
        sheet.note("Payable is what the contract pays for the whole year: agreed (a fixed sum), a forecast, or final once the "
                   + "year is complete; ≥ marks the guaranteed part while outcomes are pending. No payments to date are recorded.")
        for payment in payments where payment.outcomes != nil {
            sheet.note("\(payment.contract.id) working: " + payment.working.joined(separator: "; "))
        }
        sheet.section("Scheme lines delivered at \(state.period.label) (\(unit.label))")
        guard let row = a.providerFigures(at: state.period).first(where: { $0.providerID == provider.id }) else { return }
        let own = row.ownLineIDs.compactMap { id in a.lines[id: id] }
        var rows = own.map { line in (TableCell(line.id), TableCell(line.name), a.figures(for: line, at: state.period)) }
        if let share = row.allianceShare {
            rows.append((TableCell(row.allianceLineIDs.joined(separator: ",")),
                         TableCell("Alliance lines: \(PercentFormat.percent(provider.allianceShareBasisPoints)) share"), share))
        }
        linesTable(&sheet, rows, total: row.figures, state: state)
    }

    static func fillContract(_ sheet: inout DetailSheet, _ contract: Contract, state: AppState) {
        let a = state.agreement
        let payment = a.payment(for: contract, at: state.period)
        sheet.field("Provider", "\(contract.providerID) \(a.provider(contract.providerID)?.name ?? "")")
        sheet.field("Form", contract.form.label)
        sheet.field("Value for the year", MoneyFormat.exact(contract.value))
        sheet.field("Payment basis", "\(payment.basis)" + (contract.paymentBasis.isEmpty ? "" : " (\(contract.paymentBasis))"))
        if contract.atRisk != .zero { sheet.field("At risk on outcomes", MoneyFormat.exact(contract.atRisk)) }
        sheet.field("Payable for the year", (payment.payable.map { (payment.payableUpTo == nil ? "" : "at least ") + MoneyFormat.exact($0) }
                                             ?? "not known: a line it is paid from has no return")
                    + (payment.payableUpTo.map { ", up to \(MoneyFormat.exact($0))" } ?? "") + " (\(payment.status.label))")
        sheet.section("Working at \(state.period.label)")
        for line in payment.working { sheet.note(line) }
    }

    static func fillShared(_ sheet: inout DetailSheet, state: AppState) {
        let a = state.agreement
        let members = a.allianceMembers
        let shared = a.lines.filter { $0.providerIDs.count != 1 && !a.isAllianceLine($0, members: members) }
        sheet.section("Lines shared by several providers outside an alliance (\(state.displayUnit.label))")
        let figures = shared.map { a.figures(for: $0, at: state.period) }
        linesTable(&sheet, zip(shared, figures).map { (TableCell($0.id), TableCell($0.name), $1) }, total: figures.total(), state: state)
    }

    static func linesTable(_ sheet: inout DetailSheet, _ rows: [(id: TableCell, name: TableCell, figures: MonitoringFigures)],
                           total: MonitoringFigures, state: AppState) {
        let a = state.agreement
        let unit = state.displayUnit
        let w = MoneyFormat.columnWidth(unit, for: a)
        func cells(_ f: MonitoringFigures) -> [TableCell] { ProvidersPane.figureCells(f, a, unit: unit, sign: a.signConvention) }
        sheet.table([Column.identifiers("Line", rows.lazy.map(\.id.text)), Column("Scheme", width: 10, alignment: .left, flexible: true),
                     Column("Budget", width: w), Column(state.period.isYearEnd ? "Outturn" : "Forecast", width: w + 1),
                     Column("Var", width: w), Column("Var %", width: 7), Column("RAG", width: 9, alignment: .left)],
                    rows.map { [$0.id, $0.name] + cells($0.figures) },
                    total: ["", "Total (as in the list)"] + cells(total))
    }
}
