import CSV
import Foundation
import S75Documents

/// A planning template file's rows: the expenditure plan sheet of an .xlsx workbook, or a CSV saved from it; and the
/// rows written back as either.
public enum PlanFile {
    /// The rows of the sheet that holds the plan (the first whose cells include the scheme ID header), or of a CSV.
    public static func rows(_ data: Data, name: String, columns: PlanColumns = .standard) throws(InterchangeError) -> [[String]] {
        if name.lowercased().hasSuffix(".csv") { return try csvRows(data) }
        let sheets: [XLSX.Sheet]
        do {
            sheets = try XLSX.sheets(data)
        } catch {
            throw InterchangeError(path: "", error.description)
        }
        let header = PlanColumns.normalised(columns.headers[.schemeID] ?? "")
        guard let sheet = sheets.first(where: { $0.rows.contains { $0.contains { PlanColumns.normalised($0) == header } } }) else {
            throw InterchangeError(path: "", "no sheet has a \"\(columns.headers[.schemeID] ?? "")\" header; sheets: "
                                   + sheets.map(\.name).joined(separator: ", "))
        }
        return sheet.rows
    }

    static func csvRows(_ data: Data) throws(InterchangeError) -> [[String]] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        do {
            return Array(try CSVReader(string: text, hasHeaderRow: false))
        } catch {
            throw InterchangeError(path: "", "not CSV that can be read: \(error)")
        }
    }

    /// `rows` as a CSV file (CRLF line ends, as spreadsheets write them).
    public static func csv(_ rows: [[String]]) throws -> Data {
        let writer = try CSVWriter(stream: .toMemory(), newline: .crlf)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        return writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    }

    /// `rows` as a one-sheet workbook named like the template's sheet.
    public static func xlsx(_ rows: [[String]]) throws -> Data { try XLSX.workbook(sheet: "Expenditure Plan", rows: rows) }
}
