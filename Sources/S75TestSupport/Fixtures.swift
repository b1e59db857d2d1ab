import S75App
import S75Domain

/// Ready-made states for tests.
public enum Fixtures {
    /// The Northmoor sample as freshly opened, with a fixed store path so snapshots are stable.
    public static func northmoorState(pane: Pane = .budgets) -> AppState {
        var state = AppState(agreement: Northmoor.agreement, storePath: "/data/northmoor.s75")
        state.view = .table(pane)
        return state
    }
}
