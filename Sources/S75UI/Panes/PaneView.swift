import S75App
import S75Domain
import S75Screen
import S75Text

/// What the content area shows: a title and lines, with the selected item if rows can be selected.
struct PaneView {
    var title: String
    var lines: ListLines
    var selected: Int?

    init(title: String, lines: ListLines, selected: Int?) {
        self.title = title
        self.lines = lines
        self.selected = selected
    }

    init(title: String, lines: [ListLine], selected: Int?) {
        self.init(title: title, lines: ListLines(lines), selected: selected)
    }

    /// The view of the active pane, or of what is open over it.
    static func make(for state: AppState, width: Int, cache: PaneViewCache) -> PaneView {
        let tableWidth = width - 2
        if let item = state.detailItem {
            return DetailView.make(for: item, state: state, width: tableWidth)
        }
        if let grid = state.grid {
            let (view, rows) = GridView.view(state, grid, width: tableWidth, kept: cache.gridRows)
            cache.gridRows = rows
            return view
        }
        if let form = state.form { return FormView.view(state, form, width: tableWidth) }
        if case .walk(let step) = state.view { return WalkView.view(state, step, width: tableWidth) }
        let selected = state.items.isEmpty ? nil : state.selectedIndex(in: state.pane)
        var view = table(state, width: tableWidth, selected: selected)
        let arrangement = state.arrangement(of: state.pane)
        if !arrangement.isPlain, state.pane != .spend, state.budgetsView == .lines || state.pane != .budgets {  // Spend names its own
            // next to the pane's name, where a narrow terminal does not cut it off
            let name = state.pane.title
            view.title = name + " [" + arrangement.summary + "]" + view.title.dropFirst(view.title.hasPrefix(name) ? name.count : 0)
        }
        return view
    }

    /// The active pane's table.
    private static func table(_ state: AppState, width tableWidth: Int, selected: Int?) -> PaneView {
        switch state.pane {
        case .agreement: return AgreementPane.view(state, width: tableWidth, selected: selected)
        case .budgets: return BudgetsPane.view(state, width: tableWidth, selected: selected)
        case .providers: return ProvidersPane.view(state, width: tableWidth, selected: selected)
        case .outcomes: return OutcomesPane.view(state, width: tableWidth, selected: selected)
        case .decisions: return DecisionsPane.view(state, width: tableWidth, selected: selected)
        case .audit: return AuditPane.view(state, width: tableWidth, selected: selected)
        case .spend: return SpendPane.view(state, width: tableWidth)
        case .mapping: return MappingPane.view(state, width: tableWidth, selected: selected)
        case .people: return PeoplePane.view(state, width: tableWidth, selected: selected)
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
            TableCell(MoneyFormat.variancePercentInColumn(self, sign: sign)),
            status.cell,
            TableCell(VarianceBar.text(forecastVarianceBasisPoints, sign: sign), role: status.role),
        ]
    }

    /// The columns that go with ``cells(unit:status:sign:)``, wide enough for agreement `a`'s figures.
    static func columns(unit: DisplayUnit, period: Period, for a: Agreement) -> [Column] {
        let w = MoneyFormat.columnWidth(unit, for: a)
        return [
            Column("Budget", width: w, priority: 9),
            Column("YTD bud", width: w, priority: 3),
            Column("Actual", width: w, priority: 4),
            Column("YTD var", width: w, priority: 1),
            Column(period.isYearEnd ? "Outturn" : "Forecast", width: w + 1, priority: 8),
            Column("Var", width: w, priority: 7),
            Column("Var %", width: 7, priority: 5),
            Column("RAG", width: 9, alignment: .left, priority: 6),
            Column("−  0  +", width: VarianceBar.width, alignment: .left, priority: 2),
        ]
    }
}

/// A variance as a bar centred on zero: overspend to the right, underspend to the left, a full half at 10%
/// of budget or more, in eighths of a cell; the figure beside it says the amount.
public enum VarianceBar {
    public static let half = 3
    public static let width = 2 * half + 1

    /// The bar for a variance of `basisPoints` of budget, as `sign` shows variances.
    public static func text(_ basisPoints: Int64?, sign: SignConvention) -> String {
        guard let basisPoints else { return String(repeating: " ", count: half) + "·" + String(repeating: " ", count: half) }
        let overspend = sign == .overspendPositive ? basisPoints : (basisPoints == .min ? .max : -basisPoints)
        return text(overspend, full: 1_000)
    }

    /// The bar for `value`, positive to the right, a full half at `full` (its magnitude) or more.
    public static func text(_ value: Int64, full: Int64) -> String {
        let cells = Int128(half * 8)
        let scale = Int128(full.magnitude)
        let scaled = scale == 0 ? 0 : (Int128(value.magnitude) * cells + scale / 2) / scale
        let eighths = Int(min(cells, scaled))
        let whole = String(repeating: "█", count: eighths / 8)
        let blocks: String = eighths % 8 == 0 ? whole : whole + String(partial[eighths % 8])
        if value >= 0 {
            return String(repeating: " ", count: half) + "│" + DisplayWidth.pad(blocks, to: half)
        }
        return DisplayWidth.pad(String(blocks.reversed()), to: half, alignment: .right) + "│" + String(repeating: " ", count: half)
    }

    /// Left-aligned eighth blocks, 1/8 to 7/8.
    static let partial: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
}

extension AppState {
    /// A note over a table whose month is not (fully) monitored; nil when every line has a return.
    var coverageNote: String? {
        switch tables.coverage {
        case .complete:
            return nil
        case .none:
            let latest = agreement.nearestMonitoredPeriod(to: period).map { "The latest monitored month is \($0.label) (\($0.shortLabel)); press [ or ] to step to it." }
                ?? "No month has been monitored yet."
            return "NO MONITORING for \(period.label): nobody has entered a return, so no line can be rated. \(latest)"
        case .partial(let missing):
            return "INCOMPLETE: \(IdentifierList.text(missing)) \(missing.count == 1 ? "has" : "have") no return for \(period.label); "
                + "totals that include \(missing.count == 1 ? "it" : "them") are not known."
        }
    }
}
