import S75App
import S75Domain
import S75Screen
import S75Text

/// Draws the whole screen from the state: header, tabs, the active pane, status and key bar.
///
/// Rendering is pure: the same state and size always give the same buffer.
public enum Screen {
    /// The smallest terminal the layout fits.
    public static let minimumSize = Size(columns: 80, rows: 24)

    /// The rows between the chrome at the top (header, tabs, pane title) and bottom (status, keys).
    public static func contentRows(for size: Size) -> Int { max(1, size.rows - 5) }

    /// The frame for `state` on a terminal of `size`, its lists scrolled as the state alone says.
    public static func render(_ state: AppState, size: Size, keymap: Keymap = .standard) -> ScreenBuffer {
        var tops: [Pane: Int] = [:]
        return render(state, size: size, keymap: keymap, tops: &tops, cache: PaneViewCache())
    }

    /// The frame for `state` on a terminal of `size`; `tops` holds the first line each pane's list showed last, so that
    /// the list stays put while the selection moves inside it, and is updated for the next frame. `cache` keeps the
    /// table last built, for the next frame to reuse while its rows are unchanged.
    public static func render(_ state: AppState, size: Size, keymap: Keymap = .standard, tops: inout [Pane: Int],
                              cache: PaneViewCache) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.contains(minimumSize) else {
            drawTooSmall(size, into: &buffer)
            return buffer
        }
        HeaderBar.draw(state, in: buffer.area.row(0), into: &buffer)
        let tabsEnd = TabBar.draw(state, in: buffer.area.row(1), into: &buffer)
        let statusRows = StatusBar.rows(state, width: size.columns)
        let content = Rect(x: 0, y: 3, width: size.columns, height: contentRows(for: size) - (statusRows - 1))
        let view = cache.view(for: state, width: content.width)
        buffer.write(" " + view.title, in: buffer.area.row(2), role: .paneTitle)
        let hidden = view.lines.map(\.hiddenColumns).max() ?? 0
        let plural = hidden == 1 ? "" : "s"
        if hidden > 0, let note = ["› \(hidden) more column\(plural) on a wider terminal ", "› \(hidden) more column\(plural) ",
                                   "› \(hidden) more "].first(where: { DisplayWidth.of($0) < size.columns - tabsEnd }) {
            buffer.write(note, x: size.columns - DisplayWidth.of(note), y: 1, role: .tab)
        }
        let lines = state.presenting ? RoomLayout.lines(view.lines, rows: content.height) : view.lines
        tops[state.pane] = ListView.draw(lines, selected: view.selected, scroll: state.scroll[state.pane] ?? 0, previousFirst: tops[state.pane],
                      highlight: state.form == nil && state.grid == nil ? state.searchQuery : nil, in: content, into: &buffer)
        if view.selected == nil { buffer.cursor = Point(x: 0, y: content.y) }
        StatusBar.draw(state, in: Rect(x: 0, y: size.rows - 1 - statusRows, width: size.columns, height: statusRows), into: &buffer)
        let context = state.keyContext
        buffer.write(" " + keymap.hints(in: context, pane: state.pane), in: buffer.area.row(size.rows - 1), role: .keyHint)
        if state.showingHelp {
            HelpOverlay.draw(keymap: keymap, context: state.closingHelp.keyContext, pane: state.pane, page: state.helpPage,
                             in: content, into: &buffer)
        }
        return buffer
    }

    /// Whether `command` scrolls the view rather than moving the selection: any move in a view without
    /// rows, and paging in a detail (where ↑ and ↓ step between rows' details).
    public static func scrolls(_ state: AppState, _ command: Command) -> Bool {
        if state.showingHelp { return true }
        if state.isShowingDetail { return command == .pageDown || command == .pageUp }
        return state.items.isEmpty && !state.showsSpendTable
    }

    /// The furthest the active view can scroll on a terminal of `size`.
    public static func scrollLimit(_ state: AppState, size: Size, keymap: Keymap = .standard, cache: PaneViewCache = PaneViewCache()) -> Int {
        if state.showingHelp {
            let statusRows = StatusBar.rows(state, width: size.columns)
        let content = Rect(x: 0, y: 3, width: size.columns, height: contentRows(for: size) - (statusRows - 1))
            return HelpOverlay.layout(keymap: keymap, context: state.closingHelp.keyContext, pane: state.pane, in: content).pages - 1
        }
        return max(0, cache.view(for: state, width: size.columns).lines.count - contentRows(for: size))
    }

    /// The notice below the minimum size, wrapped to the width, so that even a 20×5 window reads it whole.
    static func drawTooSmall(_ size: Size, into buffer: inout ScreenBuffer) {
        let width = max(1, size.columns)
        let first = TextWrap.lines("terminal too small: need \(minimumSize)", width: width)
        let second = TextWrap.lines("now \(size); enlarge the window or press q to quit", width: width)
        let lines = first.map { ($0, StyleRole.statusError) } + second.map { ($0, StyleRole.normal) }
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.rows {
            let x = max(0, (size.columns - DisplayWidth.of(line.0)) / 2)
            buffer.write(line.0, x: x, y: top + offset, role: line.1)
        }
        buffer.cursor = Point(x: 0, y: 0)
    }
}
