import S75App
import S75Domain
import S75Screen

/// The monthly return as a grid: every scheme line with its budget, the three cells a finance officer
/// enters (actual to date, forecast, commentary), and whether the line has a return yet.
enum GridView {
    /// What a line's row shows: the line, its return for the month, and when it has none the return before it, whose
    /// forecast a new one carries.
    struct RowSource {
        let line: SchemeLine
        let entry: MonitoringEntry?
        let earlier: MonitoringEntry?
        /// The line's budget in force and budget to date, as the reports have them.
        let figures: MonitoringFigures

        init(_ line: SchemeLine, in a: Agreement, at period: Period) {
            self.line = line
            figures = a.figures(for: line, at: period)
            entry = a.entry(for: line.id, at: period)
            earlier = entry == nil ? a.monitoring.latest(for: line.id, before: period) : nil
        }
    }

    /// The grid's columns for `period`.
    static func layout(_ state: AppState, period: Period, width: Int) -> TableLayout {
        let w = MoneyFormat.columnWidth(state.displayUnit, for: state.agreement) + 2
        return TableLayout(columns: [
            Column.identifiers("Line", state.tables.lineOrder, priority: 10),
            Column("Scheme", width: 10, alignment: .left, priority: 6, flexible: true, maxWidth: 30),
            Column("Budget", width: w - 2, priority: 5),
            Column("YTD bud", width: w - 2, priority: 2),
            Column("Actual", width: w, priority: 10),
            Column(period.isYearEnd ? "Outturn" : "Forecast", width: w, priority: 10),
            Column("Commentary", width: 12, alignment: .left, priority: 8, flexible: true, maxWidth: 50),
            Column("Return", width: 9, alignment: .left, priority: 9),
        ], width: width)
    }

    private static func rowCells(of source: RowSource, at period: Period, unit: DisplayUnit) -> [TableCell] {
        let line = source.line
        let cells: [TableCell] = [TableCell(line.id), TableCell(line.name), TableCell(MoneyFormat.amount(source.figures.budget, unit: unit)),
                                  TableCell(MoneyFormat.amount(source.figures.budgetToDate, unit: unit))]
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

    /// The grid's rows as the agreement stands, made when first drawn and kept while the agreement, month, unit and
    /// width are the same: a key typed into a cell makes the one row being entered again, not the window.
    final class Rows {
        struct Key: Equatable {
            var agreementRevision: Int
            var period: Period
            var unit: DisplayUnit
            var width: Int
        }

        let key: Key
        let layout: TableLayout
        private var made: [Int: (cells: [TableCell], line: ListLine)] = [:]

        init(key: Key, layout: TableLayout) {
            (self.key, self.layout) = (key, layout)
        }

        /// Row `index`'s cells and line, made by `make` the first time.
        func row(_ index: Int, make: () -> [TableCell]) -> (cells: [TableCell], line: ListLine) {
            if let row = made[index] { return row }
            let cells = make()
            let row = (cells, ListLine.row(layout, cells, item: index))
            made[index] = row
            return row
        }
    }

    /// The grid for `grid`'s month: one row per line in the lines' order, each made when drawn (the row being entered
    /// with its active cell marked), then what is wrong with the cell being typed and what is still to enter.
    static func view(_ state: AppState, _ grid: MonitoringGrid, width: Int, kept: Rows?) -> (view: PaneView, rows: Rows) {
        let (a, unit, period) = (state.agreement, state.displayUnit, grid.period)
        let key = Rows.Key(agreementRevision: state.agreementRevision, period: period, unit: unit, width: width)
        let made = kept.flatMap { $0.key == key ? $0 : nil } ?? Rows(key: key, layout: layout(state, period: period, width: width))
        let layout = made.layout
        let order = state.tables.lineOrder
        var rows: ListLines = [.header(layout)]
        rows.appendRows(count: order.count, firstItem: 0) { index in
            guard let line = a.lines[id: order[index]] else { return .blank }
            let row = made.row(index) { rowCells(of: RowSource(line, in: a, at: period), at: period, unit: unit) }
            guard index == grid.row else { return row.line }
            var cells = row.cells  // the row being entered, its active cell marked
            let column = 4 + grid.column.rawValue
            cells[column] = TableCell(grid.draft.map { $0.text + "▏" } ?? cells[column].text, role: .cellActive)
            return .row(layout, cells, item: index)
        }
        let coverage = period == state.period ? state.tables.coverage : a.coverage(at: period, of: order)
        let missing: [SchemeLine.ID] = switch coverage {
        case .complete: []
        case .partial(let missing): missing
        case .none: order
        }
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
                               : "\(missing.count) of \(order.count) lines still have no return: \(IdentifierList.text(missing)). "
                               + "A new return carries the forecast (in brackets) forward from the line's last month.", width: width)
        rows += ListLine.notes("Type a figure (\(unit == .thousands ? "in £000: 1,234 is £1,234,000; £ or k/m say otherwise" : "in £")); "
                               + "Enter saves and moves down, Tab moves right, a pasted line of figures fills across; "
                               + "Esc abandons the cell, then leaves. Ctrl-N starts the next month. z undoes, Z redoes (outside the grid).",
                               width: width)
        let title = "Monitoring return — \(grid.period.label) (month \(grid.period.monthOfYear)), \(unit.label)"
        return (PaneView(title: title, lines: rows, selected: grid.row), made)
    }
}
