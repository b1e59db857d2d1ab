import Foundation
import S75TestSupport
import Testing

/// Small files written to take a reader's memory or time: each is refused in words, with the agreement untouched, and
/// the process runs under a cap on its address space (`ulimit -v`) and its peak resident memory stays small (measured
/// by /usr/bin/time, which .ci/run installs).
@Suite("Hostile input, end to end")
struct HostileInputTests {
    /// The cap on the address space of each run, in KiB: s75 itself needs about 150 MiB of it, so a reader that held
    /// a bomb, a sparse row or an endless header in memory would fail to allocate and not exit with its message.
    static let addressSpaceCap = 400 << 10

    /// Runs s75 under `ulimit -v` and /usr/bin/time: its result, and its peak resident memory in MiB.
    func measured(_ arguments: [String]) throws -> (Shell.Result, Int) {
        let folder = try temporaryFolder()
        let capped = ["-c", "ulimit -v \(Self.addressSpaceCap) && exec \"$@\"", "capped"]
        let result = try Shell.run("/bin/bash", capped + ["/usr/bin/time", "-f", "%M", "-o", folder + "/peak", Tmux.binary] + arguments)
        let peak = Int((try String(contentsOfFile: folder + "/peak", encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)
                       .split(separator: "\n").last ?? "") ?? Int.max
        return (result, peak / 1024)
    }

    func zip(_ parts: [String: String], to path: String) throws {
        let spec = path + ".json"
        try JSONSerialization.data(withJSONObject: parts).write(to: URL(fileURLWithPath: spec))
        let made = try Shell.run("/usr/bin/env", ["python3", "-c", """
            import json, sys, zipfile
            with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
                for name, text in json.load(open(sys.argv[1])).items():
                    z.writestr(name, text)
            """, spec, path])
        #expect(made.status == 0, "\(made.error)")
    }

    func book(sheet: String, to path: String) throws {
        try zip(["xl/workbook.xml": "<workbook xmlns:r=\"r\"><sheets><sheet name=\"Plan\" r:id=\"rId1\"/></sheets></workbook>",
                 "xl/_rels/workbook.xml.rels": "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                 "xl/worksheets/sheet1.xml": sheet], to: path)
    }

    @Test("a zip bomb, a row 50,000,000, a long column and a cut sheet: refused in words, under 100 MiB, the file untouched")
    func workbooks() throws {
        let folder = try temporaryFolder()
        let file = folder + "/n.s75"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let cases: [(String, String, String)] = [
            ("bomb", "<worksheet><sheetData>" + String(repeating: " ", count: 100 << 20) + "</sheetData></worksheet>", "inflates to more than 64 MiB"),
            ("far", "<worksheet><sheetData><row r=\"50000000\"><c r=\"A50000000\"><v>1</v></c></row></sheetData></worksheet>",
             "row 50000000 is beyond the 100000 rows s75 reads"),
            ("column", "<worksheet><sheetData><row r=\"2\"><c r=\"ZZZZZZZZZZZZZZZZZZZZZZ2\"><v>1</v></c></row></sheetData></worksheet>",
             "cell ZZZZZZZZZZZZZZZZZZZZZZ2 is beyond the 256 columns"),
            ("cut", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"", "is not XML to its end"),
        ]
        for (name, sheet, message) in cases {
            try book(sheet: sheet, to: folder + "/\(name).xlsx")
            let (result, peak) = try measured(["import-bcf", folder + "/\(name).xlsx", file])
            #expect(result.status == 1, "\(name)")
            #expect(result.error.contains(message), "\(name): \(result.error)")
            #expect(peak < 100, "\(name): \(peak) MiB")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }

    @Test("a CSV whose header never ends (a sparse 2 GiB file) is refused from its header, in little memory")
    func endlessHeader() throws {
        let folder = try temporaryFolder()
        let file = folder + "/n.s75"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"]).status == 0)
        let sparse = folder + "/sparse.csv"
        #expect(FileManager.default.createFile(atPath: sparse, contents: nil))
        #expect(truncate(sparse, 2 << 30) == 0)
        let (result, peak) = try measured(["ledger", "import", file, sparse])
        #expect(result.status == 1)
        #expect(result.error.contains("a field longer than 65536 bytes"))
        #expect(peak < 100, "\(peak) MiB")
        #expect(result.error.utf8.count < 1_000, "the message does not echo the file")
    }
    @Test("an agreement with every spend at £10^12 against penny budgets: every command and every pane show it, none overflows")
    func figuresAtTheLimit() throws {
        guard Tmux.available() else { return }
        let folder = try temporaryFolder()
        #expect(try Shell.run(Tmux.binary, ["new", folder + "/n.s75", "--sample", "northmoor"]).status == 0)
        var document = try Shell.run(Tmux.binary, ["export", folder + "/n.s75"]).output
        for (keys, pence) in [("actualToDatePence|forecastOutturnPence|valuePence|riskReservePence|reserveCapPence|atRiskPence|amountPence",
                               "100000000000000"), ("budgetPence|budgetToDatePence", "1")] {
            document = document.replacingOccurrences(of: "\"(\(keys))\" : [0-9]+", with: "\"$1\" : \(pence)", options: .regularExpression)
        }
        try Data(document.utf8).write(to: URL(fileURLWithPath: folder + "/big.json"))
        let file = folder + "/big.s75"
        #expect(try Shell.run(Tmux.binary, ["import", folder + "/big.json", file]).status == 0)
        for arguments in [["report", file], ["report", file, "--format", "json"], ["report", file, "--format", "csv", "--table", "contract-payments"],
                          ["check", file], ["minutes", file], ["export-bcf", file]] {
            let result = try Shell.run(Tmux.binary, arguments)
            #expect(result.status == 0 || (arguments[0] == "check" && result.status == 1), "\(arguments): \(result.error.prefix(300))")
        }
        #expect(try Shell.run(Tmux.binary, ["report", file]).output.contains("+£10,999,999,999,999.89"))
        let t = try Tmux("\(Tmux.binary) open \(file)", columns: 160, rows: 40)  // wide enough for the bar beside whole figures
        try t.waitFor("Pool total")
        try t.waitFor("+1,000,000,000  >+999% Red")  // money columns fit the pool's figures; a 10^17 % variance says beyond 999%
        for pane in ["1", "3", "4", "5", "6", "7", "2"] {
            try t.send(pane)
            try t.send("Enter", "Escape")
        }
        try t.waitFor("Red          │███")  // an overspend of 10^17 % is Red and a full bar, once the Budgets table is back
        try t.send("q")
        try t.waitFor("exit=0")
    }
}
