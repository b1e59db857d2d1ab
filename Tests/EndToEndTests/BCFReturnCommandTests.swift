import Foundation
import S75TestSupport
import Testing

/// `s75 bcf-return`: the national template's sheets from the agreement's own figures and answers, read back by openpyxl
/// (an independent reader) with each total added again; the HWB's sign-off on the cover; another layout from TOML.
@Suite("s75 bcf-return")
struct BCFReturnCommandTests {
    /// Reads `book` with openpyxl and prints what `script` prints (`book` is the workbook).
    func read(_ path: String, _ script: String) throws -> [String] {
        let result = try Shell.run("/usr/bin/python3", ["-c", "import sys, openpyxl\nbook = openpyxl.load_workbook(sys.argv[1])\n" + script, path])
        guard result.status == 0 else {
            Issue.record("openpyxl could not read the workbook (apt-get install python3-openpyxl): \(result.error)")
            return []
        }
        return result.output.split(separator: "\n").map(String.init)
    }

    @Test("the Q3 return: every sheet, expenditure and income re-added to the report's pool totals, the answers and the HWB's sign-off")
    func quarter() throws {
        let folder = try temporaryFolder()
        let file = folder + "/northmoor.s75", book = folder + "/q3.xlsx"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"]).status == 0)
        let early = try Shell.run(Tmux.binary, ["bcf-return", file, "--kind", "q3", "--output", book])
        #expect(early.status == 1 && early.error.contains("is not final: Dec 2025 is not closed"))
        #expect(!FileManager.default.fileExists(atPath: book))
        #expect(try Shell.run(Tmux.binary, ["close", file, "--period", "2025-12"]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["sign", file, "--bcf-return", "q3", "--on", "2026-01-14", "--delegated"]).status == 0)
        let made = try Shell.run(Tmux.binary, ["bcf-return", file, "--kind", "q3", "--output", book])
        #expect(made.status == 0, "\(made.error)")
        let lines = try read(book, """
            print("|".join(book.sheetnames))
            cover = {r[0]: r[1] for r in book["Cover"].iter_rows(min_row=2, values_only=True)}
            print(book["Cover"]["A1"].value)
            print(cover["HWB sign-off"]); print(cover["Date signed off"], cover["Signed off under delegated authority"])
            rows = [r for r in book["Expenditure"].iter_rows(min_row=3, values_only=True)]
            lines, pool = [r for r in rows if r[0]], [r for r in rows if r[1] == "Pool total"][0]
            print("%.2f %.2f %.2f %.2f" % (sum(r[3] for r in lines), pool[3], sum(r[4] for r in lines), pool[4]))
            income = [r for r in book["Income"].iter_rows(min_row=3, values_only=True)]
            print("%.2f %.2f" % (sum(r[1] for r in income[:-1]), income[-1][1]))
            print([r[1] for r in book["National Conditions"].iter_rows(min_row=3, values_only=True)])
            """)
        guard lines.count == 7 else { Issue.record("\(lines)"); return }
        #expect(lines[0] == "Cover|National Conditions|Metrics|Income|Expenditure|ASC from NHS minimum")
        #expect(lines[1].hasPrefix("FINAL: Dec 2025 is closed"))
        #expect(lines[2] == "signed off for the Health and Wellbeing Board on 14 Jan 2026 under delegated authority (recorded by root)")
        #expect(lines[3] == "2026-01-14 Yes")
        #expect(lines[4] == "45700000.00 45700000.00 33155000.00 33155000.00")
        #expect(lines[5] == "45700000.00 45700000.00")
        #expect(lines[6] == "['Not answered', 'Not answered', 'Not answered', 'Not answered']")
        let again = folder + "/q3-again.xlsx"
        #expect(try Shell.run(Tmux.binary, ["bcf-return", file, "--kind", "q3", "--output", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: book)) == Data(contentsOf: URL(fileURLWithPath: again)))
        let kept = try Shell.run(Tmux.binary, ["bcf-return", file, "--kind", "q3", "--output", book])
        #expect(kept.status == 1 && kept.error.contains("exists: give --force"))
    }

    @Test("another year's layout is a TOML file: sheets and headings renamed; an unknown key is refused naming it")
    func layout() throws {
        let folder = try temporaryFolder()
        let file = folder + "/northmoor.s75", book = folder + "/eoy.xlsx", toml = folder + "/layout.toml"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"]).status == 0)
        try Data("[sheets]\nexpenditure = \"4. Expenditure\"\n[columns]\nplan = \"Planned Expenditure (£)\"\n".utf8).write(to: URL(fileURLWithPath: toml))
        let made = try Shell.run(Tmux.binary, ["bcf-return", file, "--kind", "end-of-year", "--output", book, "--layout", toml, "--allow-draft"])
        #expect(made.status == 0, "\(made.error)")
        let lines = try read(book, """
            print(book.sheetnames[4]); print(book["4. Expenditure"]["D2"].value); print(book["Cover"]["A1"].value)
            """)
        #expect(lines == ["4. Expenditure", "Planned Expenditure (£)", "DRAFT: Mar 2026 is not closed."])
        try Data("[columns]\nspend = \"x\"\n".utf8).write(to: URL(fileURLWithPath: toml))
        let refused = try Shell.run(Tmux.binary, ["bcf-return", file, "--kind", "q3", "--output", folder + "/x.xlsx", "--layout", toml, "--allow-draft"])
        #expect(refused.status == 1 && refused.error.contains("columns.spend: unknown key (expected one of hwb, return,"), "\(refused.error)")
    }
}
