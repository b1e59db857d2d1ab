import CSV
import Foundation
import S75Domain
import S75Text

/// The formats `s75 log` writes the audit trail in.
public enum AuditFormat: String, CaseIterable, Sendable {
    case text, json, csv

    static let columns = ["Sequence", "Time (UTC)", "User", "Client (as reported)", "Entity", "Record", "Field", "Old", "New"]

    /// The trail in this format.
    public func render(_ trail: [AuditEntry]) throws -> String {
        let rows = trail.map { e in
            ["\(e.sequence)", e.at, e.user, e.client, e.entity, e.entityID, e.field, e.old ?? "—", e.new ?? "—"]
        }
        switch self {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(trail), as: UTF8.self) + "\n"
        case .csv:
            let writer = try CSVWriter(stream: .toMemory(), newline: .crlf)
            try writer.write(row: Self.columns)
            for row in rows { try writer.write(row: row.map { ReportRenderer.csvField(.text($0)) }) }
            writer.stream.close()
            guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
            return String(decoding: data, as: UTF8.self) + "\r\n"
        case .text:
            guard !rows.isEmpty else { return "No changes recorded.\n" }
            let widths = Self.columns.indices.map { i in ([Self.columns[i]] + rows.map { $0[i] }).map { DisplayWidth.of($0) }.max() ?? 0 }
            return ([Self.columns] + rows).map { row in
                let line = row.enumerated().map { DisplayWidth.pad($1, to: min(widths[$0], 40)) }.joined(separator: "  ")
                return String(line.reversed().drop { $0 == " " }.reversed())
            }.joined(separator: "\n") + "\n"
        }
    }
}
