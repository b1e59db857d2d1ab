import S75App
import S75Screen

/// The help screen: every key of the current context, generated from the keymap, in as many
/// columns as the height needs.
enum HelpOverlay {
    static func draw(keymap: Keymap, context: KeyContext, pane: Pane, in area: Rect, into buffer: inout ScreenBuffer) {
        let rows = keymap.helpRows(in: context, pane: pane)
        let keyWidth = min(16, rows.map { DisplayWidth.of($0.keys) }.max() ?? 10)
        let box = Rect(x: area.x, y: area.y, width: min(area.width, 96), height: area.height)
        let innerHeight = box.height - 3
        func entries(spaced: Bool, headed: Bool = true) -> [(text: String, role: StyleRole)] {
            var entries: [(text: String, role: StyleRole)] = []
            var group = ""
            for row in rows {
                if row.group != group, headed {
                    if spaced, !group.isEmpty { entries.append(("", .help)) }
                    group = row.group
                    entries.append((group, .section))
                }
                entries.append((DisplayWidth.pad(row.keys, to: keyWidth) + "  " + row.help, .helpKey))
            }
            return entries
        }
        // Blank lines, then group headings, are left out where two columns would not hold everything:
        // readable text comes first.
        let room = 2 * max(1, innerHeight)
        let entries = [entries(spaced: true), entries(spaced: false)].first { $0.count <= room } ?? entries(spaced: false, headed: false)
        let columns = max(1, (entries.count + innerHeight - 1) / max(1, innerHeight))
        let columnWidth = (box.width - 2) / max(1, columns)
        buffer.fill(box, role: .help)
        drawBorder(box, title: "Keys — \(pane.title) (\(context.title.lowercased()))", into: &buffer)
        for (index, entry) in entries.enumerated() {
            let column = index / innerHeight, row = index % innerHeight
            let x = box.x + 1 + column * columnWidth, y = box.y + 1 + row
            buffer.write(" " + entry.text, x: x, y: y, role: entry.role == .helpKey ? .help : entry.role,
                         maxWidth: columnWidth)
            if entry.role == .helpKey {
                buffer.restyle(Rect(x: x + 1, y: y, width: keyWidth, height: 1), role: .helpKey)
            }
        }
        buffer.write(" Esc, ? or q closes this help.", x: box.x + 1, y: box.y + box.height - 2, role: .dim,
                     maxWidth: box.width - 2)
        buffer.cursor = Point(x: box.x + 1, y: box.y + 1)
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
