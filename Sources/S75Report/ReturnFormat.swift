import Foundation
import S75Domain
import S75Text

/// The formats `s75 return` writes: Markdown, one table as CSV, JSON, and a workbook (its sheets made here, the file by
/// the caller). The same agreement and period give the same bytes: nothing is dated by when it was written.
public enum ReturnFormat: String, CaseIterable, Sendable {
    case markdown, csv, xlsx, json
}

extension StatutoryReturn {
    /// The tables' identifiers, for `--table`.
    public var tableIDs: [String] { tables.map(\.id) }

    /// The lines above the tables: what the return is, of what, for when, and its status (FINAL or DRAFT, first).
    var heading: [String] {
        [status, kind.title, "\(report.agreement.title) — \(period.label), month \(period.monthOfYear) of \(report.agreement.financialYear)"]
            + (report.signOff.map { ["Sign-off: \($0)."] } ?? [])
    }

    /// A table's title as printed: marked DRAFT on every page of a draft.
    func printed(_ title: String) -> String { draftReasons.isEmpty ? title : "DRAFT — " + title }

    /// The return as Markdown, its status on the first line.
    public func markdown() -> String {
        let head = heading
        var out = "**\(head[0])**\n\n# \(head[1])\n\n" + head.dropFirst(2).joined(separator: "\n\n") + "\n"
        for table in tables { out += ReportRenderer.markdown(table, title: printed(table.title)) }
        return out
    }

    /// One table (`id`) as CSV, its first row the return's status.
    public func csv(table id: String) throws -> String {
        guard let table = tables.first(where: { $0.id == id }) else { throw ReportError.unknownTable(id) }
        return try ReportRenderer.csv(table, before: [[status]])
    }

    /// A sheet per table after a cover sheet: money in pounds as numbers, the status on the first row of every sheet.
    public func sheets() -> [(name: String, rows: [[String]])] {
        let cover = heading.map { [$0] }
        return [("Cover", cover)] + tables.map { table in
            let rows = table.rows.map { $0.map(ReportRenderer.csvField) }
            return (String(table.id.prefix(31)), [[status], [printed(table.title)], [], table.columns] + rows + [[]] + table.notes.map { [$0] })
        }
    }

    /// The return as JSON: money in pence (null when not known), percentages in basis points, keys sorted.
    public func json() throws -> String {
        let document = ReturnDocument(kind: kind.rawValue, title: kind.title, agreement: report.agreement.title, period: period.description,
                                      status: status, draft: !draftReasons.isEmpty, signOff: report.signOff,
                                      tables: tables.map { ReturnDocument.Table($0) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}

/// A return as JSON (docs/returns.md).
struct ReturnDocument: Encodable {
    var kind, title, agreement, period, status: String
    var draft: Bool
    var signOff: String?
    var tables: [Table]

    /// One table: each column's kind ("text", "pence", "basisPoints") and the rows' values.
    struct Table: Encodable {
        var id, title: String
        var columns: [String]
        var kinds: [String]
        var rows: [[Value]]
        var notes: [String]

        init(_ table: ReportTable) {
            let money = table.columns { if case .money = $0 { true } else { false } }
            let percent = table.columns { if case .percent = $0 { true } else { false } }
            (id, title, columns, notes) = (table.id, table.title, table.columns, table.notes)
            kinds = table.columns.indices.map { money.contains($0) ? "pence" : percent.contains($0) ? "basisPoints" : "text" }
            rows = table.rows.map { $0.map(Value.init) }
        }
    }

    /// A cell: text, a whole number, or null for a figure not known.
    enum Value: Encodable {
        case text(String), number(Int64), unknown

        init(_ cell: ReportCell) {
            switch cell {
            case .text(let text): self = .text(text)
            case .money(let pence?, _, _), .percent(let pence?): self = .number(pence)
            case .money(nil, _, _), .percent(nil): self = .unknown
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            case .unknown: try container.encodeNil()
            }
        }
    }
}
