import S75App
import S75Domain

/// The last table view built, kept between frames: moving the selection in a table, or anything else that leaves the
/// table's rows as they were, draws the window from it instead of building it again; and the grid's rows made so far,
/// so that a key typed into a cell makes one row. Details, forms, the walk and the Spend pane are built afresh each
/// frame (they are small, or make only the rows on screen).
public final class PaneViewCache {
    private var key: AppState?
    private var width = 0
    private var view: PaneView?
    /// The grid's rows made so far, as the agreement stands.
    var gridRows: GridView.Rows?

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
