import Foundation
import S75TestSupport
import Testing

/// A pooled fund manager's month, by keys alone, in a real terminal: import a generated year (progress on the terminal), map the unmapped cost
/// centres from the suspense, take the ledger's actuals into December's returns, drill from S03 to its invoices, and
/// sort, filter and search them.
@Suite("The ledger in tmux", .serialized)
struct SpendTests {
    func s75(_ arguments: String...) throws -> Shell.Result { try Shell.run(Tmux.binary, arguments) }

    @Test("import, map the suspense, reconcile December, drill from S03, sort, filter, search; every change in the audit trail")
    func month() throws {
        guard Tmux.available() else { return }
        let folder = try temporaryFolder()
        let generated = try generateLedger(folder + "/gl.csv", "--rows", "20000", "--rules", folder + "/rules.toml")
        #expect(generated.status == 0, "\(generated.error)")
        let file = folder + "/n.s75"
        #expect(try s75("new", file, "--sample", "northmoor").status == 0)
        let importing = try Tmux("\(Tmux.binary) ledger import \(file) \(folder)/gl.csv", columns: 120, rows: 10)
        let imported = try importing.waitFor("exit=0")
        #expect(imported.contains("Import 1 (LA): read 20000 rows; imported 20000 (£"), "\(imported)")
        #expect(!imported.contains("rows/s"))  // the progress line is cleared once the summary is written
        let rules = try s75("ledger", "rules", file, folder + "/rules.toml")
        #expect(rules.output.hasPrefix("64 rules loaded"), "\(rules.output)\(rules.error)")
        let suspense = try s75("ledger", "suspense", file).output
        #expect(["NC49000", "NC49001", "NC49002", "NC49003"].allSatisfy(suspense.contains))

        let t = try Tmux("\(Tmux.binary) open \(file) --pane mapping", columns: 120, rows: 40)
        try t.waitFor("Mapping — 20,000 transactions")
        for _ in 0..<4 {  // each unallocated cost centre goes to the programme office line
            try t.send("G")
            try t.send("Enter")
            try t.waitFor("New ledger rule")
            try t.type("S12")
            try t.send("Enter")
            try t.waitFor("Saved: ")
        }
        try t.send("G")
        try t.waitFor("Nothing in suspense")
        #expect(try s75("ledger", "suspense", file).output.hasPrefix("Nothing in suspense"))
        try t.send("T")
        try t.waitFor("Take the ledger's actuals into Dec 2025's returns")
        try t.send("y")
        try t.waitFor("Saved: ledger actuals taken into Dec 2025's returns")
        try t.send("g")
        try t.waitFor("all agree")

        try t.send("2")
        for _ in 0..<8 { try t.send("j") }
        try t.waitFor("S03 Long-term home care packages")
        try t.send("t")
        let drilled = try t.waitFor("Spend — line S03:")
        #expect(drilled.contains("by date ↑"))
        try t.send(":")
        try t.type("sort amount desc")
        try t.send("Enter")
        try t.waitFor("by amount ↓")
        try t.send(":")
        try t.type("filter line=S03 supplier=care")
        try t.send("Enter")
        try t.waitFor("line S03 · supplier ~ care:")
        try t.send("/")
        try t.type("Accrual")
        try t.send("Enter")
        let found = try t.waitFor("text ~ Accrual")
        #expect(found.contains("ACR"))
        #expect(!found.contains("INV0"))
        try t.send("q")
        try t.waitFor("exit=0")

        let reconcile = try s75("ledger", "reconcile", file, "--period", "2025-12")
        #expect(reconcile.status == 0, "\(reconcile.output)")
        let log = try s75("log", file).output
        #expect(log.contains("ledger rule") && log.contains("actualToDate"))
    }

    @Test("a session indexes the ledger for search on the other core, and another session's import after it; an invoice's number then reads only its rows")
    func searchIndex() throws {
        guard Tmux.available() else { return }
        let folder = try temporaryFolder()
        #expect(try generateLedger(folder + "/year.csv", "--rows", "30000").status == 0)
        #expect(try generateLedger(folder + "/month.csv", "--rows", "3000", "--seed", "76", "--start", "2026-03-01", "--days", "31").status == 0)
        let file = folder + "/n.s75"
        #expect(try s75("new", file, "--sample", "northmoor").status == 0)
        #expect(try s75("ledger", "import", file, folder + "/year.csv").status == 0)
        #expect(try indexed(file) == (0, 30_000), "an import leaves the index to the sessions")

        let t = try Tmux("\(Tmux.binary) open \(file) --pane spend", columns: 120, rows: 40)
        try t.waitFor("all transactions: 30,000 rows")
        try waitUntil { try indexed(file) == (30_000, 30_000) }
        #expect(try s75("ledger", "import", file, folder + "/month.csv").status == 0)
        try waitUntil { try indexed(file) == (33_000, 33_000) }
        try t.send(":")
        try t.type("filter text=inv0012345")
        try t.send("Enter")
        let found = try t.waitFor("text ~ inv0012345: 1 row")
        #expect(found.contains("INV0012345"))
        try t.send("q")
        try t.waitFor("exit=0")
    }

    @Test("s75 ledger index brings the search index up to date at once; a file it may not write is left as it is, and says so")
    func indexCommand() throws {
        let folder = try temporaryFolder()
        #expect(try generateLedger(folder + "/year.csv", "--rows", "5000").status == 0)
        let file = folder + "/n.s75"
        #expect(try s75("new", file, "--sample", "northmoor").status == 0)
        #expect(try s75("ledger", "import", file, folder + "/year.csv").status == 0)
        chmod(file, 0o444)
        let refused = try s75("ledger", "index", file)
        chmod(file, 0o644)
        #expect(refused.status == 1 && refused.error.contains("cannot be written (the file is read-only): its search index is left as it is."),
                "\(refused.error)")
        #expect(try indexed(file) == (0, 5_000))
        let indexing = try s75("ledger", "index", file)
        #expect(indexing.status == 0 && indexing.output.hasPrefix("The search index of \(file) covers every transaction ("), "\(indexing.output)")
        #expect(try indexed(file) == (5_000, 5_000))
        #expect(try s75("ledger", "index", file).status == 0)
    }

    /// The last transaction the file's search index covers, and the last transaction.
    func indexed(_ file: String) throws -> (Int, Int) {
        let result = try Shell.run("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            print(*c.execute("SELECT (SELECT indexedThrough FROM ledgerSearchState), (SELECT max(id) FROM ledgerTransaction)").fetchone())
            """, file])
        let figures = result.output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return (figures.first ?? -1, figures.last ?? -1)
    }

    /// Waits up to 20 seconds for `done`.
    func waitUntil(_ done: () throws -> Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(20)
        while try !done() {
            guard Date() < deadline else { Issue.record("not done in 20 s", sourceLocation: sourceLocation); return }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }
}
