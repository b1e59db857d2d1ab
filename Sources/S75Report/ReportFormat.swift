import CSV
import Foundation
import S75Domain
import S75Text

/// The formats `s75 report` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, csv, markdown

    /// `report` in this format. CSV holds one table, `csvTable` (see ``ReportFormat/csvTables``).
    public func render(_ report: BoardReport, csvTable: String = ReportFormat.defaultCSVTable) throws -> String {
        switch self {
        case .json: try ReportRenderer.json(report)
        case .text: ReportRenderer.text(report)
        case .csv: try ReportRenderer.csv(report, table: csvTable)
        case .markdown: ReportRenderer.markdown(report)
        }
    }

    /// The tables a CSV report can hold, one per file: "pool-by-source", "scheme-lines", …
    public static var csvTables: [String] {
        BoardReport(Agreement.blank(startYear: 2025), at: FinancialYear(startYear: 2025).firstMonth).tables.map(\.id) + ["contributions-received", "restatement", "prior-period-adjustments", "budget-variations", "budgets-in-force"]
    }

    /// The table a CSV report holds unless another is asked for.
    public static let defaultCSVTable = "scheme-lines"
}

/// Why a report could not be written.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case unknownTable(String)

    public var description: String {
        switch self {
        case .unknownTable(let name):
            "there is no report table \"\(name)\"; choose one of: \(ReportFormat.csvTables.joined(separator: ", "))"
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
        let standing = switch report.close?.state {
        case "restated"?: ", RESTATED"
        case "reopened"?: ", REOPENED"
        case "closed"?: ", closed"
        default: ""
        }
        return "\(report.agreement.title) — \(report.agreement.financialYear), month \(report.agreement.monthOfYear) "
            + "(\(report.agreement.period))\(report.agreement.isFinal ? ", final outturn" : "")\(standing)"
    }

    /// The lines that head the report: unmonitored or partly monitored months, and the agreement's problems.
    static func warnings(_ report: BoardReport) -> [String] {
        let header = report.agreement
        var lines: [String] = []
        let latest = header.latestMonitoredPeriod.map { "the latest monitored month is \($0)" } ?? "no month has been monitored yet"
        switch header.monitoring {
        case "none":
            lines.append("NO MONITORING for \(header.period): every figure below is marked \"no return\"; \(latest).")
        case "partial":
            lines.append("INCOMPLETE: \(header.missingReturns.joined(separator: ", ")) \(header.missingReturns.count == 1 ? "has" : "have") "
                         + "no return for \(header.period); totals that include \(header.missingReturns.count == 1 ? "it" : "them") are not known.")
        default: break
        }
        if let close = report.close {
            switch close.state {
            case "restated":
                lines.append("RESTATED: \(header.period) was \(close.summary). " + (close.restated.isEmpty
                    ? "No return was changed: the figures are as first reported."
                    : "The figures are as restated; the table \"As first reported and as restated\" shows what the board was first shown."))
            case "reopened":
                lines.append("REOPENED: \(header.period) was \(close.summary). Its figures may change until it is closed again.")
            default:
                lines.append("Closed: \(header.period) was \(close.summary); these are the figures as reported.")
            }
        }
        if let signOff = report.signOff { lines.append("Sign-off: \(signOff).") }
        if !report.problems.isEmpty {
            lines.append("The agreement has \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") (s75 check lists them):")
            lines += report.problems.map { "  - \($0)" }
        }
        return lines
    }

    /// What a cell says in text and Markdown: "£1,234", "+£250,000", "−4.5%", "no return".
    static func text(_ cell: ReportCell) -> String {
        switch cell {
        case .text(let text): text
        case .money(let pence, let signed, let missing):
            pence.map { (signed && $0 > 0 ? "+" : "") + MoneyText.pounds(Money(pence: $0)) } ?? missing
        case .percent(let basisPoints): PercentText.percent(basisPoints, signed: true)
        }
    }

    static func text(_ report: BoardReport) -> String {
        var out = heading(report) + "\n"
        let warnings = warnings(report)
        if !warnings.isEmpty { out += "\n" + warnings.joined(separator: "\n") + "\n" }
        for table in report.tables {
            out += "\n" + table.title + "\n" + String(repeating: "=", count: DisplayWidth.of(table.title)) + "\n"
            let cells = table.rows.map { $0.map(text) }
            let numeric = table.numericColumns
            let widths = table.columns.indices.map { i in
                ([table.columns[i]] + cells.map { i < $0.count ? $0[i] : "" }).map { DisplayWidth.of($0) }.max() ?? 0
            }
            for row in [table.columns] + cells {
                let line = row.enumerated().map { i, cell in
                    DisplayWidth.pad(cell, to: widths[i], alignment: numeric.contains(i) ? .right : .left)
                }.joined(separator: "  ")
                out += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
            }
            out += table.notes.map { "  \($0)\n" }.joined()
        }
        return out
    }

    static func markdown(_ report: BoardReport) -> String {
        var out = "# " + heading(report) + "\n"
        let warnings = warnings(report)
        if !warnings.isEmpty { out += "\n" + warnings.map { $0.hasPrefix("  - ") ? String($0.dropFirst(2)) : "**\($0)**" }.joined(separator: "\n") + "\n" }
        for table in report.tables { out += markdown(table, title: table.title) }
        return out
    }

    /// One table as a Markdown section: its title as a heading, the table padded by display width, its notes.
    static func markdown(_ table: ReportTable, title: String) -> String {
        let cells = table.rows.map { $0.map { text($0).replacingOccurrences(of: "|", with: "\\|") } }
        let numeric = table.numericColumns
        let widths = table.columns.indices.map { i in
            max(3, ([table.columns[i]] + cells.map { i < $0.count ? $0[i] : "" }).map { DisplayWidth.of($0) }.max() ?? 0)
        }
        func line(_ row: [String]) -> String {
            "| " + row.enumerated().map { i, cell in
                DisplayWidth.pad(cell, to: widths[i], alignment: numeric.contains(i) ? .right : .left)
            }.joined(separator: " | ") + " |\n"
        }
        var out = "\n## \(title)\n\n" + line(table.columns)
        out += "|" + widths.enumerated().map { i, w in
            numeric.contains(i) ? " " + String(repeating: "-", count: w - 1) + ": " : " " + String(repeating: "-", count: w) + " "
        }.joined(separator: "|") + "|\n"
        out += cells.map(line).joined()
        if !table.notes.isEmpty { out += "\n" + table.notes.map { "- \($0)\n" }.joined() }
        return out
    }

    /// One table as RFC 4180 CSV: a header row naming each money column's unit, then one row per line.
    ///
    /// Money is a plain number of pounds with two decimals and an ASCII minus; an unknown figure is an
    /// empty field. Text that a spreadsheet would run as a formula is prefixed with an apostrophe.
    static func csv(_ report: BoardReport, table id: String) throws -> String {
        guard let table = report.tables.first(where: { $0.id == id }) else { throw ReportError.unknownTable(id) }
        return try csv(table)
    }

    /// One table as CSV, with `before` as rows ahead of its header (a return's status).
    static func csv(_ table: ReportTable, before: [[String]] = []) throws -> String {
        let writer = try CSVWriter(stream: .toMemory(), newline: .crlf)
        for row in before { try writer.write(row: row) }
        let money = table.columns { if case .money = $0 { true } else { false } }
        let percent = table.columns { if case .percent = $0 { true } else { false } }
        try writer.write(row: table.columns.enumerated().map { i, name in
            money.contains(i) ? "\(name) (£)" : percent.contains(i) ? "\(name) (%)" : name
        })
        for row in table.rows {
            try writer.write(row: row.map(csvField))
        }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// A cell as a CSV field: "1234.50", "-12.00", "4.5", or text guarded against formulas.
    static func csvField(_ cell: ReportCell) -> String {
        switch cell {
        case .text(let text):
            guard let first = text.first, "=+-@\t\r".contains(first) else { return text }
            return "'" + text
        case .money(let pence, _, _):
            guard let pence else { return "" }
            let magnitude = pence.magnitude
            let fraction = magnitude % 100
            return (pence < 0 ? "-" : "") + "\(magnitude / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
        case .percent(let basisPoints):
            guard let basisPoints else { return "" }
            let magnitude = basisPoints.magnitude
            return (basisPoints < 0 ? "-" : "") + "\(magnitude / 100)." + (magnitude % 100 < 10 ? "0" : "") + "\(magnitude % 100)"
        }
    }
}
