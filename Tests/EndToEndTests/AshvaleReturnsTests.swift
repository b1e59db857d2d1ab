import Foundation
import S75TestSupport
import Testing

/// The second sample, Ashvale (three partners, a prime provider, personal budgets): every return, its BCF return and a
/// board pack are produced, and each table's parts add up to its total.
@Suite("Ashvale's returns")
struct AshvaleReturnsTests {
    @Test("quarterly, annual, reg9 and accounts-note as JSON: every money column's rows re-add to the total row")
    func returns() throws {
        let folder = try temporaryFolder()
        let file = folder + "/ashvale.s75"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "ashvale"]).status == 0)
        let check = """
            import json, sys
            d = json.load(open(sys.argv[1]))
            checked = 0
            for t in d["tables"]:
                rows, kinds = t["rows"], t["kinds"]
                if t["id"] not in ("contributions", "by-lead-commissioner", "funding", "nhs-functions"): continue
                parts = rows[:-1] if t["id"] in ("contributions", "funding", "nhs-functions") else [r for r in rows if not r[0].endswith("total")]
                total = rows[-1]
                for i, k in enumerate(kinds):
                    if k != "pence" or total[i] is None or any(r[i] is None for r in parts): continue
                    assert sum(r[i] for r in parts) == total[i], (t["id"], i)
                    checked += 1
            print(d["status"].split(":")[0], checked)
            """
        for (kind, period) in [("quarterly", "2025-12"), ("reg9", "2025-12"), ("annual", "2026-03"), ("accounts-note", "2026-03")] {
            let json = try Shell.run(Tmux.binary, ["return", file, "--kind", kind, "--period", period, "--allow-draft", "--format", "json"])
            #expect(json.status == 0, "\(kind): \(json.error)")
            let path = folder + "/\(kind).json"
            try Data(json.output.utf8).write(to: URL(fileURLWithPath: path))
            let added = try Shell.run("/usr/bin/python3", ["-c", check, path])
            #expect(added.status == 0, "\(kind): \(added.error)")
            #expect(added.output.hasPrefix("DRAFT "), "\(kind): \(added.output)")
            if kind == "quarterly" || kind == "accounts-note" { #expect(!added.output.hasSuffix(" 0\n"), "\(kind): nothing was re-added") }
        }
    }

    @Test("the end-of-year BCF return and a board pack are written for Ashvale")
    func bcfAndPack() throws {
        let folder = try temporaryFolder()
        let file = folder + "/ashvale.s75", book = folder + "/eoy.xlsx"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "ashvale"]).status == 0)
        let made = try Shell.run(Tmux.binary, ["bcf-return", file, "--kind", "q3", "--output", book, "--allow-draft"])
        #expect(made.status == 0, "\(made.error)")
        let sums = try Shell.run("/usr/bin/python3", ["-c", """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            rows = [r for r in book["Expenditure"].iter_rows(min_row=3, values_only=True)]
            lines, pool = [r for r in rows if r[0]], [r for r in rows if r[1] == "Pool total"][0]
            print("%.2f %.2f" % (sum(r[3] for r in lines), pool[3]))
            """, book])
        let figures = sums.output.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(figures.count == 2 && figures[0] == figures[1], "\(sums.output) \(sums.error)")
        let json = folder + "/ashvale.json", withMeeting = folder + "/meeting.s75"
        #expect(try Shell.run(Tmux.binary, ["export", file, "--output", json]).status == 0)
        let add = """
            import json, sys
            d = json.load(open(sys.argv[1]))
            d["meetings"].append({"attendance": "", "date": "2026-01-27", "declarations": [], "figures": {}, "minutes": [],
                                  "period": "2025-12", "present": [], "stepReached": "minutes"})
            json.dump(d, open(sys.argv[1], "w"))
            """
        #expect(try Shell.run("/usr/bin/python3", ["-c", add, json]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["import", json, withMeeting]).status == 0)
        let pack = try Shell.run(Tmux.binary, ["pack", withMeeting, "--meeting", "2026-01-27"])
        #expect(pack.status == 0 && pack.output.contains("## Recommendations") && pack.output.contains("This is the board's first meeting recorded."),
                "\(pack.error)")
    }
}
