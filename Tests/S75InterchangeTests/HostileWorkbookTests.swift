import Foundation
import S75Documents
import S75Domain
import S75Interchange
import Testing

/// Workbooks written to break a reader: each is refused whole with what is wrong, quickly and in little memory.
@Suite("Hostile workbooks")
struct HostileWorkbookTests {
    /// A zip of `parts` (path → text), deflated, as a workbook's would be; made by Python's zipfile, not by s75.
    static func zip(_ parts: [String: String]) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("s75-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let spec = folder.appendingPathComponent("parts.json")
        try JSONSerialization.data(withJSONObject: parts).write(to: spec)
        let output = folder.appendingPathComponent("book.xlsx")
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import json, sys, zipfile
            parts = json.load(open(sys.argv[1]))
            with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
                for name, text in parts.items():
                    z.writestr(name, text)
            """, spec.path, output.path]
        try python.run()
        python.waitUntilExit()
        return try Data(contentsOf: output)
    }

    static let workbook = """
        <workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
        <sheet name="Plan" r:id="rId1"/></sheets></workbook>
        """
    static let relations = """
        <Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>
        """

    static func book(sheet: String) throws -> Data {
        try zip(["xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": relations, "xl/worksheets/sheet1.xml": sheet])
    }

    func refusal(_ data: Data) -> String {
        do {
            _ = try XLSX.sheets(data)
            return "read"
        } catch {
            return error.description
        }
    }

    @Test("a cell reference with a very long column is refused, not an overflow")
    func longColumn() throws {
        let data = try Self.book(sheet: "<worksheet><sheetData><row r=\"2\"><c r=\"ZZZZZZZZZZZZZZZZZZZZZZ2\"><v>1</v></c></row></sheetData></worksheet>")
        #expect(refusal(data) == "sheet Plan: cell ZZZZZZZZZZZZZZZZZZZZZZ2 is beyond the 256 columns s75 reads")
    }

    @Test("a row numbered 50,000,000 in a few bytes is refused before anything is built for it")
    func farRow() throws {
        let data = try Self.book(sheet: "<worksheet><sheetData><row r=\"50000000\"><c r=\"A50000000\"><v>1</v></c></row></sheetData></worksheet>")
        #expect(refusal(data) == "sheet Plan: row 50000000 is beyond the 100000 rows s75 reads")
    }

    @Test("a sheet cut short is refused whole, saying where reading stopped")
    func truncated() throws {
        let data = try Self.book(sheet: "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Scheme ID</t></is></c></row><row r=\"2\"><c")
        #expect(refusal(data).hasPrefix("sheet Plan is not XML to its end: reading stopped at line 1"))
    }

    @Test("a part that inflates beyond 64 MiB (a zip bomb) is stopped while inflating")
    func bomb() throws {
        let huge = "<worksheet><sheetData>" + String(repeating: " ", count: 70 << 20) + "</sheetData></worksheet>"
        let data = try Self.book(sheet: huge)
        #expect(data.count < 1 << 20, "the bomb is small: \(data.count) bytes")
        #expect(refusal(data) == "xl/worksheets/sheet1.xml inflates to more than 64 MiB")
    }

    @Test("a file that is not a zip says so in words", arguments: [Data("Scheme ID,Scheme Name\n".utf8), Data([0xD0, 0xCF, 0x11, 0xE0])])
    func notZip(data: Data) {
        #expect(refusal(data) == "it is not an .xlsx workbook: it is not a zip archive (was it saved as .xls or as CSV?)")
    }

    @Test("a sheet spanning more cells than s75 reads is refused")
    func tooManyCells() throws {
        let data = try Self.book(sheet: "<worksheet><sheetData><row r=\"99999\"><c r=\"IV99999\"><v>1</v></c></row></sheetData></worksheet>")
        #expect(refusal(data) == "sheet Plan spans 99999 rows × 256 columns, more than the 1000000 cells s75 reads")
    }
}

/// The range of money: no amount beyond ±£10^12 on any input path.
@Suite("The money range")
struct MoneyRangeTests {
    @Test("typed amounts: £1,000,000,000,000 is the most; a penny more is refused in words")
    func typed() throws {
        #expect(try MoneyInput.parse("£1,000,000,000,000").get() == Money.maximum)
        #expect(throws: EditError("\"1,000,000,000,000.01\" is more than £1,000,000,000,000, the most s75 holds")) {
            try MoneyInput.parse("1,000,000,000,000.01").get()
        }
        #expect(throws: EditError.self) { try MoneyInput.parse("9,223,372,036,854,775,807").get() }
    }

    @Test("a document holding 9223372036854775807 pence is refused with the path and the range")
    func document() throws {
        let text = try AgreementDocument.text(Northmoor.agreement)
            .replacingOccurrences(of: "\"budgetPence\" : 340000000", with: "\"budgetPence\" : 9223372036854775807")
        #expect(throws: InterchangeError.self) { try AgreementDocument.agreement(from: Data(text.utf8)) }
        do {
            _ = try AgreementDocument.agreement(from: Data(text.utf8))
        } catch {
            #expect(error.description.contains("9223372036854775807 pence is more than £1,000,000,000,000"))
        }
    }

    @Test("checked sums stop at the range instead of trapping")
    func checkedSum() {
        #expect(Money.maximum.adding(checked: Money(pence: 1)) == nil)
        #expect(Money(pence: Int64.max).adding(checked: Money(pence: 1)) == nil)
        #expect(Money.maximum.adding(checked: -Money.maximum) == .zero)
    }
}

/// JSON written to break a reader: each refused with where and what, in words.
@Suite("Hostile JSON")
struct HostileJSONTests {
    func message(_ bytes: [UInt8]) -> String {
        do {
            _ = try JSONValue.parse(Data(bytes))
            return "read"
        } catch {
            return error.description
        }
    }

    static let cases: [(String, [UInt8], String)] = [
        ("a key twice", Array("{\"a\": 1,\n \"a\": 2}".utf8),
         "line 2, column 2: not JSON the format can hold: the key \"a\" appears twice in one object: which is meant cannot be told"),
        ("a raw ESC in text", Array("{\"a\": \"x\u{1B}y\"}".utf8),
         "line 1, column 9: not JSON the format can hold: a control character (U+001B) inside text: write it as \\u001b, or leave it out"),
        ("bytes that are not UTF-8", [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D],
         "line 1, column 7: not JSON the format can hold: text that is not UTF-8 (save the document as UTF-8)"),
        ("2^63", Array("{\"a\": 9223372036854775808}".utf8),
         "line 1, column 7: not JSON the format can hold: the whole number 9223372036854775808 is beyond the 64 bits s75 reads"),
        ("a fraction", Array("[1.5]".utf8),
         "line 1, column 3: not JSON the format can hold: a number with a fraction or an exponent: money is whole pence and figures are whole thousandths"),
        ("deep nesting", Array(String(repeating: "[", count: 100).utf8),
         "line 1, column 65: not JSON the format can hold: lists and objects nested more than 64 deep"),
        ("cut short", Array("{\"a\": [1, 2".utf8), "line 1, column 12: not JSON the format can hold: the document ends inside a list"),
    ]

    @Test("refused with line, column and the reason", arguments: cases)
    func refused(name: String, bytes: [UInt8], expected: String) {
        #expect(message(bytes) == expected, "\(name)")
    }

    @Test("escapes, surrogate pairs and a byte-order mark are read as JSON has them")
    func valid() throws {
        let value = try JSONValue.parse(Data([0xEF, 0xBB, 0xBF] + Array("{\"a\": \"\\u001b \\ud83d\\ude00 é\", \"b\": [-0, 12, true, null]}".utf8)))
        #expect(value == .object(["a": .string("\u{1B} 😀 é"), "b": .array([.int(0), .int(12), .bool(true), .null])]))
    }
}
