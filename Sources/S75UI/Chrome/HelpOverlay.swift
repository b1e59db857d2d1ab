import S75App
import S75Screen

/// The help screen: every key of the current context, generated from the keymap.
enum HelpOverlay {
    static func draw(keymap: Keymap, context: KeyContext, pane: Pane, in area: Rect, into buffer: inout ScreenBuffer) {
        let rows = keymap.helpRows(in: context)
        let keyWidth = min(28, rows.map { DisplayWidth.of($0.keys) }.max() ?? 10)
        var lines: [(String, StyleRole)] = []
        var group = ""
        for row in rows {
            if row.group != group {
                group = row.group
                lines.append((group, .section))
            }
            lines.append((DisplayWidth.pad(row.keys, to: keyWidth) + "  " + row.help, .help))
        }
        lines.append(("Esc, ? or q closes this help.", .dim))
        let width = min(area.width - 2, 70)
        let box = area.centred(Size(columns: width, rows: min(area.height, lines.count + 2)))
        buffer.fill(box, role: .help)
        drawBorder(box, title: "Keys — \(pane.title) (\(context.title.lowercased()))", into: &buffer)
        for (offset, line) in lines.prefix(box.height - 2).enumerated() {
            buffer.write(" " + line.0, in: Rect(x: box.x + 1, y: box.y + 1 + offset, width: box.width - 2, height: 1),
                         role: line.1)
            if line.1 == .help {
                buffer.restyle(Rect(x: box.x + 2, y: box.y + 1 + offset, width: keyWidth, height: 1), role: .helpKey)
            }
        }
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
