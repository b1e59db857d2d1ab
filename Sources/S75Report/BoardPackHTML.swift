import S75Domain

extension BoardPack {
    /// The pack as one self-contained HTML file: no network, no scripts, printable to A4, its charts inline SVG that say
    /// what they show in words and shapes as well as shades, so they read in greyscale.
    public func html() -> String {
        var body = "<header><h1>\(HTML.escape(boardName)) — \(HTML.escape(meeting.date.label))</h1></header>\n"
        body += "<section><h2>Front sheet</h2><dl>" + frontSheet.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined()
            + "</dl>\n<h2>Agenda</h2><ol>" + WalkStep.allCases.map { "<li>\(HTML.escape($0.title))</li>" }.joined() + "</ol>\n"
            + "<h2>Recommendations</h2><ul>" + recommendations.map { "<li><strong>\(HTML.escape($0.verb))</strong> \(HTML.escape($0.text))</li>" }.joined()
            + "</ul></section>\n"
        body += "<section class=\"page\"><h1>Finance report</h1>\n" + PackCharts.variance(report) + PackCharts.spend(report)
            + financeTables.map(HTML.table).joined() + "</section>\n"
        body += "<section class=\"page\"><h1>Risks and remedial plans</h1>\n" + HTML.table(riskTable) + HTML.table(remedialTable) + "</section>\n"
        if let metrics = report.tables.first(where: { $0.id == "metrics" }) {
            body += "<section class=\"page\"><h1>Outcomes</h1>\n" + PackCharts.trajectories(agreement, at: period) + HTML.table(metrics) + "</section>\n"
        }
        body += "<section class=\"page\"><h1>The last meeting's minutes</h1>\n"
            + (previous.map { HTML.markdown(MeetingMinutes.markdown(agreement, meeting: $0)) } ?? "<p>This is the board's first meeting recorded.</p>")
            + "</section>\n<section class=\"page\"><h1>Actions</h1>\n" + HTML.table(actionTable) + "</section>\n"
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(HTML.escape(boardName)) — \(HTML.escape(meeting.date.label))</title>
            <style>\(HTML.style)</style></head>
            <body>
            \(body)</body></html>

            """
    }
}

/// Writing HTML: text escaped, a report table, the little Markdown the minutes use, and the pack's print style.
enum HTML {
    /// `text` as HTML: markup escaped, control characters (but tab and line feed) shown as U+FFFD.
    static func escape(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F..<0xA0).contains($0.value) ? "\u{FFFD}" : $0 }))
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A report table: figures right-aligned, a row whose first cells are empty or "Total" set as a total, notes below.
    static func table(_ table: ReportTable) -> String {
        let numeric = table.numericColumns
        let head = "<tr>" + table.columns.enumerated().map { "<th\(numeric.contains($0.offset) ? " class=\"num\"" : "")>\(escape($0.element))</th>" }.joined() + "</tr>"
        let rows = table.rows.map { row in
            let total = row.first.map { ReportRenderer.text($0).isEmpty || ReportRenderer.text($0).hasPrefix("Total") } ?? false
            return "<tr\(total ? " class=\"total\"" : "")>" + row.enumerated().map { i, cell in
                "<td\(numeric.contains(i) ? " class=\"num\"" : "")>\(escape(ReportRenderer.text(cell)))</td>"
            }.joined() + "</tr>"
        }.joined()
        return "<h2>\(escape(table.title))</h2>\n<table>\(head)\(rows)</table>\n" + table.notes.map { "<p class=\"note\">\(escape($0))</p>" }.joined() + "\n"
    }

    /// Headings, list items, paragraphs and **bold**: what `MeetingMinutes` writes.
    static func markdown(_ text: String) -> String {
        func inline(_ line: String) -> String {
            escape(line).replacingOccurrences(of: "\\*\\*(.+?)\\*\\*", with: "<strong>$1</strong>", options: .regularExpression)
        }
        var out = "", inList = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            let isItem = line.hasPrefix("- ")
            if inList, !isItem { out += "</ul>"; inList = false }
            if let level = line.firstIndex(where: { $0 != "#" }).map({ line.distance(from: line.startIndex, to: $0) }), level > 0, level <= 4 {
                out += "<h\(level + 1)>\(inline(String(line.dropFirst(level + 1))))</h\(level + 1)>\n"
            } else if isItem {
                if !inList { out += "<ul>"; inList = true }
                out += "<li>\(inline(String(line.dropFirst(2))))</li>"
            } else {
                out += "<p>\(inline(line))</p>\n"
            }
        }
        return out + (inList ? "</ul>" : "")
    }

    static let style = """
        @page { size: A4; margin: 14mm; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #000; }
        h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 1.2em; }
        section.page { break-before: page; }
        dl { display: grid; grid-template-columns: 12em auto; gap: 0.2em 1em; } dt { font-weight: bold; }
        table { border-collapse: collapse; width: 100%; font-size: 8pt; margin-bottom: 0.4em; }
        th, td { border: 1px solid #555; padding: 2px 4px; vertical-align: top; } th { background: #e6e6e6; }
        td.num, th.num { text-align: right; white-space: nowrap; } tr.total td { font-weight: bold; border-top: 2px solid #000; }
        p.note { font-size: 8pt; margin: 0.2em 0; } svg { width: 100%; height: auto; margin: 0.5em 0; }
        """
}
