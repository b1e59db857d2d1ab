import S75App
import S75Domain

/// Ready-made states for tests.
public enum Fixtures {
    /// The day tests hold their board meetings on: the January board, which looks at December's figures.
    public static let meetingDay = DateOnly(year: 2026, month: 1, day: 20)

    /// The Northmoor sample as freshly opened, with a fixed store path so snapshots are stable.
    public static func northmoorState(pane: Pane = .budgets) -> AppState {
        var state = AppState(agreement: Northmoor.agreement, storePath: "/data/northmoor.s75", today: meetingDay)
        state.view = .table(pane)
        return state
    }

    /// A copy of Northmoor (as `northmoor-copy`) without S02's return for December, its reporting month: its revenue
    /// variance, and so each partner's share of it, cannot be worked out.
    public static func northmoorWithoutS02Return() -> Agreement {
        var copy = Northmoor.agreement
        copy.id = "northmoor-copy"
        copy.title = "Northmoor copy without S02's December return"
        let period = copy.reportingPeriod
        copy.monitoring = MonitoringReturns(copy.monitoring.filter { !($0.lineID == "S02" && $0.period == period) })
        return copy
    }
}
