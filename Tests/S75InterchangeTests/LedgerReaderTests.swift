import Foundation
import S75Documents
import S75Domain
import S75Interchange
import Testing

/// Reading general-ledger exports: quoting, encodings, amounts and dates as finance systems write them, bad rows.
@Suite("Ledger reader")
struct LedgerReaderTests {
    static let header = "posting_date,period,cost_centre,cost_centre_name,account,account_name,supplier,description,document,amount"

    func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("s75-ledger-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func records(_ text: String, prefix: [UInt8] = []) throws -> [LedgerReader.Record] {
        let reader = try LedgerReader(path: try file(prefix + Array(text.utf8)))
        var all: [LedgerReader.Record] = []
        while let record = try reader.next() { all.append(record) }
        return all
    }

    @Test("amounts: plain, with £ and commas, brackets, CR and minus for credits; anything else is refused", arguments: [
        ("1234.56", 123_456), ("£1,234.56", 123_456), ("(12.00)", -1_200), ("12.00CR", -1_200), ("-0.5", -50), ("7", 700),
        ("20.00-", -2_000), ("1,234.56 -", -123_456), ("12.00DR", 1_200), ("12.00 dr", 1_200), ("-", nil), ("--5", nil),
        (" £ 3.10 ", 310), ("1.234", nil), ("12,34.5x", nil), ("", nil), ("CR", nil),
    ] as [(String, Int64?)])
    func amounts(text: String, pence: Int64?) {
        #expect(LedgerText.amount(text)?.pence == pence)
    }

    @Test("dates: ISO and UK day/month/year; impossible dates are refused")
    func dates() {
        #expect(LedgerText.date("2025-08-07") == DateOnly(year: 2025, month: 8, day: 7))
        #expect(LedgerText.date("07/08/2025") == DateOnly(year: 2025, month: 8, day: 7))
        #expect(LedgerText.date("2025-08-07T00:00:00") == DateOnly(year: 2025, month: 8, day: 7))
        #expect(LedgerText.date("31/02/2025") == nil)
        #expect(LedgerText.date("Aug 7") == nil)
    }

    @Test("quoted fields keep commas, doubled quotes and line breaks; CRLF and a byte-order mark are read; lines count from the file")
    func quoting() throws {
        let text = Self.header + "\r\n"
            + "2025-08-07,2025-08,NC1,\"Centre, north\",5101,Staff,\"Care \"\"Plus\"\" Ltd\",\"two\nlines\",INV1,\"£1,000.00\"\r\n"
            + "2025-08-08,,NC2,,5101,,,,INV2,5.00\r\n"
        let all = try records(text, prefix: [0xEF, 0xBB, 0xBF])
        guard case .row(let line, let first)? = all.first, case .row(let second, let row2)? = all.last else { Issue.record("\(all)"); return }
        #expect(line == 2 && second == 4, "the second row starts on line 4: the first spans two")
        #expect(first.costCentreName == "Centre, north")
        #expect(first.supplier == "Care \"Plus\" Ltd")
        #expect(first.description == "two\nlines")
        #expect(first.amount == .pounds(1_000))
        #expect(row2.period == Period(year: 2025, month: 8), "a blank period is the posting date's month")
    }

    @Test("Windows-1252 bytes (é as 0xE9, £ as 0xA3) are read as such; UTF-8 stays UTF-8")
    func encodings() throws {
        let row: [UInt8] = Array("2025-08-07,2025-08,NC1,".utf8) + [0x43, 0x61, 0x66, 0xE9] + Array(",5101,,,,INV1,".utf8) + [0xA3] + Array("12.00\n".utf8)
        let reader = try LedgerReader(path: try file(Array((Self.header + "\n").utf8) + row))
        guard case .row(_, let read)? = try reader.next() else { Issue.record("not read"); return }
        #expect(read.costCentreName == "Café")
        #expect(read.amount == .pounds(12))
        let utf8 = try records(Self.header + "\n2025-08-07,2025-08,NC1,Café – ✓,5101,,,,INV1,1\n")
        guard case .row(_, let same)? = utf8.first else { Issue.record("not read"); return }
        #expect(same.costCentreName == "Café – ✓")
    }

