/// The panes, in tab order: the board's four, its decisions and actions, the audit trail, the ledger's transactions
/// and the rules that map them to lines, then the people and what they signed.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case agreement, budgets, providers, outcomes, decisions, audit, spend, mapping, people

    /// The tab's title.
    public var title: String {
        switch self {
        case .agreement: "Agreement"
        case .budgets: "Budgets"
        case .providers: "Providers"
        case .outcomes: "Outcomes"
        case .decisions: "Decisions"
        case .audit: "Audit"
        case .spend: "Spend"
        case .mapping: "Mapping"
        case .people: "People"
        }
    }

    /// The tab's title where the terminal is narrow.
    public var shortTitle: String {
        switch self {
        case .agreement: "Agmt"
        case .budgets: "Budg"
        case .providers: "Prov"
        case .outcomes: "Outc"
        case .decisions: "Decs"
        case .audit: "Audit"
        case .spend: "Spend"
        case .mapping: "Map"
        case .people: "Ppl"
        }
    }

    /// The pane after this one, wrapping round.
    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .agreement }

    /// The pane before this one, wrapping round.
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .agreement }
}
