import S75App
import S75Domain
import S75Screen
import S75Text

/// The Spend pane: the ledger's transactions, only the rows on screen drawn (from the window the store read), with the
/// count and total of everything the filter selects.
enum SpendPane {
    static func view(_ state: AppState, width: Int) -> PaneView {
        let spend = state.spend
        let layout = TableLayout(columns: [
            Column("Date", width: 10, alignment: .left, priority: 10),
            Column("Cost centre", width: 11, alignment: .left, priority: 8),
            Column("Account", width: 7, alignment: .left, priority: 6),
            Column("Supplier", width: 16, alignment: .left, priority: 9, flexible: true, maxWidth: 30),
            Column("Description", width: 16, alignment: .left, priority: 7, flexible: true, maxWidth: 40),
            Column("Document", width: 10, alignment: .left, priority: 4),
            Column("Amount £", width: 15, priority: 10),
            Column("Line", width: 6, alignment: .left, priority: 9),
        ], width: width)
        var lines: [ListLine] = [.header(layout)]
        let end = min(spend.rows, spend.top + state.spendVisibleRows)
        for index in spend.top..<max(spend.top, end) {
            guard let t = spend.row(at: index) else {
                lines.append(.row(layout, [TableCell("…", role: .dim)], item: index))
                continue
            }
            lines.append(.row(layout, cells(t, in: state.agreement), item: index))
        }
        if spend.counting, spend.rows == 0 {
            lines += ListLine.notes("Reading every transaction for \(spend.query.filterSummary): its rows lie far apart, so they show "
                                    + "when the count is done. Esc or another filter stops it.", width: width)
        } else if spend.isLoaded, spend.rows == 0 {
            lines += ListLine.notes(state.spend.query.filterSummary.isEmpty
                                    ? "No transactions yet: s75 ledger import FILE EXPORT.csv brings in a partner's ledger."
                                    : "No transaction matches \(spend.query.filterSummary); :filter alone shows them all.", width: width)
        }
        let total = !spend.isLoaded ? "…" : spend.counting ? "counting…" : MoneyFormat.exact(spend.total)
        lines.append(.total(layout, ["Total", "", "", "", "", "", TableCell(total, role: spend.counting ? .dim : nil), ""]))
        if state.spendShowsWhole, let t = spend.selectedRow { lines += whole(t, in: state.agreement, width: width) }
        let what = spend.query.filterSummary.isEmpty ? "all transactions" : spend.query.filterSummary
        let count = !spend.isLoaded ? "reading" : !spend.counting ? Count.words(spend.rows, "row")
            : spend.rows == 0 ? "searching…" : "\(Count.number(spend.rows))+ rows, counting…"
        let sort = "by \(spend.query.sort.rawValue) \(spend.query.descending ? "↓" : "↑")"
        return PaneView(title: "Spend — \(what): \(count), \(sort)", lines: lines, selected: spend.rows == 0 ? nil : spend.selected)
    }

    /// The status line: where the selection is, and the description the table may cut (Enter shows the rest).
    static func statusText(_ t: LedgerTransaction, spend: SpendTable) -> String {
        "Spend · \(Count.number(spend.selected + 1)) of \(Count.number(spend.rows))\(spend.counting ? "+" : "") · \(t.description)"
    }

    /// The selected transaction whole, below the table: `AppState.wholeTransactionLines` lines, each field labelled.
    static func whole(_ t: LedgerTransaction, in a: Agreement, width: Int) -> [ListLine] {
        let line = t.lineID.map { id in "\(id) \(a.lines[id: id]?.name ?? "")" } ?? "— in suspense: no rule maps it"
        let fields = [
            ("Document", "\(t.document) · posted \(t.postingDate.label) · counts in \(t.period.label) · \(MoneyFormat.exact(t.amount))"),
            ("Cost centre", "\(t.costCentre) \(t.costCentreName) · account \(t.account) \(t.accountName)"),
            ("Supplier", t.supplier),
            ("Description", t.description),
            ("Line", line),
        ]
        return [ListLine([TextRun(String(repeating: "─", count: max(0, width - 2)))], role: .dim)] + fields.map { label, value in
            ListLine([TextRun(DisplayWidth.pad(label, to: 13), role: .label), TextRun(value)], role: .normal)
        }
    }

    static func cells(_ t: LedgerTransaction, in a: Agreement) -> [TableCell] {
        let line = t.lineID.map { id in a.lines[id: id]?.budgetType == .pooled ? id : id + "!" } ?? "—"
        return [TableCell(t.postingDate.description), TableCell(t.costCentre), TableCell(t.account), TableCell(t.supplier),
                TableCell(t.description), TableCell(t.document),
                TableCell(MoneyFormat.exact(t.amount), role: t.amount.isNegative ? .moneyNegative : nil),
                TableCell(line, role: t.lineID == nil ? .ragMissing : nil)]
    }
}

/// Counts in words, with thousands separated: "1,000,000 rows", "1 row".
enum Count {
    static func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        let grouped = digits.reversed().enumerated().reduce(into: "") { text, pair in
            if pair.offset > 0, pair.offset % 3 == 0 { text.append(",") }
            text.append(pair.element)
        }
        return (n < 0 ? "-" : "") + String(grouped.reversed())
    }

    static func words(_ n: Int, _ noun: String) -> String { "\(number(n)) \(noun)\(n == 1 ? "" : "s")" }
}