    @Test("a bad row is refused with its line and why; the rows round it are read", arguments: [
        ("2025-13-07,,NC1,,5101,,,,INV1,1", "posting date \"2025-13-07\" is not a date (2025-08-07 or 07/08/2025)"),
        ("2025-08-07,,NC1,,5101,,,,INV1,lots", "amount \"lots\" is not pounds and pence (1,234.56, (12.00), 12.00CR or 12.00-)"),
        ("2025-08-07,,NC1,,5101,,,INV1,1", "9 columns where the header has 10"),
        ("2025-08-07,Aug,NC1,,5101,,,,INV1,1", "period \"Aug\" is not a period (2025-08, 05 or P05 for August, AUG-25)"),
        ("2025-08-07,2025-09,NC1,,5101,,,,INV1,1", "period \"2025-09\" (Sep 2025) and posting date 2025-08-07 disagree"),
        ("2025-08-07,,,,5101,,,,INV1,1", "no cost centre"),
    ])
    func badRow(row: String, reason: String) throws {
        let good = "2025-08-07,,NC1,,5101,,,,INV9,1"
        let all = try records([Self.header, good, row, good].joined(separator: "\n") + "\n")
        #expect(all.count == 3)
        guard case .rejected(let line, let why, _) = all[1] else { Issue.record("not refused: \(all[1])"); return }
        #expect(line == 3)
        #expect(why == reason)
    }

    /// The agreement's year 2025-26: period 01 is April 2025, 05 August 2025, 12 March 2026.
    static let year = FinancialYear(startYear: 2025)

    @Test("periods as finance systems write them: YYYY-MM, the financial period number, P01, MON-YY", arguments: [
        ("2025-08", 2025, 8), ("2025/08", 2025, 8), ("05", 2025, 8), ("5", 2025, 8), ("P05", 2025, 8), ("p5", 2025, 8),
        ("01", 2025, 4), ("P12", 2026, 3), ("MAY-25", 2025, 5), ("May-2025", 2025, 5), ("JAN-26", 2026, 1),
    ])
    func periods(text: String, year: Int, month: Int) {
        #expect(LedgerText.period(text, in: Self.year) == Period(year: year, month: month))
    }

    @Test("a period number needs the year; 13, P00 and other text are not periods")
    func notPeriods() {
        #expect(LedgerText.period("05", in: nil) == nil)
        for text in ["13", "P00", "P13", "0", "Aug", "MAY-2", "202505"] { #expect(LedgerText.period(text, in: Self.year) == nil, "\(text)") }
    }

    @Test("where the column map says, YYYYPP and YYYY/PP are a financial year and its period: 202505 is August 2025")
    func yearPeriodForms() throws {
        #expect(LedgerText.period("202505", in: nil, form: .yearPeriod) == Period(year: 2025, month: 8))
        #expect(LedgerText.period("2025/12", in: nil, form: .yearSlashPeriod) == Period(year: 2026, month: 3))
        #expect(LedgerText.period("2025-08", in: nil, form: .yearPeriod) == nil)
        let map = try LedgerColumns.map(toml: "[formats]\nperiod = \"YYYYPP\"\n", file: "sap.toml")
        #expect(map.periodForm == .yearPeriod)
        #expect(throws: InterchangeError(path: "sap.toml: formats.period", "expected one of \"any\", \"YYYYPP\", \"YYYY/PP\"")) {
            _ = try LedgerColumns.map(toml: "[formats]\nperiod = \"PP/YYYY\"\n", file: "sap.toml")
        }
    }

    @Test("a council's year of period numbers is read in the agreement's year and checked against each posting date")
    func periodNumbers() throws {
        let text = Self.header + "\n2025-04-30,01,NC1,,5101,,,,INV1,10.00\n2025-05-02,P02,NC1,,5101,,,,INV2,20.00-\n"
            + "2025-05-02,01,NC1,,5101,,,,INV3,1\n"
        let reader = try LedgerReader(path: try file(Array(text.utf8)), year: Self.year)
        var all: [LedgerReader.Record] = []
        while let record = try reader.next() { all.append(record) }
        guard case .row(_, let april) = all[0], case .row(_, let may) = all[1], case .rejected(_, let why, _) = all[2] else {
            Issue.record("\(all)"); return
        }
        #expect(april.period == Period(year: 2025, month: 4))
        #expect((may.period, may.amount) == (Period(year: 2025, month: 5), Money(pence: -2_000)))
        #expect(why == "period \"01\" (Apr 2025) and posting date 2025-05-02 disagree")
    }

