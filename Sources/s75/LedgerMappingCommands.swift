import ArgumentParser
import Foundation
import S75Documents
import S75Domain
import S75Interchange
import S75Store

/// `s75 ledger rules FILE.s75 RULES.toml`.
struct LedgerRules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Load the rules that map cost centres to lines from a TOML file (audited); every transaction is mapped again at once.",
        discussion: "A rule with the identifier of one already in the file replaces it; others are added. With --replace, rules the "
            + "TOML file does not list are removed. All or nothing: one bad rule and nothing is changed.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Argument(help: "The rules: [[rule]] cost_centre = \"NC41*\", line = \"S03\", accounts = [\"5200\", \"5299\"], supplier = \"…\".",
              completion: .file(extensions: ["toml"]))
    var rules: String

    @Flag(help: "Remove the rules the TOML file does not list.")
    var replace = false

    func run() throws {
        let loaded = try ColumnMapArgument.read(rules) { text, file throws(InterchangeError) in try LedgerRulesFile.rules(toml: text, file: file) }
        let store = try StoreOpening.open(file)
        let snapshot = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }
        let ids = Set(loaded.map(\.id))
        var changes = (replace ? snapshot.agreement.ledgerRules.filter { !ids.contains($0.id) } : []).map {
            (change: Change(key: .ledgerRule($0.id), new: nil), expected: snapshot.version(of: .ledgerRule($0.id)))
        }
        changes += loaded.map { (change: Change(.ledgerRule($0)), expected: snapshot.version(of: .ledgerRule($0.id))) }
        _ = try Failure.reporting { () throws(StoreError) in try store.apply(changes, author: .current, at: S75Database.now()) }
        let overview = try Failure.reporting { () throws(StoreError) in try store.ledgerOverview() }
        Output.print("\(loaded.count) rule\(loaded.count == 1 ? "" : "s") loaded into \(file). In suspense now: \(overview.suspenseRows) transactions, "
              + "\(MoneyText.pounds(overview.suspenseTotal)) (s75 ledger suspense \(file) lists them).")
    }
}

/// `s75 ledger suspense FILE.s75`.
struct LedgerSuspense: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspense", abstract: "List the transactions no rule maps, by cost centre and account, largest first. Never writes.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    func run() throws {
        let reading = try StoreOpening.openToRead(file)
        let overview = try Failure.reporting { () throws(StoreError) in try reading.ledgerOverview() }
        guard !overview.suspense.isEmpty else {
            return Output.print(overview.rows == 0 ? "\(file) has no ledger imports yet." : "Nothing in suspense: every transaction maps to a line.")
        }
        Output.print("cost centre\tname\taccount\taccount name\trows\ttotal")
        for g in overview.suspense {
            Output.print("\(g.costCentre)\t\(g.costCentreName)\t\(g.account)\t\(g.accountName)\t\(g.rows)\t\(MoneyText.pounds(g.total))")
        }
        Output.print("Total\t\t\t\t\(overview.suspenseRows)\t\(MoneyText.pounds(overview.suspenseTotal))")
    }
}

/// `s75 ledger reconcile FILE.s75 [--period YYYY-MM] [--take]`.
struct LedgerReconcile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Each line's ledger actuals to date beside its return's actual to date for a month; --take writes the ledger's into the returns.",
        discussion: "Exits 1 when a line differs (or has no return), so a script can check a month. With --take, every line that "
            + "differs gets the ledger's figure as its actual to date, in one audited change.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "The month (YYYY-MM); default the agreement's reporting month.", completion: .custom { words, _, _ in MonthCompletion.monitoredMonths(in: words) })
    var period: String?

    @Flag(help: "Take the ledger's actuals into the month's returns of the lines that differ.")
    var take = false

    func run() throws {
        let store = take ? try StoreOpening.open(file) : try StoreOpening.openToRead(file)
        let snapshot = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }
        let agreement = snapshot.agreement
        guard let month = period.map({ Period($0) }) ?? agreement.reportingPeriod else {
            throw Failure.stop("--period takes a month as YYYY-MM, e.g. 2025-12.")
        }
        let overview = try Failure.reporting { () throws(StoreError) in try store.ledgerOverview() }
        let reconciliation = LedgerReconciliation(agreement, overview: overview, at: month)
        if take {
            let changes = reconciliation.changesTakingLedgerActuals(in: agreement)
            _ = try Failure.reporting { () throws(StoreError) in
                try store.apply(changes.map { ($0, snapshot.version(of: $0.key)) }, author: .current, at: S75Database.now())
            }
            Output.print("Took the ledger's actuals into \(month.label)'s returns for \(changes.count) line\(changes.count == 1 ? "" : "s").")
            return
        }
        Output.print("line\tledger to date\treturn to date\tdifference\tstatus")
        for row in reconciliation.rows {
            let status = row.reported == nil ? "no return" : row.agrees ? "agrees" : "DIFFERS"
            Output.print("\(row.line.id)\t\(MoneyText.pounds(row.ledger))\t\(row.reported.map(MoneyText.pounds) ?? "—")\t"
                  + "\(row.difference.map(MoneyText.pounds) ?? "—")\t\(status)\(row.isOutsidePool ? " (outside the pool)" : "")")
        }
        Output.print("Total\t\(MoneyText.pounds(reconciliation.ledgerTotal))\t\(MoneyText.pounds(reconciliation.reportedTotal))\t"
              + "\(MoneyText.pounds(reconciliation.ledgerTotal - reconciliation.reportedTotal))\t\(reconciliation.disagreeing.count) differ")
        if !reconciliation.disagreeing.isEmpty { throw ExitCode(1) }
    }
}
