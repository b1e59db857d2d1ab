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
        if state.isShowingDetail, let item = state.selectedItem(in: state.pane) {
            return DetailView.make(for: item, state: state, width: tableWidth)
        }
        let selected = state.items.isEmpty ? nil : state.selectedIndex(in: state.pane)
        switch state.pane {
        case .agreement: return AgreementPane.view(state, width: tableWidth, selected: selected)
        case .budgets: return BudgetsPane.view(state, width: tableWidth, selected: selected)
        case .providers: return ProvidersPane.view(state, width: tableWidth, selected: selected)
        case .outcomes: return OutcomesPane.view(state, width: tableWidth, selected: selected)
        }
    }
}

extension ListLine {
    /// A section heading.
    static func section(_ text: String) -> ListLine { ListLine([TextRun(text)], role: .section) }

    /// A table's column titles.
    static func header(_ layout: TableLayout) -> ListLine { ListLine(layout.header, role: .tableHeader) }

    /// A selectable row of a table.
    static func row(_ layout: TableLayout, _ cells: [TableCell], item: Int) -> ListLine {
        ListLine(layout.line(cells), role: .tableRow, item: item)
    }

    /// A total row of a table.
    static func total(_ layout: TableLayout, _ cells: [TableCell]) -> ListLine {
        ListLine(layout.line(cells), role: .tableTotal)
    }

    /// A note in dim text, wrapped to `width`.
    static func notes(_ text: String, width: Int) -> [ListLine] {
        TextWrap.lines(text, width: width).map { ListLine([TextRun($0)], role: .dim) }
    }
}

extension MonitoringFigures {
    /// The money columns shown for a set of figures: budget, YTD budget, actual, YTD variance,
    /// forecast, variance, variance %.
    /// `sign` decides how variances are signed on screen (the agreement's convention).
    func cells(unit: DisplayUnit, rag: RAG?, sign: SignConvention) -> [TableCell] {
        let variance = sign.shown(forecastVariance)
        return [
            TableCell(MoneyFormat.amount(budget, unit: unit)),
            TableCell(MoneyFormat.amount(budgetToDate, unit: unit)),
            TableCell(MoneyFormat.amount(actualToDate, unit: unit)),
            TableCell(MoneyFormat.amount(sign.shown(ytdVariance), unit: unit, signed: true)),
            TableCell(MoneyFormat.amount(forecastOutturn, unit: unit)),
            TableCell(MoneyFormat.amount(variance, unit: unit, signed: true), role: variance.isNegative ? .moneyNegative : nil),
            TableCell(PercentFormat.percent(variance.basisPoints(of: budget), signed: true)),
            rag.map(\.cell) ?? TableCell(""),
        ]
    }

    /// The columns that go with ``cells(unit:rag:)``.
    static func columns(unit: DisplayUnit, period: Period) -> [Column] {
        let w = MoneyFormat.columnWidth(unit)
        let final = period.monthOfYear == 12
        return [
            Column("Budget", width: w, priority: 9),
            Column("YTD bud", width: w, priority: 3),
            Column("Actual", width: w, priority: 4),
            Column("YTD var", width: w, priority: 1),
            Column(final ? "Outturn" : "Forecast", width: w + 1, priority: 8),
            Column("Var", width: w, priority: 7),
            Column("Var %", width: 7, priority: 5),
            Column("RAG", width: 5, alignment: .left, priority: 6),
        ]
    }
}
