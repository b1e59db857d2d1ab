import Foundation
import S75TestSupport
import Testing

/// `s75 return` as a finance officer runs it: refused until the month is final, then the same bytes every time; the
/// workbook read back by openpyxl (an independent reader) with each sheet's totals added again; bad requests refused
/// with one line and nothing written.
@Suite("s75 return")
struct ReturnCommandTests {
    /// A Northmoor file with December closed.
    func closedFile() throws -> (folder: String, file: String) {
        let folder = try temporaryFolder()
        let file = folder + "/northmoor.s75"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["close", file, "--period", "2025-12"]).status == 0)
        return (folder, file)
    }

    @Test("a month not closed is refused without --allow-draft and nothing is written; with it, DRAFT heads every table")
    func draft() throws {
        let folder = try temporaryFolder()
        let file = folder + "/northmoor.s75"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"]).status == 0)
        let refused = try Shell.run(Tmux.binary, ["return", file, "--kind", "quarterly", "--output", folder + "/q3.md"])
        #expect(refused.status == 1)
        #expect(refused.error == "s75: the quarterly return for Dec 2025 is not final: Dec 2025 is not closed. Close the month with every "
                + "return in, or give --allow-draft to write it marked DRAFT; nothing written.\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/q3.md"))
        let draft = try Shell.run(Tmux.binary, ["return", file, "--kind", "quarterly", "--allow-draft"]).output
        #expect(draft.hasPrefix("**DRAFT: Dec 2025 is not closed.**\n"))
        let headings = draft.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.count == 6 && headings.allSatisfy { $0.hasPrefix("## DRAFT — ") }, "\(headings)")
    }

    @Test("the workbook is the same bytes twice, and openpyxl reads a sheet per table whose parts add up to their totals")
    func workbook() throws {
        let (folder, file) = try closedFile()
        let first = folder + "/q3.xlsx", second = folder + "/q3-again.xlsx"
        for path in [first, second] {
            let made = try Shell.run(Tmux.binary, ["return", file, "--kind", "quarterly", "--format", "xlsx", "--output", path])
            #expect(made.status == 0, "\(made.error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
        let script = """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            print(",".join(book.sheetnames))
            print(book["Cover"]["A1"].value)
            def total(sheet, column):
                rows = [r for r in book[sheet].iter_rows(min_row=5, values_only=True) if r and r[0] is not None]
                header = [c.value for c in book[sheet][4]]
                i = header.index(column)
                body = [r for r in rows if r[i] is not None]
                return "%.2f %.2f" % (sum(r[i] for r in body[:-1]), body[-1][i])
            print(total("contributions", "For the year"))
            lead = [r for r in book["by-lead-commissioner"].iter_rows(min_row=5, values_only=True) if r and r[0]]
            print("%.2f %.2f %.2f %.2f" % (sum(r[1] for r in lead[:3]), lead[5][1], sum(r[3] for r in lead[:3]), lead[5][3]))
            """
        let read = try Shell.run("/usr/bin/python3", ["-c", script, first])
        guard read.status == 0 else {
            Issue.record("openpyxl could not read the workbook (apt-get install python3-openpyxl): \(read.error)")
            return
        }
        let lines = read.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Cover,contributions,scheme-lines,by-lead-commissioner,partners,year-end,metrics")
        #expect(lines[1].hasPrefix("FINAL: Dec 2025 is closed "))
        #expect(lines[2] == "45700000.00 45700000.00", "\(lines[2])")
        #expect(lines[3] == "45700000.00 45700000.00 33155000.00 33155000.00", "\(lines[3])")
    }

    @Test("Markdown, CSV and JSON are the same bytes every time; a CSV table is chosen by name and its status comes first")
    func reproducible() throws {
        let (_, file) = try closedFile()
        for format in ["markdown", "json", "csv"] {
            let arguments = ["return", file, "--kind", "reg9", "--format", format]
            #expect(try Shell.run(Tmux.binary, arguments).output == Shell.run(Tmux.binary, arguments).output, "\(format)")
        }
        let csv = try Shell.run(Tmux.binary, ["return", file, "--kind", "quarterly", "--format", "csv", "--table", "by-lead-commissioner"]).output
        #expect(csv.hasPrefix("\"FINAL: Dec 2025 is closed "))
        #expect(csv.split(separator: "\r\n")[1].hasPrefix("Lead commissioner,Budget (£),YTD budget (£)"))
    }

    @Test("bad requests: a kind that does not exist, a month it is not made for, an unknown table, a file in the way, an unwritable folder")
    func refusals() throws {
        let (folder, file) = try closedFile()
        let kind = try Shell.run(Tmux.binary, ["return", file, "--kind", "monthly"])
        #expect(kind.status != 0 && kind.error.contains("monthly"))
        let month = try Shell.run(Tmux.binary, ["return", file, "--kind", "annual"])
        #expect(month.status == 1)
        #expect(month.error == "s75: the annual return is made for the year's end, month 12 (2026-03); nothing written.\n")
        let table = try Shell.run(Tmux.binary, ["return", file, "--kind", "reg9", "--format", "csv", "--table", "pool"])
        #expect(table.error == "s75: the reg9 return has no table pool: it has nhs-functions; nothing written.\n")
        let existing = folder + "/keep.md"
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: existing))
        let kept = try Shell.run(Tmux.binary, ["return", file, "--kind", "quarterly", "--output", existing])
        #expect(kept.status == 1 && kept.error == "s75: \(existing) exists: give --force to replace it; nothing written.\n")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "mine\n")
        #expect(try Shell.run(Tmux.binary, ["return", file, "--kind", "quarterly", "--output", existing, "--force"]).status == 0)
        #expect(try String(contentsOfFile: existing, encoding: .utf8).hasPrefix("**FINAL: "))
        let nowhere = try Shell.run(Tmux.binary, ["return", file, "--kind", "quarterly", "--output", folder + "/no/such/folder/q.md"])
        #expect(nowhere.status == 1 && nowhere.error.contains("Check the folder exists and you may write to it."), "\(nowhere.error)")
        let sheetOut = try Shell.run(Tmux.binary, ["return", file, "--kind", "quarterly", "--format", "xlsx"])
        #expect(sheetOut.status != 0 && sheetOut.error.contains("--format xlsx writes a workbook: give --output RETURN.xlsx."))
    }

    @Test("settlement payments: made from the agreed year-end, invoiced, OVERDUE in check, paid and kept; listed in the annual return")
    func settlement() throws {
        let (folder, file) = try closedFile()
        let made = try Shell.run(Tmux.binary, ["settle", file, "--generate", "--due", "2026-05-20"])
        #expect(made.output == "SP1: ICB pays LA £393,600, due 20 May 2026.\n", "\(made.error)")
        #expect(try Shell.run(Tmux.binary, ["settle", file, "--generate"]).status == 1)
        #expect(try Shell.run(Tmux.binary, ["settle", file, "--payment", "SP1", "--invoice", "INV-2026-0042"]).status == 0)
        let check = try Shell.run(Tmux.binary, ["check", file]).output
        #expect(check.contains("warning: settlement SP1: ICB pays LA £393,600 (invoice INV-2026-0042) was due 20 May 2026 and is not paid: OVERDUE"))
        #expect(try Shell.run(Tmux.binary, ["settle", file, "--payment", "SP1", "--paid", "2026-05-18"]).output
                == "SP1: ICB pays LA £393,600, due 20 May 2026, invoice INV-2026-0042, paid 18 May 2026.\n")
        #expect(!(try Shell.run(Tmux.binary, ["check", file]).output.contains("settlement SP1")))
        let entered = try Shell.run(Tmux.binary, ["settle", file, "--add", "--from", "LA", "--to", "ICB", "--amount", "1,000", "--due", "2026-06-30"])
        #expect(entered.output == "SP2: LA pays ICB £1,000, due 30 Jun 2026.\n", "\(entered.error)")
        let same = try Shell.run(Tmux.binary, ["settle", file, "--add", "--from", "LA", "--to", "LA", "--amount", "5"])
        #expect(same.status == 1 && same.error.contains("a payment is from one partner to another"), "\(same.error)")

        let annual = try Shell.run(Tmux.binary, ["return", file, "--kind", "annual", "--period", "2026-03", "--allow-draft", "--format", "csv",
                                                 "--table", "settlement-payments"]).output
        let rows = annual.split(separator: "\r\n").map(String.init)
        #expect(rows[1] == "Payment,From,To,Amount (£),Due,Invoice,Paid")
        #expect(rows[2] == "SP1,ICB,LA,393600.00,2026-05-20,INV-2026-0042,2026-05-18")
        #expect(rows[3].hasPrefix("SP2,LA,ICB,1000.00,2026-06-30,—,"))
        #expect(rows[4] == "Total,,,394600.00,,,")

        // kept through the document, and a paid payment is not changed by an edit
        let json = folder + "/northmoor.json", copy = folder + "/copy.s75"
        #expect(try Shell.run(Tmux.binary, ["export", file, "--output", json]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["import", json, copy]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["settle", copy]).output.contains("SP1  2025-26  ICB pays LA £393,600, due 20 May 2026, invoice INV-2026-0042, paid 18 May 2026"))
        let again = try Shell.run(Tmux.binary, ["settle", copy, "--payment", "SP1", "--invoice", "INV-OTHER"])
        #expect(again.status == 1 && again.error.contains("SP1 (ICB pays LA £393,600) was paid on 18 May 2026 and is kept"), "\(again.error)")
    }
}
