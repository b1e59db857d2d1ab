import S75App
import S75Screen
import S75Text

/// The help screen: every key of the current context, generated from the keymap, in as many columns as fit
/// with their text whole, and in pages (↓ and ↑) when one screen does not hold them.
enum HelpOverlay {
    /// How the keys are laid out in `area`: the entries, columns and pages.
    struct Layout {
        var entries: [(text: String, role: StyleRole)]
        var box: Rect
        var keyWidth: Int
        var columns: Int
        var innerHeight: Int

        var perPage: Int { columns * innerHeight }
        var pages: Int { max(1, (entries.count + perPage - 1) / max(1, perPage)) }
    }

    static func layout(keymap: Keymap, context: KeyContext, pane: Pane, in area: Rect) -> Layout {
        let rows = keymap.helpRows(in: context, pane: pane)
        let keyWidth = min(16, rows.map { DisplayWidth.of($0.keys) }.max() ?? 10)
        let box = Rect(x: area.x, y: area.y, width: min(area.width, 120), height: area.height)
        let innerHeight = max(1, box.height - 3)
        let helpWidth = rows.map { DisplayWidth.of($0.help) }.max() ?? 20
        let nameWidth = rows.map { DisplayWidth.of($0.name) }.max() ?? 10
        let widest = keyWidth + helpWidth + nameWidth + 7
        let columns = min(3, max(1, (box.width - 2) / widest))
        func entries(spaced: Bool, headed: Bool = true) -> [(text: String, role: StyleRole)] {
            var entries: [(text: String, role: StyleRole)] = []
            var group = ""
            for row in rows {
                if row.group != group, headed {
                    if spaced, !group.isEmpty { entries.append(("", .help)) }
                    group = row.group
                    entries.append((group, .section))
                }
                entries.append((DisplayWidth.pad(row.keys, to: keyWidth) + "  " + DisplayWidth.pad(row.help, to: helpWidth) + "  :" + row.name,
                                .helpKey))
            }
            return entries
        }
        // Blank lines between groups are left out where they would need another page.
        let room = columns * innerHeight
        let chosen = [entries(spaced: true), entries(spaced: false)].first { $0.count <= room } ?? entries(spaced: false)
        return Layout(entries: chosen, box: box, keyWidth: keyWidth, columns: columns, innerHeight: innerHeight)
    }

    /// Draws `page` of the keys over `area`; returns how many pages there are.
    @discardableResult
    static func draw(keymap: Keymap, context: KeyContext, pane: Pane, page: Int, in area: Rect, into buffer: inout ScreenBuffer) -> Int {
        let layout = layout(keymap: keymap, context: context, pane: pane, in: area)
        let (box, innerHeight, keyWidth) = (layout.box, layout.innerHeight, layout.keyWidth)
        let page = min(max(0, page), layout.pages - 1)
        let columnWidth = (box.width - 2) / layout.columns
        buffer.fill(box, role: .help)
        let paging = layout.pages > 1 ? " · page \(page + 1) of \(layout.pages)" : ""
        drawBorder(box, title: "Keys — \(pane.title) (\(context.title.lowercased()))\(paging)", into: &buffer)
        let shown = layout.entries.dropFirst(page * layout.perPage).prefix(layout.perPage)
        for (index, entry) in shown.enumerated() {
            let column = index / innerHeight, row = index % innerHeight
            let x = box.x + 1 + column * columnWidth, y = box.y + 1 + row
            buffer.write(" " + entry.text, x: x, y: y, role: entry.role == .helpKey ? .help : entry.role,
                         maxWidth: columnWidth)
            if entry.role == .helpKey {
                buffer.restyle(Rect(x: x + 1, y: y, width: keyWidth, height: 1), role: .helpKey)
            }
        }
        let footer = layout.pages > 1 ? " ↓ and ↑ turn the pages; Esc, ? or q closes this help." : " Esc, ? or q closes this help."
        buffer.write(footer, x: box.x + 1, y: box.y + box.height - 2, role: .dim,
                     maxWidth: box.width - 2)
        buffer.cursor = Point(x: box.x + 1, y: box.y + 1)
        return layout.pages
    }

    static func drawBorder(_ box: Rect, title: String, into buffer: inout ScreenBuffer) {
        let inner = box.width - 2
        buffer.write("┌" + String(repeating: "─", count: inner) + "┐", x: box.x, y: box.y, role: .paneBorder)
        buffer.write("└" + String(repeating: "─", count: inner) + "┘", x: box.x, y: box.y + box.height - 1, role: .paneBorder)
        for y in box.y + 1..<box.y + box.height - 1 {
            buffer.write("│", x: box.x, y: y, role: .paneBorder)
            buffer.write("│", x: box.x + box.width - 1, y: y, role: .paneBorder)
        }
        buffer.write(" \(title) ", x: box.x + 2, y: box.y, role: .paneTitle, maxWidth: inner - 2)
    }
}
