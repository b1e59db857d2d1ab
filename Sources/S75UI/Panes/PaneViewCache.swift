import S75App
import S75Domain

/// The last table view built, kept between frames: moving the selection in a table, or anything else that leaves the
/// table's rows as they were, draws the window from it instead of building every row again; and the grid's rows as the
/// agreement stands, so that a key typed into a cell rebuilds one row. Details, forms, the walk and the Spend pane are
/// built afresh each frame (they are small, or draw a window of their own).
public final class PaneViewCache {
    private var key: AppState?
    private var width = 0
    private var view: PaneView?
    private var gridKey: GridKey?
    private var gridTable: GridView.Table?

    /// What the grid's rows depend on.
    private struct GridKey: Equatable {
        var agreement: Agreement
        var period: Period
        var unit: DisplayUnit
        var width: Int
    }

    public init() {}

    /// The view of the active pane: the table kept, when its rows are the same as when it was built.
    func view(for state: AppState, width: Int) -> PaneView {
        guard case .table(let pane) = state.view, pane != .spend else { return PaneView.make(for: state, width: width, cache: self) }
        let key = Self.key(state)
        if var kept = view, width == self.width, key == self.key {
            kept.selected = state.items.isEmpty ? nil : state.selectedIndex(in: pane)
            return kept
        }
        let made = PaneView.make(for: state, width: width, cache: self)
        (self.key, self.width, view) = (key, width, made)
        return made
    }

    /// The grid's rows for `grid`'s month, built again only when the agreement, month, unit or width has changed; after
    /// a change of the agreement alone, only the rows whose line or returns changed are made again.
    func gridTable(for state: AppState, _ grid: MonitoringGrid, width: Int) -> GridView.Table {
        let key = GridKey(agreement: state.agreement, period: grid.period, unit: state.displayUnit, width: width)
        let sameBut = gridKey.map { $0.period == key.period && $0.unit == key.unit && $0.width == key.width } ?? false
        let table = (key == gridKey ? gridTable : nil)
            ?? GridView.table(state.agreement, period: grid.period, unit: state.displayUnit, width: width, reusing: sameBut ? gridTable : nil)
        (gridKey, gridTable) = (key, table)
        return table
    }

    /// The state with what a table's rows never show (the selection, the status line, the undo history) left out.
    private static func key(_ state: AppState) -> AppState {
        var key = state
        key.selection = [:]
        key.message = nil
        key.undoSteps = []
        key.redoSteps = []
        key.versions = [:]
        key.promptHistory = []
        return key
    }
}
