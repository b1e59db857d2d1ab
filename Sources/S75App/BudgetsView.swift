/// The three ways the Budgets pane shows the money.
public enum BudgetsView: Int, CaseIterable, Hashable, Sendable {
    /// Contributions and every scheme line, with monitoring figures.
    case lines
    /// Totals by funding source, partner, lead commissioner, area of spend and provider, and the ring-fence checks.
    case summary
    /// Where the year ends: netting, reserve, each partner's share, carry-forwards, and the what-if comparison.
    case yearEnd

    /// The view's name.
    public var title: String {
        switch self {
        case .lines: "lines"
        case .summary: "summary"
        case .yearEnd: "year-end position"
        }
    }

    /// The next view, wrapping round.
    public var next: BudgetsView { BudgetsView(rawValue: (rawValue + 1) % BudgetsView.allCases.count) ?? .lines }
}
