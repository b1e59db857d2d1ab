import S75App
import S75Domain
import S75Screen

/// The Mapping pane: the month's reconciliation of ledger actuals with the returns, the rules that map cost centres to
/// lines, and the suspense of transactions no rule maps, largest first.
enum MappingPane {
    static func view(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        guard let ledger = state.ledger, let reconciliation = state.reconciliation else {
            return PaneView(title: "Mapping", lines: ListLine.notes("Reading the ledger…", width: width), selected: nil)
        }
        var lines: [ListLine] = []
        var item = 0
        lines.append(.section("Reconciliation — \(state.period.label): ledger actuals to date against each line's return"))
        let money = MoneyFormat.columnWidth(.pounds, for: state.agreement) + 4
        let recLayout = TableLayout(columns: [
            Column("Line", width: 5, alignment: .left, priority: 10),
            Column("Name", width: 8, alignment: .left, priority: 8, flexible: true, maxWidth: 36),
            Column("Ledger £", width: money, priority: 10),
            Column("Return £", width: money, priority: 10),
            Column("Difference £", width: money, priority: 9),
            Column("Status", width: 12, alignment: .left, priority: 10),
        ], width: width)
        lines.append(.header(recLayout))
        for row in reconciliation.rows {
            lines.append(.row(recLayout, [TableCell(row.line.id), TableCell(row.line.name), TableCell(MoneyFormat.exact(row.ledger)),
                                          TableCell(row.reported.map { MoneyFormat.exact($0) } ?? "no return", role: row.reported == nil ? .ragMissing : nil),
                                          TableCell(row.difference.map { MoneyFormat.exact($0, signed: true) } ?? "—"),
                                          status(row)], item: item))
            item += 1
        }
        let disagreeing = reconciliation.disagreeing.count
        lines.append(.total(recLayout, ["", "Total", TableCell(MoneyFormat.exact(reconciliation.ledgerTotal)),
                                        TableCell(MoneyFormat.exact(reconciliation.reportedTotal)),
                                        TableCell(MoneyFormat.exact(reconciliation.ledgerTotal - reconciliation.reportedTotal, signed: true)),
                                        TableCell(disagreeing == 0 ? "all agree" : "\(disagreeing) differ")]))
        lines.append(.blank)
        lines.append(.section("Rules — the most specific rule that matches a transaction maps it"))
        let ruleLayout = TableLayout(columns: [
            Column("Rule", width: 5, alignment: .left, priority: 10),
            Column("Takes", width: 24, alignment: .left, priority: 10, flexible: true, maxWidth: 60),
            Column("Line", width: 6, alignment: .left, priority: 10),
            Column("Line name", width: 14, alignment: .left, priority: 7, flexible: true, maxWidth: 36),
        ], width: width)
        lines.append(.header(ruleLayout))
        for rule in state.agreement.ledgerRules {
            lines.append(.row(ruleLayout, [TableCell(rule.id), TableCell(rule.scope), TableCell(rule.lineID),
                                           TableCell(state.agreement.lines[id: rule.lineID]?.name ?? "")], item: item))
            item += 1
        }
        if state.agreement.ledgerRules.isEmpty { lines += ListLine.notes("No rules yet: a adds one; Enter on a suspense row starts one for its cost centre.", width: width) }
        lines.append(.blank)
        lines.append(.section("Suspense — \(Count.words(ledger.suspenseRows, "transaction")) no rule maps, "
                              + "\(MoneyFormat.exact(ledger.suspenseTotal)); largest first"))
        let suspenseLayout = TableLayout(columns: [
            Column("Cost centre", width: 11, alignment: .left, priority: 10),
            Column("Name", width: 14, alignment: .left, priority: 7, flexible: true, maxWidth: 30),
            Column("Account", width: 7, alignment: .left, priority: 9),
            Column("Account name", width: 14, alignment: .left, priority: 6, flexible: true, maxWidth: 30),
            Column("Rows", width: 9, priority: 8),
            Column("Total £", width: money, priority: 10),
        ], width: width)
        lines.append(.header(suspenseLayout))
        for group in ledger.suspense {
            lines.append(.row(suspenseLayout, [TableCell(group.costCentre), TableCell(group.costCentreName), TableCell(group.account),
                                               TableCell(group.accountName), TableCell(Count.number(group.rows)),
                                               TableCell(MoneyFormat.exact(group.total))], item: item))
            item += 1
        }
        if ledger.suspense.isEmpty {
            lines += ListLine.notes(ledger.rows == 0 ? "No ledger imported yet: s75 ledger import FILE EXPORT.csv."
                                    : "Nothing in suspense: every transaction is mapped to a line.", width: width)
        }
        lines.append(.total(suspenseLayout, ["Total", "", "", "", TableCell(Count.number(ledger.suspenseRows)),
                                             TableCell(MoneyFormat.exact(ledger.suspenseTotal))]))
        lines.append(.blank)
        lines += ListLine.notes("Enter: a line's transactions, a rule's form, or a new rule for a suspense row. T takes "
                                + "\(state.period.label)'s ledger actuals into the returns of the lines that differ (one audited change). "
                                + "[ and ] change the month. ! marks a line outside the pool.", width: width)
        return PaneView(title: "Mapping — \(Count.words(ledger.rows, "transaction")), \(MoneyFormat.exact(ledger.total))",
                        lines: lines, selected: selected)
    }

    static func status(_ row: LedgerReconciliation.Row) -> TableCell {
        let outside = row.isOutsidePool ? "!" : ""
        guard let difference = row.difference else { return TableCell("NO RETURN" + outside, role: .ragMissing) }
        return difference == .zero ? TableCell("agrees" + outside, role: .ragGreen) : TableCell("DIFFERS" + outside, role: .ragRed)
    }
}
