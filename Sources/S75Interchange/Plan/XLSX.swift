import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The cells of an .xlsx workbook's sheets as text, read straight from its zip of XML; and a workbook written the
/// same way. No spreadsheet software is involved.
public enum XLSX {
    /// A sheet: its name and its rows of cells, as text ("" where a cell is empty).
    public struct Sheet: Hashable, Sendable {
        public var name: String
        public var rows: [[String]]

        public init(name: String, rows: [[String]]) {
            self.name = name
            self.rows = rows
        }
    }

    /// Why a workbook cannot be read.
    public struct ReadError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The most rows and columns a sheet is read to, the most bytes a cell may hold, and the most bytes one part of the
    /// zip may inflate to (it is inflated a piece at a time and stopped there): a small hostile file cannot take the
    /// memory of a large one (docs/limits.md).
    public static let maximumRows = 100_000
    public static let maximumColumns = 256
    public static let maximumCellBytes = 32_767
    public static let maximumCells = 1_000_000
    public static let maximumPartBytes = 64 << 20

    /// Every sheet of the workbook in `data`, in the workbook's order.
    public static func sheets(_ data: Data) throws(ReadError) -> [Sheet] {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ReadError(description: "it is not an .xlsx workbook: it is not a zip archive (was it saved as .xls or as CSV?)")
        }
        func part(_ path: String) throws(ReadError) -> Data? {
            guard let entry = archive[path] else { return nil }
            let tooLarge = ReadError(description: "\(path) inflates to more than \(maximumPartBytes >> 20) MiB")
            guard entry.uncompressedSize <= maximumPartBytes else { throw tooLarge }  // as the zip declares it: refused unread
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in  // and as it inflates, should the declaration lie
                    guard data.count + chunk.count <= maximumPartBytes else { throw tooLarge }
                    data.append(chunk)
                }
            } catch let error as ReadError {
                throw error
            } catch {
                throw ReadError(description: "\(path) cannot be inflated: the workbook is damaged (\(error))")
            }
            return data
        }
        guard let workbook = try part("xl/workbook.xml") else { throw ReadError(description: "it is not a workbook (no xl/workbook.xml)") }
        let relations = try part("xl/_rels/workbook.xml.rels").map { xml throws(ReadError) in
            try XMLElements.parse(xml, "Relationship", part: "the workbook's relationships")
        } ?? []
        let shared = try part("xl/sharedStrings.xml").map { xml throws(ReadError) in try SharedStrings.parse(xml) } ?? []
        return try XMLElements.parse(workbook, "sheet", part: "the workbook").map { sheet throws(ReadError) in
            let id = sheet["r:id"] ?? ""
            let target = relations.first { $0["Id"] == id }?["Target"] ?? ""
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = try part(path) else { throw ReadError(description: "the sheet \(sheet["name"] ?? "") is missing (\(path))") }
            return Sheet(name: sheet["name"] ?? "", rows: try SheetCells.parse(xml, shared: shared, sheet: sheet["name"] ?? path))
        }
    }

    /// A workbook of one sheet holding `rows`: figures as numbers, the rest as text, inline or (`sharedStrings`, as Excel
    /// writes them) in a table of shared strings. The same rows give the same bytes.
    public static func workbook(sheet name: String, rows: [[String]], sharedStrings: Bool = false) throws -> Data {
        try workbook([Sheet(name: name, rows: rows)], sharedStrings: sharedStrings)
    }

    /// A workbook of `sheets`, in order, written as ``workbook(sheet:rows:sharedStrings:)`` writes one.
    public static func workbook(_ sheets: [Sheet], sharedStrings: Bool = false) throws -> Data {
        let strings = sharedStrings ? Array(Set(sheets.flatMap(\.rows).joined().filter { !$0.isEmpty && !isNumber($0) })).sorted() : []
        let archive = try Archive(data: Data(), accessMode: .create)
        let numbers = sheets.indices.map { $0 + 1 }
        let parts: [(String, String)] = [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                \(numbers.map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                </Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """),
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets>\(zip(sheets, numbers).map { "<sheet name=\"\(escape($0.name))\" sheetId=\"\($1)\" r:id=\"rId\($1)\"/>" }.joined())</sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                \(numbers.map { "<Relationship Id=\"rId\($0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>" }.joined())\
                <Relationship Id="rId\(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                </Relationships>
                """),
        ] + zip(sheets, numbers).map { ("xl/worksheets/sheet\($1).xml", sheetXML($0.rows, strings: strings)) } + [
            ("xl/sharedStrings.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(strings.count)" uniqueCount="\(strings.count)">\
                \(strings.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined())</sst>
                """),
        ]
        let date = Date(timeIntervalSince1970: 1_577_836_800)  // fixed, so the same rows give the same bytes
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    static func sheetXML(_ rows: [[String]], strings: [String]) -> String {
        let index = Dictionary(uniqueKeysWithValues: strings.enumerated().map { ($0.element, $0.offset) })
        let body = rows.enumerated().map { r, row in
            let cells = row.enumerated().compactMap { c, value -> String? in
                guard !value.isEmpty else { return nil }
                let ref = columnName(c) + "\(r + 1)"
                if isNumber(value) { return "<c r=\"\(ref)\"><v>\(value)</v></c>" }
                if let shared = index[value] { return "<c r=\"\(ref)\" t=\"s\"><v>\(shared)</v></c>" }
                return "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(value))</t></is></c>"
            }
            return "<row r=\"\(r + 1)\">" + cells.joined() + "</row>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(body)</sheetData></worksheet>
            """
    }

    /// Whether `text` is written as a number cell: an optional minus, digits, and at most one decimal point.
    static func isNumber(_ text: String) -> Bool {
        text.range(of: "^-?[0-9]+(\\.[0-9]+)?$", options: .regularExpression) != nil && !(text.hasPrefix("0") && text.count > 1 && !text.hasPrefix("0."))
    }

    /// "A" for 0, "Z" for 25, "AA" for 26.
    static func columnName(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            let letter = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + letter))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// The column index of a cell reference: 0 for "A7", 27 for "AB3"; nil for a reference that is not one (no letters,
    /// or more than three: beyond any sheet's last column, XFD).
    static func columnIndex(_ reference: String) -> Int? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }.uppercased()
        guard (1...3).contains(letters.count) else { return nil }
        return letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }

    /// `text` as XML character data: markup escaped, and control characters XML cannot hold (all but tab, line feed and
    /// carriage return) written as U+FFFD, so that a stray byte in a narrative cannot make the workbook unreadable.
    static func escape(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) ? "\u{FFFD}" : $0 }))
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
