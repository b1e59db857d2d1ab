import S75App
import S75Domain
import S75Screen

/// The Providers pane's integrated personal budgets: each person's plan and who pays it (ICB, council, the person),
/// closed by totals that add up from the rows; and the money flows of prime and capitated contracts.
enum PersonalBudgetsTable {
    static func lines(_ a: Agreement, _ budgets: [IntegratedPersonalBudget], unit: DisplayUnit, width: Int, firstItem: Int) -> [ListLine] {
        guard !budgets.isEmpty else { return [] }
        let w = MoneyFormat.columnWidth(unit)
        let layout = TableLayout(columns: [
            Column("ID", width: 4, alignment: .left, priority: 10),
            Column("Person", width: 10, alignment: .left, priority: 10, flexible: true, maxWidth: 24),
            Column("Line", width: 4, alignment: .left, priority: 6),
            Column("Plan", width: w, priority: 9),
            Column("Health", width: 6, priority: 5),
            Column("ICB", width: w, priority: 8),
            Column("Council", width: w, priority: 8),
            Column("Person pays", width: max(w, 11), priority: 8),
            Column("Paid as", width: 12, alignment: .left, priority: 2, flexible: true, maxWidth: 24),
        ], width: width)
        var lines: [ListLine] = [.section("Integrated personal budgets"), .header(layout)]
        for (index, b) in budgets.enumerated() {
            let split = b.split
            lines.append(.row(layout, [TableCell(b.id), TableCell(b.person), TableCell(b.lineID), TableCell(MoneyFormat.amount(b.plan, unit: unit)),
                                       TableCell(PercentFormat.percent(b.healthBasisPoints)), TableCell(MoneyFormat.amount(split.icb, unit: unit)),
                                       TableCell(MoneyFormat.amount(split.council, unit: unit)), TableCell(MoneyFormat.amount(split.person, unit: unit)),
                                       TableCell(b.route.label)], item: firstItem + index))
        }
        let splits = budgets.map(\.split)
        lines.append(.total(layout, ["", "Total", "", TableCell(MoneyFormat.amount(budgets.sum(\.plan), unit: unit)), "",
                                     TableCell(MoneyFormat.amount(splits.map(\.icb).sum(), unit: unit)),
                                     TableCell(MoneyFormat.amount(splits.map(\.council).sum(), unit: unit)),
                                     TableCell(MoneyFormat.amount(splits.map(\.person).sum(), unit: unit)), ""]))
        return lines
    }

    /// Beneath a prime contract, who pays whom; beneath a capitated one, where the year's cost sits in its risk corridor.
    static func flowNote(_ contract: Contract, _ a: Agreement, unit: DisplayUnit, width: Int) -> [ListLine] {
        switch contract.payment {
        case .prime(let prime)?:
            let paid = prime.subcontracts.map { "\($0.partnerID) \(MoneyFormat.amount($0.amount, unit: unit))" }.joined(separator: ", ")
            return ListLine.notes("       ↳ \(prime.primeID) pays \(paid); keeps \(MoneyFormat.amount(prime.retainedByPrime, unit: unit))", width: width)
        case .capitation(let capitation, let actual)?:
            let budget = "\(MoneyText.grouped(UInt64(max(0, capitation.people)))) people × \(MoneyFormat.exact(capitation.ratePerPerson)) = \(MoneyFormat.amount(capitation.budget, unit: unit))"
            guard let actual else { return ListLine.notes("       ↳ corridor: \(budget); actual cost not known yet", width: width) }
            let split = capitation.settle(actualCost: actual)
            let variance = actual - capitation.budget
            let direction = variance.isNegative ? "under" : "over"
            let share = PercentFormat.percent(variance.magnitude.basisPoints(of: capitation.budget))
            let position = "actual \(MoneyFormat.amount(actual, unit: unit)), \(direction) by \(MoneyFormat.amount(variance.magnitude, unit: unit)) (\(share))"
            let bearers = "provider bears \(MoneyFormat.amount(split.provider.magnitude, unit: unit)), "
                + "commissioner \(MoneyFormat.amount(split.commissioner.magnitude, unit: unit))"
            return ListLine.notes("       ↳ corridor: \(budget); \(position): \(bearers)", width: width)
        default:
            return []
        }
    }
}
