import Foundation
import S75Domain

/// The formats `s75 report` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, csv, markdown

    /// `report` in this format.
    public func render(_ report: BoardReport) throws -> String {
        switch self {
        case .json: try ReportRenderer.json(report)
        case .text: ReportRenderer.text(report)
        case .csv: ReportRenderer.csv(report)
        case .markdown: ReportRenderer.markdown(report)
        }
    }
}

/// Writes a ``BoardReport`` as text, Markdown, CSV or JSON.
enum ReportRenderer {
    static func json(_ report: BoardReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }

    static func heading(_ report: BoardReport) -> String {
        "\(report.agreement.title) — \(report.agreement.financialYear), month \(report.agreement.monthOfYear) "
            + "(\(report.agreement.period))\(report.agreement.isFinal ? ", final outturn" : "")"
    }

    static func text(_ report: BoardReport) -> String {
        var out = heading(report) + "\n"
        for table in report.tables {
            out += "\n" + table.title + "\n" + String(repeating: "=", count: table.title.count) + "\n"
            let widths = table.columns.indices.map { i in ([table.columns[i]] + table.rows.map { i < $0.count ? $0[i] : "" }).map(\.count).max() ?? 0 }
            for row in [table.columns] + table.rows {
                out += row.enumerated().map { i, cell in
                    let gap = String(repeating: " ", count: max(0, widths[i] - cell.count))
                    return table.numeric.contains(i) ? gap + cell : cell + gap
                }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
            }
            out += table.notes.map { "  \($0)\n" }.joined()
        }
        return out
    }

    static func markdown(_ report: BoardReport) -> String {
        var out = "# " + heading(report) + "\n"
        for table in report.tables {
            out += "\n## \(table.title)\n\n| " + table.columns.joined(separator: " | ") + " |\n|"
            out += table.columns.indices.map { table.numeric.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|\n"
            out += table.rows.map { "| " + $0.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }.joined()
            if !table.notes.isEmpty { out += "\n" + table.notes.map { "- \($0)\n" }.joined() }
        }
        return out
    }

    /// One CSV table after another, separated by a blank line; the first column names the section.
    static func csv(_ report: BoardReport) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return report.tables.map { table in
            ([["section"] + table.columns] + table.rows.map { [table.title] + $0 })
                .map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}
