import S75App
import S75Domain
import S75Screen

/// The detail of a provider: its contracts and the scheme lines it delivers.
enum ProviderDetail {
    static func fill(_ sheet: inout DetailSheet, _ provider: Provider, state: AppState) {
        let a = state.agreement
        let unit = state.displayUnit
        let w = MoneyFormat.columnWidth(unit)
        sheet.field("Type", provider.providerType)
        if provider.allianceShareBasisPoints > 0 {
            sheet.field("Alliance share", PercentFormat.percent(provider.allianceShareBasisPoints) + " of the incentive pool")
        }
        sheet.section("Contracts and payments at \(state.period.label) (\(unit.label))")
        let payments = a.contracts(of: provider.id).map { a.payment(for: $0, at: state.period) }
        func amount(_ m: Money?) -> TableCell { TableCell(m.map { MoneyFormat.amount($0, unit: unit) } ?? "—") }
        sheet.table([Column("ID", width: 4, alignment: .left), Column("Form", width: 21, alignment: .left, priority: 3),
                     Column("Contract and payment basis", width: 12, alignment: .left, flexible: true),
                     Column("Value", width: w), Column("At risk", width: w, priority: 4), Column("Earned", width: w, priority: 5),
                     Column("Withheld", width: w + 1, priority: 4), Column("Paid", width: w + 1, priority: 6)],
                    payments.map { p in
                        [TableCell(p.contract.id), TableCell(p.contract.form.label), TableCell("\(p.contract.title): \(p.contract.paymentBasis)"),
                         amount(p.contract.value), TableCell(p.atRisk == .zero ? "" : MoneyFormat.amount(p.atRisk, unit: unit)),
                         p.outcomes == nil ? "" : (p.isFinal ? amount(p.earned) : "pending"),
                         p.outcomes == nil ? "" : (p.isFinal ? amount(p.withheld) : "pending"),
                         p.outcomes != nil && !p.isFinal ? "pending" : amount(p.paid)]
                    })
        for payment in payments where payment.outcomes != nil {
            sheet.note("\(payment.contract.id) working: " + payment.working.joined(separator: "; "))
        }
        sheet.section("Scheme lines delivered at \(state.period.label) (\(unit.label))")
        let lines = a.lines(deliveredBy: provider.id)
        linesTable(&sheet, lines, state: state)
        if provider.allianceShareBasisPoints > 0 {
            let shared = lines.filter { $0.providerIDs.count > 1 }.map { a.figures(for: $0, at: state.period) }.total()
            let planShare = a.allianceShares(of: shared.budget).first { $0.provider.id == provider.id }?.share ?? .zero
            let forecastShare = a.allianceShares(of: shared.forecastOutturn).first { $0.provider.id == provider.id }?.share ?? .zero
            let own = lines.filter { $0.providerIDs == [provider.id] }.map { a.figures(for: $0, at: state.period) }.total()
            sheet.lines.append(.blank)
            sheet.field("Incentive share", "up to \(MoneyFormat.exact(planShare)); forecast \(MoneyFormat.exact(forecastShare))")
            sheet.field("Own lines + share", "\(MoneyFormat.exact(own.forecastOutturn)) + \(MoneyFormat.exact(forecastShare)) = "
                        + MoneyFormat.exact(own.forecastOutturn + forecastShare))
        }
    }

    static func fillShared(_ sheet: inout DetailSheet, state: AppState) {
        let a = state.agreement
        let shared = a.lines.filter { $0.providerIDs.count != 1 }
        sheet.section("Lines (\(state.displayUnit.label))")
        linesTable(&sheet, shared, state: state)
        let f = shared.map { a.figures(for: $0, at: state.period) }.total()
        sheet.section("Members' shares, exact")
        let plan = a.allianceShares(of: f.budget)
        let forecast = a.allianceShares(of: f.forecastOutturn)
        for (p, f) in zip(plan, forecast) {
            sheet.field("\(p.provider.id) \(PercentFormat.percent(p.provider.allianceShareBasisPoints))",
                        "up to \(MoneyFormat.exact(p.share)); forecast \(MoneyFormat.exact(f.share))")
        }
    }

    static func linesTable(_ sheet: inout DetailSheet, _ lines: [SchemeLine], state: AppState) {
        let a = state.agreement
        let unit = state.displayUnit
        let w = MoneyFormat.columnWidth(unit)
        let figures = lines.map { a.figures(for: $0, at: state.period) }
        let total = figures.total()
        sheet.table([Column("Line", width: 4, alignment: .left), Column("Scheme", width: 10, alignment: .left, flexible: true),
                     Column("Budget", width: w), Column(state.period.monthOfYear == 12 ? "Outturn" : "Forecast", width: w + 1),
                     Column("Var", width: w),
                     Column("RAG", width: 5, alignment: .left)],
                    zip(lines, figures).map { line, f in
                        [TableCell(line.id), TableCell(line.name), TableCell(MoneyFormat.amount(f.budget, unit: unit)),
                         TableCell(MoneyFormat.amount(f.forecastOutturn, unit: unit)),
                         TableCell(MoneyFormat.amount(f.forecastVariance, unit: unit, signed: true)), a.rag(f).cell]
                    },
                    total: ["", "Total", TableCell(MoneyFormat.amount(total.budget, unit: unit)),
                            TableCell(MoneyFormat.amount(total.forecastOutturn, unit: unit)),
                            TableCell(MoneyFormat.amount(total.forecastVariance, unit: unit, signed: true)), a.rag(total).cell])
    }
}
