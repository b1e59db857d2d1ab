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

    /// The state of a freshly opened agreement: Budgets pane, the agreement's reporting period.
    public init(agreement: Agreement, storePath: String) {
        self.agreement = agreement
        self.storePath = storePath
        self.period = agreement.reportingPeriod
    }

    /// The items of the active pane.
    public var items: [PaneItem] { agreement.items(in: pane) }

    /// The selected item index in `pane`, kept inside the pane's items.
    public func selectedIndex(in pane: Pane) -> Int {
        let count = agreement.items(in: pane).count
        return min(max(0, selection[pane] ?? 0), max(0, count - 1))
    }

    /// The selected item of `pane`, if the pane has any.
    public func selectedItem(in pane: Pane) -> PaneItem? {
        let items = agreement.items(in: pane)
        return items.isEmpty ? nil : items[selectedIndex(in: pane)]
    }

    /// Whether the active pane shows a detail view.
    public var isShowingDetail: Bool { openDetail.contains(pane) }
}
