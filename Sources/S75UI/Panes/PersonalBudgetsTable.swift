import S75App
import S75Domain
import S75Screen

/// The Providers pane's integrated personal budgets: each person's plan and who pays it (ICB, council, the person),
/// closed by totals that add up from the rows; and the money flows of prime and capitated contracts. Every amount here
/// is exact and carries its £, whatever unit the tables above are in: a person's budget rounded to £000 would not add up.
enum PersonalBudgetsTable {
    static func lines(_ budgets: [IntegratedPersonalBudget], width: Int, firstItem: Int) -> [ListLine] {
        guard !budgets.isEmpty else { return [] }
        let w = 11
        let layout = TableLayout(columns: [
            Column.identifiers("ID", budgets.lazy.map(\.id), priority: 10),
            Column("Person", width: 10, alignment: .left, priority: 10, flexible: true, maxWidth: 24),
            Column.identifiers("Line", budgets.lazy.map(\.lineID), priority: 6),
            Column("Plan", width: w, priority: 9),
            Column("Health", width: 6, priority: 5),
            Column("ICB", width: w, priority: 8),
            Column("Council", width: w, priority: 8),
            Column("Person pays", width: max(w, 11), priority: 8),
            Column("Paid as", width: 12, alignment: .left, priority: 2, flexible: true, maxWidth: 24),
        ], width: width)
        var lines: [ListLine] = [.section("Integrated personal budgets, £ a year"), .header(layout)]
        for (index, b) in budgets.enumerated() {
            let split = b.split
            lines.append(.row(layout, [TableCell(b.id), TableCell(b.person), TableCell(b.lineID), TableCell(MoneyText.pounds(b.plan)),
                                       TableCell(PercentFormat.percent(b.healthBasisPoints)), TableCell(MoneyText.pounds(split.icb)),
                                       TableCell(MoneyText.pounds(split.council)), TableCell(MoneyText.pounds(split.person)),
                                       TableCell(b.route.label)], item: firstItem + index))
        }
        let splits = budgets.map(\.split)
        lines.append(.total(layout, ["", "Total", "", TableCell(MoneyText.pounds(budgets.sum(\.plan))), "",
                                     TableCell(MoneyText.pounds(splits.map(\.icb).sum())),
                                     TableCell(MoneyText.pounds(splits.map(\.council).sum())),
                                     TableCell(MoneyText.pounds(splits.map(\.person).sum())), ""]))
        return lines
    }

    /// Beneath a prime contract, who pays whom; beneath a capitated one, where the year's cost sits in its risk corridor.
    static func flowNote(_ contract: Contract, width: Int) -> [ListLine] {
        switch contract.payment {
        case .prime(let prime)?:
            let paid = prime.subcontracts.map { "\($0.partnerID) \(MoneyText.pounds($0.amount))" }.joined(separator: ", ")
            return ListLine.notes("       ↳ \(prime.primeID) pays \(paid); keeps \(MoneyText.pounds(prime.retainedByPrime))", width: width)
        case .capitation(let capitation, let actual)?:
            let budget = "\(MoneyText.grouped(UInt64(max(0, capitation.people)))) × \(MoneyText.pounds(capitation.ratePerPerson)) = \(MoneyText.pounds(capitation.budget))"
            guard let actual else { return ListLine.notes("       ↳ corridor: \(budget); the year's cost is not known yet", width: width) }
            let split = capitation.settle(actualCost: actual)
            let variance = actual - capitation.budget
            let share = PercentFormat.percent(variance.magnitude.basisPoints(of: capitation.budget))
            return ListLine.notes("       ↳ corridor: \(budget); cost \(MoneyText.pounds(actual)) (\(variance.isNegative ? "−" : "+")"
                                  + "\(MoneyText.pounds(variance.magnitude)), \(share)): provider \(MoneyText.pounds(split.provider.magnitude)), "
                                  + "commissioners \(MoneyText.pounds(split.commissioner.magnitude))", width: width)
        default:
            return []
        }
    }
}
