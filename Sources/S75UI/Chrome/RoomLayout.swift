import S75Screen

/// The view as a room sees it (`--present`): no dim text, and a blank line between rows where the screen has
/// room for it, so a table reads from the back of the room.
enum RoomLayout {
    static func lines(_ lines: ListLines, rows: Int) -> ListLines {
        let bright = lines.mappingLines { line in
            var line = line
            if line.role == .dim { line.role = .normal }
            line.runs = line.runs.map { run in
                var run = run
                if run.role == .dim { run.role = nil }
                return run
            }
            return line
        }
        guard bright.count + bright.tableLineCount <= rows else { return bright }
        return ListLines(bright.flatMap { line in line.role == .tableRow || line.role == .tableTotal ? [line, .blank] : [line] })
    }
}
