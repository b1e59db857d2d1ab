import S75Domain

/// Everything the screen shows, as one value. Drawing is a function of it.
public struct AppState: Hashable, Sendable {
    /// The agreement as last read from the store.
    public var agreement: Agreement
    /// Where the agreement is stored, shown in the status line.
    public var storePath: String
    public var pane: Pane = .budgets
    /// The selected item of each pane, counted from zero.
    public var selection: [Pane: Int] = [:]
    /// The panes whose selected item is open in detail.
    public var openDetail: Set<Pane> = []
    /// The month whose monitoring is shown.
    public var period: Period
    public var displayUnit: DisplayUnit = .thousands
    public var showingHelp = false
    public var message: UserMessage?
    /// What the Budgets pane shows: the lines, summaries by dimension, or the year-end position.
    public var budgetsView: BudgetsView = .lines
    /// The risk-share model shown in the year-end view: nil for the agreement's own, else an index into its what-if models.
    public var whatIfModel: Int?
    /// How far a pane without selectable rows (a summary, a detail) is scrolled, in lines.
    public var scroll: [Pane: Int] = [:]

    /// The state of a freshly opened agreement: Budgets pane, the agreement's reporting period.
    public init(agreement: Agreement, storePath: String) {
        self.agreement = agreement
        self.storePath = storePath
        self.period = agreement.reportingPeriod
    }

    /// The items of the active pane.
    public var items: [PaneItem] { items(in: pane) }

    /// The selectable items of `pane` as it is shown now (the Budgets pane's summary views have none).
    public func items(in pane: Pane) -> [PaneItem] {
        pane == .budgets && budgetsView != .lines ? [] : agreement.items(in: pane)
    }

    /// The selected item index in `pane`, kept inside the pane's items.
    public func selectedIndex(in pane: Pane) -> Int {
        let count = items(in: pane).count
        return min(max(0, selection[pane] ?? 0), max(0, count - 1))
    }

    /// The selected item of `pane`, if the pane has any.
    public func selectedItem(in pane: Pane) -> PaneItem? {
        let items = items(in: pane)
        return items.isEmpty ? nil : items[selectedIndex(in: pane)]
    }

    /// Whether the active pane shows a detail view.
    public var isShowingDetail: Bool { openDetail.contains(pane) }
}