    @Test("separate debit and credit columns, named in the column map: the amount is debit less credit")
    func debitCredit() throws {
        let map = try LedgerColumns.map(toml: "[columns]\ndebit = \"Dr\"\ncredit = \"Cr\"\n", file: "dc.toml")
        let text = "posting_date,cost_centre,account,Dr,Cr\n2025-08-07,NC1,5101,100.00,\n2025-08-07,NC1,5101,,25.50\n2025-08-07,NC1,5101,,\n"
            + "2025-08-07,NC1,5101,x,\n"
        let reader = try LedgerReader(path: try file(Array(text.utf8)), columns: map)
        var all: [LedgerReader.Record] = []
        while let record = try reader.next() { all.append(record) }
        guard case .row(_, let debit) = all[0], case .row(_, let credit) = all[1], case .rejected(_, let neither, _) = all[2],
              case .rejected(_, let bad, _) = all[3] else { Issue.record("\(all)"); return }
        #expect(debit.amount == .pounds(100))
        #expect(credit.amount == Money(pence: -2_550))
        #expect(neither == "neither a debit nor a credit")
        #expect(bad == "debit \"x\" is not pounds and pence (1,234.56, (12.00), 12.00CR or 12.00-)")
        #expect(throws: InterchangeError(path: "line 1", "no column \"amount\", nor \"Dr\" and \"Cr\" columns (the header has posting_date, cost_centre, account, Dr)")) {
            _ = try LedgerReader(path: try file(Array("posting_date,cost_centre,account,Dr\n".utf8)), columns: map)
        }
    }

    @Test("an empty file, a header with a column twice, and a folder are refused in words")
    func badFiles() throws {
        #expect(throws: InterchangeError(path: "line 1", "there is no header: a ledger export starts with a line of column names "
                                         + "(posting_date, cost_centre, account, amount …), and this file is empty or starts blank")) {
            _ = try LedgerReader(path: try file([]))
        }
        #expect(throws: InterchangeError(path: "line 1", "the header has \"Amount\" twice (columns 4 and 5): which is meant cannot be told")) {
            _ = try LedgerReader(path: try file(Array("posting_date,cost_centre,account,amount,Amount\n".utf8)))
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: InterchangeError(path: folder, "is a folder, not a CSV file: give the path of the export itself")) {
            _ = try LedgerReader(path: folder)
        }
    }

    @Test("a hostile field is quoted cut to 60 characters with its size, never whole")
    func longValueQuoted() throws {
        let period = String(repeating: "x", count: 100_000)
        let all = try records(Self.header + "\n2025-08-07,\(period),NC1,,5101,,,,INV1,1\n")
        guard case .rejected(_, let why, _)? = all.first else { Issue.record("not refused"); return }
        #expect(why == "period \"" + String(repeating: "x", count: 60) + "…\" (100,000 bytes) is not a period (2025-08, 05 or P05 for August, AUG-25)")
    }

    @Test("a TOML map names other headers; a required column missing is named with the header there is")
    func columns() throws {
        let map = try LedgerColumns.map(toml: "[columns]\nposting_date = \"GL Date\"\namount = \"Net (£)\"\n", file: "oracle.toml")
        let path = try file(Array("GL Date,Cost Centre,Account,Net (£)\n2025-08-07,NC1,5101,2.50\n".utf8))
        let reader = try LedgerReader(path: path, columns: map)
        guard case .row(_, let row)? = try reader.next() else { Issue.record("not read"); return }
        #expect(row.amount == Money(pence: 250))
        #expect(throws: InterchangeError(path: "line 1", "no column \"posting_date\" (the header has GL Date, Cost Centre, Account, Net (£))"),
                "Cost Centre is cost_centre; GL Date needs the map") {
            _ = try LedgerReader(path: path)
        }
    }

    @Test("3 MB of random records, quoted as RFC 4180 writes them, read back field for field across the reader's 1 MiB chunks")
    func randomRecords() throws {
        var random = SystemRandomNumberGenerator()
        let pieces = ["a", "Café", "£12", ",", "\"", "\n", "\r\n", " ", "NC41", "é", "x\"y", "", "1,234.56"]
        var records: [[String]] = []
        var bytes: [UInt8] = []
        while bytes.count < 3_000_000 {
            let record = (0..<Int.random(in: 1...12, using: &random)).map { _ in
                (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            }
            // an empty record would read as one empty field
            let fields = record == [""] ? ["a"] : record
            records.append(fields)
            let quoted = fields.map { field in
                field.utf8.contains(where: { Array(",\"\n\r".utf8).contains($0) }) || (Bool.random(using: &random) && !field.isEmpty)
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }
            bytes += Array((quoted.joined(separator: ",") + (Bool.random(using: &random) ? "\r\n" : "\n")).utf8)
        }
        let csv = try CSVRecords(path: try file(bytes))
        var read: [[String]] = []
        while let fields = try csv.next() { read.append(fields) }
        #expect(read.count == records.count)
        let first = records.indices.first { $0 >= read.count || read[$0] != records[$0] }
        #expect(first == nil, "record \(first ?? 0): \(first.map { $0 < read.count ? read[$0] : [] } ?? []) where \(first.map { records[$0] } ?? []) was written")
    }

    @Test("each column's place is its place among all the columns")
    func places() {
        #expect(LedgerColumns.Field.allCases.map(\.place) == Array(0..<LedgerColumns.Field.allCases.count))
    }
}
