import S75App
import S75Domain
import S75Screen

/// The monthly return as a grid: every scheme line with its budget, the three cells a finance officer
/// enters (actual to date, forecast, commentary), and whether the line has a return yet.
enum GridView {
    /// The grid's rows for a month as the agreement stands, before any cell is typed in: built once per change of the
    /// agreement, month, unit or width, so that a key typed into a cell redraws one row, not every line's.
    struct Table {
        let layout: TableLayout
        /// What each line's row was made from, so that a table after a save makes again only the rows whose source changed.
        let sources: [RowSource]
        let cells: [[TableCell]]
        /// The header and one row per line, drawn.
        let rows: [ListLine]
        let missing: [SchemeLine.ID]
    }

    /// What a line's row shows: the line, its return for the month, and when it has none the return before it, whose
    /// forecast a new one carries.
    struct RowSource: Equatable {
        let line: SchemeLine
        let entry: MonitoringEntry?
        let earlier: MonitoringEntry?

        init(_ line: SchemeLine, in a: Agreement, at period: Period) {
            self.line = line
            entry = a.entry(for: line.id, at: period)
            earlier = entry == nil ? a.monitoring.latest(for: line.id, before: period) : nil
        }
    }

    /// The grid's rows for `period`; a row of `kept` (the table before, for the same month, unit and width) is used
    /// again when its source is the same, so a save makes one row, not every line's.
    static func table(_ a: Agreement, period: Period, unit: DisplayUnit, width: Int, reusing kept: Table? = nil) -> Table {
        let w = MoneyFormat.columnWidth(unit, for: a) + 2
        let layout = TableLayout(columns: [
            Column.identifiers("Line", a.lines.lazy.map(\.id), priority: 10),
            Column("Scheme", width: 10, alignment: .left, priority: 6, flexible: true, maxWidth: 30),
            Column("Budget", width: w - 2, priority: 5),
            Column("YTD bud", width: w - 2, priority: 2),
            Column("Actual", width: w, priority: 10),
            Column(period.isYearEnd ? "Outturn" : "Forecast", width: w, priority: 10),
            Column("Commentary", width: 12, alignment: .left, priority: 8, flexible: true, maxWidth: 50),
            Column("Return", width: 9, alignment: .left, priority: 9),
        ], width: width)
        let sources = a.linesByLedger.map { RowSource($0, in: a, at: period) }
        let reusable = kept.flatMap { $0.layout == layout && $0.sources.count == sources.count ? $0 : nil }
        var cells: [[TableCell]] = [], rows: [ListLine] = [.header(layout)]
        cells.reserveCapacity(sources.count)
        rows.reserveCapacity(sources.count + 1)
        for (index, source) in sources.enumerated() {
            if let reusable, reusable.sources[index] == source {
                cells.append(reusable.cells[index])
                rows.append(reusable.rows[index + 1])
            } else {
                cells.append(rowCells(of: source, at: period, unit: unit))
                rows.append(.row(layout, cells[index], item: index))
            }
        }
        return Table(layout: layout, sources: sources, cells: cells, rows: rows,
                     missing: sources.filter { $0.entry == nil }.map(\.line.id))
    }

    private static func rowCells(of source: RowSource, at period: Period, unit: DisplayUnit) -> [TableCell] {
        let line = source.line
        let cells: [TableCell] = [TableCell(line.id), TableCell(line.name), TableCell(MoneyFormat.amount(line.budget, unit: unit)),
                                  TableCell(MoneyFormat.amount(source.entry?.budgetToDate
                                      ?? line.profile.budgetToDate(line.budget, monthOfYear: period.monthOfYear), unit: unit))]
        if let entry = source.entry {
            return cells + [TableCell(MoneyFormat.amount(entry.actualToDate, unit: unit)),
                            TableCell(MoneyFormat.amount(entry.forecastOutturn, unit: unit)), TableCell(entry.commentary),
                            TableCell("entered", role: .ragGreen)]
        }
        let carried = source.earlier?.forecastOutturn ?? line.budget
        return cells + [TableCell(MoneyFormat.noReturn, role: .ragMissing),
                        TableCell("(" + MoneyFormat.amount(carried, unit: unit) + ")", role: .dim), "",
                        TableCell("No return", role: .ragMissing)]
    }

    static func view(_ state: AppState, _ grid: MonitoringGrid, width: Int, table: Table) -> PaneView {
        let unit = state.displayUnit
        var rows = table.rows
        if table.cells.indices.contains(grid.row) {  // the row being entered, its active cell marked
            var cells = table.cells[grid.row]
            let column = 4 + grid.column.rawValue
            cells[column] = TableCell(grid.draft.map { $0.text + "▏" } ?? cells[column].text, role: .cellActive)
            rows[grid.row + 1] = .row(table.layout, cells, item: grid.row)
        }
        let missing = table.missing
        rows.append(.blank)
        if let conflict = grid.conflict {
            rows += ListLine.warning("Changed in another session. Theirs: \(conflict.theirs.map(AppState.describe) ?? "removed"). "
                                     + "Yours: \(conflict.mine.new.map(AppState.describe) ?? "removed"). "
                                     + "Enter saves yours over theirs; Esc keeps theirs.", width: width)
        } else if let problem = grid.problem, grid.draft?.text.isEmpty == false {
            rows += ListLine.warning("\(grid.column.title): \(problem)", width: width)
        } else if let warning = grid.warning, grid.draft?.text.isEmpty == false {
            rows += ListLine.warning("Out of line: \(warning). Check it; Enter saves it all the same.", width: width)
        } else if grid.draft?.changedUnderneath == true {
            rows += ListLine.warning("This line's return was changed in another session while you typed; saving shows both.",
                                     width: width)
        }
        rows += ListLine.notes(missing.isEmpty ? "Every line has a return for \(grid.period.label)."
                               : "\(missing.count) of \(table.sources.count) lines still have no return: \(missing.joined(separator: ", ")). "
                               + "A new return carries the forecast (in brackets) forward from the line's last month.", width: width)
        rows += ListLine.notes("Type a figure (\(unit == .thousands ? "in £000: 1,234 is £1,234,000; £ or k/m say otherwise" : "in £")); "
                               + "Enter saves and moves down, Tab moves right, a pasted line of figures fills across; "
                               + "Esc abandons the cell, then leaves. Ctrl-N starts the next month. z undoes, Z redoes (outside the grid).",
                               width: width)
        let title = "Monitoring return — \(grid.period.label) (month \(grid.period.monthOfYear)), \(unit.label)"
        return PaneView(title: title, lines: rows, selected: grid.row)
    }
}
