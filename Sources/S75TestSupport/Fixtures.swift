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
}
