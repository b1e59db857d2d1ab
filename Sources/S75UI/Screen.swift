import S75App
import S75Domain
import S75Screen
import S75Text

/// What a frame showed that the next one, and the keys before it, need: where each pane's list started, and how far
/// the view shown can scroll (the help: its last page), as rendering clamped it.
public struct FrameMemory: Sendable {
    /// The first line each pane's list showed.
    public var tops: [Pane: Int] = [:]
    /// The furthest the view shown can scroll, in lines (the help, in pages).
    public internal(set) var scrollLimit = 0

    public init() {}
}

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
        var memory = FrameMemory()
        return render(state, size: size, keymap: keymap, memory: &memory, cache: PaneViewCache())
    }

    /// The frame for `state` on a terminal of `size`; `memory` holds what the last frame showed (where each list
    /// started, so that it stays put while the selection moves inside it) and is updated with this one's. `cache` keeps
    /// the table last built, for the next frame to reuse while its rows are unchanged.
    public static func render(_ state: AppState, size: Size, keymap: Keymap = .standard, memory: inout FrameMemory,
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
        let hidden = view.lines.hiddenColumns
        let plural = hidden == 1 ? "" : "s"
        if hidden > 0, let note = ["› \(hidden) more column\(plural) on a wider terminal ", "› \(hidden) more column\(plural) ",
                                   "› \(hidden) more "].first(where: { DisplayWidth.of($0) < size.columns - tabsEnd }) {
            buffer.write(note, x: size.columns - DisplayWidth.of(note), y: 1, role: .tab)
        }
        let lines = state.presenting ? RoomLayout.lines(view.lines, rows: content.height) : view.lines
        memory.scrollLimit = max(0, lines.count - content.height)
        memory.tops[state.pane] = ListView.draw(lines, selected: view.selected, scroll: state.scroll[state.pane] ?? 0, previousFirst: memory.tops[state.pane],
                      highlight: state.form == nil && state.grid == nil ? state.searchQuery : nil, in: content, into: &buffer)
        if view.selected == nil { buffer.cursor = Point(x: 0, y: content.y) }
        StatusBar.draw(state, in: Rect(x: 0, y: size.rows - 1 - statusRows, width: size.columns, height: statusRows), into: &buffer)
        let context = state.keyContext
        buffer.write(" " + keymap.hints(in: context, pane: state.pane, quitting: state.returnsTo), in: buffer.area.row(size.rows - 1), role: .keyHint)
        if state.showingHelp {
            memory.scrollLimit = HelpOverlay.draw(keymap: keymap, context: state.closingHelp.keyContext, pane: state.pane,
                                                  page: state.helpPage, in: content, into: &buffer) - 1
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
