import S75App
import S75Domain
import S75Screen

/// What the content area shows: a title and lines, with the selected item if rows can be selected.
struct PaneView {
    var title: String
    var lines: [ListLine]
    var selected: Int?

    /// The view of the active pane, or of its open detail.
    static func make(for state: AppState, width: Int) -> PaneView {
        let tableWidth = width - 2
        if let item = state.detailItem {
            return DetailView.make(for: item, state: state, width: tableWidth)
        }
        if let grid = state.grid { return GridView.view(state, grid, width: tableWidth) }
        if let form = state.form { return FormView.view(state, form, width: tableWidth) }
        let selected = state.items.isEmpty ? nil : state.selectedIndex(in: state.pane)
        switch state.pane {
        case .agreement: return AgreementPane.view(state, width: tableWidth, selected: selected)
        case .budgets: return BudgetsPane.view(state, width: tableWidth, selected: selected)
        case .providers: return ProvidersPane.view(state, width: tableWidth, selected: selected)
        case .outcomes: return OutcomesPane.view(state, width: tableWidth, selected: selected)
        case .audit: return AuditPane.view(state, width: tableWidth, selected: selected)
        }
    }
}

extension ListLine {
    /// A section heading.
    static func section(_ text: String) -> ListLine { ListLine([TextRun(text)], role: .section) }

    /// A table's column titles.
    static func header(_ layout: TableLayout) -> ListLine {
        var line = ListLine(layout.header, role: .tableHeader)
        line.hiddenColumns = layout.hiddenCount
        return line
    }

    /// A selectable row of a table.
    static func row(_ layout: TableLayout, _ cells: [TableCell], item: Int) -> ListLine {
        ListLine(layout.line(cells), role: .tableRow, item: item)
    }

    /// A total row of a table.
    static func total(_ layout: TableLayout, _ cells: [TableCell]) -> ListLine {
        ListLine(layout.line(cells), role: .tableTotal)
    }

    /// A warning, wrapped to `width`, in the error style (a word, never colour alone, carries the meaning).
    static func warning(_ text: String, width: Int) -> [ListLine] {
        TextWrap.lines(text, width: width).map { ListLine([TextRun($0)], role: .statusError) }
    }

    /// A note in dim text, wrapped to `width`.
    static func notes(_ text: String, width: Int) -> [ListLine] {
        TextWrap.lines(text, width: width).map { ListLine([TextRun($0)], role: .dim) }
    }
}

extension MonitoringFigures {
    /// The money columns shown for a set of figures: budget, YTD budget, actual, YTD variance,
    /// forecast, variance, variance % and status. Variances follow `sign`, the agreement's convention;
    /// figures not known say "no return".
    func cells(unit: DisplayUnit, status: FinanceStatus, sign: SignConvention) -> [TableCell] {
        let shown = forecastVariance.map(sign.shown)
        let missing = TableCell("—", role: .ragMissing)  // the status column says "No return" in full
        return [
            TableCell(MoneyFormat.amount(budget, unit: unit)),
            TableCell(MoneyFormat.amount(budgetToDate, unit: unit)),
            actualToDate.map { TableCell(MoneyFormat.amount($0, unit: unit)) } ?? missing,
            ytdVariance.map { TableCell(MoneyFormat.variance($0, unit: unit, sign: sign)) } ?? missing,
            forecastOutturn.map { TableCell(MoneyFormat.amount($0, unit: unit)) } ?? missing,
            shown.map { TableCell(MoneyFormat.amount($0, unit: unit, signed: true), role: $0.isNegative ? .moneyNegative : nil) } ?? missing,
            TableCell(MoneyFormat.variancePercent(self, sign: sign)),
            status.cell,
        ]
    }

    /// The columns that go with ``cells(unit:status:sign:)``.
    static func columns(unit: DisplayUnit, period: Period) -> [Column] {
        let w = MoneyFormat.columnWidth(unit)
        return [
            Column("Budget", width: w, priority: 9),
            Column("YTD bud", width: w, priority: 3),
            Column("Actual", width: w, priority: 4),
            Column("YTD var", width: w, priority: 1),
            Column(period.isYearEnd ? "Outturn" : "Forecast", width: w + 1, priority: 8),
            Column("Var", width: w, priority: 7),
            Column("Var %", width: 7, priority: 5),
            Column("RAG", width: 9, alignment: .left, priority: 6),
        ]
    }
}

extension Agreement {
    /// A note under a table whose month is not (fully) monitored; empty when every line has a return.
    func coverageNote(at period: Period) -> String? {
        switch coverage(at: period) {
        case .complete:
            return nil
        case .none:
            let latest = nearestMonitoredPeriod(to: period).map { "The latest monitored month is \($0.label) (\($0.shortLabel)); press [ or ] to step to it." }
                ?? "No month has been monitored yet."
            return "NO MONITORING for \(period.label): nobody has entered a return, so no line can be rated. \(latest)"
        case .partial(let missing):
            return "INCOMPLETE: \(missing.joined(separator: ", ")) \(missing.count == 1 ? "has" : "have") no return for \(period.label); "
                + "totals that include \(missing.count == 1 ? "it" : "them") are not known."
        }
    }
}
