import ArgumentParser
import Foundation
import S75Documents
import S75Domain
import S75Interchange
import S75Store

/// `s75 import-bcf PLAN.xlsx FILE.s75`: the BCF planning template's expenditure plan as scheme lines.
struct ImportBCF: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-bcf",
        abstract: "Read the expenditure plan of a BCF planning workbook (.xlsx) or a CSV saved from it into scheme lines.",
        discussion: "Columns are found by their header names (docs/interchange.md); --columns names others. Every row is checked first: "
            + "nothing is written while any row is wrong, unless --skip-bad is given. An existing file keeps its other records; every "
            + "line, provider or partner the plan adds or changes is printed field by field and audited as a field change (--dry-run "
            + "prints them and writes nothing). A provider type that fits several providers is refused with the candidates. A line "
            + "already reported on (or any line once a month is closed) keeps its original budget: a different budget in the plan is "
            + "recorded as a variation from --effective, agreed as --decision or --partners-approval say, and refused when the "
            + "delegated limits ask for more.")

    @Argument(help: "The planning workbook (.xlsx) or CSV.", completion: .file(extensions: ["xlsx", "csv"]))
    var plan: String

    @Argument(help: "The agreement file (made if it does not exist).", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "A TOML map of other header names: [columns] expenditure = \"…\".", completion: .file(extensions: ["toml"]))
    var columns: String?

    @Flag(help: "Leave out rows that are wrong (listed on stderr and, with --rejects, in a CSV) and import the rest.")
    var skipBad = false

    @Option(help: "With --skip-bad, write the rows left out here as CSV: row, column, problem.")
    var rejects: String?

    @Option(help: "The financial year of a new agreement, by its starting year (default: this one).")
    var year: Int?

    @Flag(help: "Print every change the plan would make, field by field, and write nothing.")
    var dryRun = false

    @Option(help: "For a line already reported on, the first month on the plan's budget (default: the month after the reporting month).")
    var effective: MonthArgument?

    @Option(help: "Why the plan's budgets change, as the variations will say.")
    var reason = "the BCF plan as revised"

    @Option(help: "The board's decision that agreed the plan's changes, e.g. D4.")
    var decision: String?

    @Option(help: "The partners' approval of the plan's changes, e.g. \"Cabinet 12 Nov 2025; ICB Board 14 Nov 2025\".")
    var partnersApproval: String?

    func validate() throws {
        if rejects != nil, !skipBad { throw ValidationError("--rejects lists the rows --skip-bad leaves out; give --skip-bad too.") }
    }

    func run() throws {
        let map = try columns.map { try ColumnMapArgument.read($0) { text, file throws(InterchangeError) in try PlanColumns.map(toml: text, file: file) } } ?? .standard
        guard let data = FileManager.default.contents(atPath: plan) else { throw Failure.stop("cannot read \(plan): no such file, or it cannot be read.") }
        let exists = FileManager.default.fileExists(atPath: file)
        let base = exists ? try StoreOpening.agreement(at: file)
            : Agreement.blank(startYear: year ?? DemoFile.currentFinancialYear())
        let result: ExpenditurePlan.Result
        do throws(InterchangeError) {
            let terms = ExpenditurePlan.VariationTerms(effective: effective?.period, reason: reason, decision: decision,
                                                       partnersApproval: partnersApproval ?? "")
            result = try ExpenditurePlan.read(try PlanFile.rows(data, name: plan, columns: map), into: base, columns: map, varying: terms)
        } catch {
            throw Failure.stop("\(plan): \(error.description). Nothing was written.")
        }
        for problem in result.problems { Failure.report("\(plan): \(problem)") }
        if !result.problems.isEmpty, !skipBad {
            throw Failure.stop("\(result.problems.count) row\(result.problems.count == 1 ? "" : "s") of \(plan) cannot be read: nothing was written. "
                               + "Fix them, or add --skip-bad to import the others.")
        }
        if let rejects {
            let rows = [["row", "column", "problem"]] + result.problems.map { ["\($0.row)", $0.column, $0.message] }
            try OutputFile.write(Data(try PlanFile.csv(rows)), to: rejects)
        }
        let changes = exists ? ExpenditurePlan.changes(from: base, to: result.agreement) : []
        for change in changes {
            for difference in Change.differences(from: base.record(change.key), to: change.new) {
                Output.print("\(change.key) \(difference.field): \(difference.old ?? "—") → \(difference.new ?? "—")")
            }
        }
        if dryRun {
            Output.print("Dry run: \(changes.isEmpty ? "the plan changes nothing" : "\(changes.count) record\(changes.count == 1 ? "" : "s") would change"); "
                  + "nothing was written.")
            return
        }
        try Failure.reporting { () throws(StoreError) in
            if !exists {
                _ = try S75Database.create(at: file, with: result.agreement, author: .current)
            } else if !changes.isEmpty {
                let store = try S75Database.open(at: file)
                let snapshot = try store.loadSnapshot()
                try store.apply(changes.map { ($0, snapshot.version(of: $0.key)) }, author: .current, at: S75Database.now())
            }
        }
        let totals = FundingSource.allCases.compactMap { source -> String? in
            let lines = result.agreement.lines.filter { $0.source == source }
            return lines.isEmpty ? nil : "\(source.shortLabel) \(MoneyText.pounds(lines.sum(\.budget)))"
        }
        Output.print("Read \(result.linesRead) line\(result.linesRead == 1 ? "" : "s") from \(plan) into \(file)"
              + (result.problems.isEmpty ? "" : ", leaving out \(result.problems.count)")
              + (exists ? ", changing \(changes.count) record\(changes.count == 1 ? "" : "s")" : "") + ". By source: " + totals.joined(separator: "; ") + ".")
    }
}

/// `s75 export-bcf FILE.s75 --format csv|xlsx`: the scheme lines as the planning template's expenditure plan.
struct ExportBCF: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-bcf",
        abstract: "Write the scheme lines as the BCF planning template's expenditure plan, in its columns (CSV or .xlsx).",
        discussion: "Never writes to the agreement file. import-bcf reads the result back cell for cell.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, xlsx }

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "csv or xlsx.")
    var format: Format = .csv

    @Option(help: "Write here (replacing the file atomically); a workbook needs it, CSV goes to standard output without it.",
            completion: .file(extensions: ["csv", "xlsx"]))
    var output: String?

    func validate() throws {
        if format == .xlsx, output == nil { throw ValidationError("--format xlsx writes a workbook: give --output PLAN.xlsx.") }
    }

    func run() throws {
        let agreement = try StoreOpening.agreement(at: file)
        let rows = ExpenditurePlan.rows(agreement)
        let data = format == .xlsx ? try PlanFile.xlsx(rows) : try PlanFile.csv(rows)
        guard let output else { return Output.write(String(decoding: data, as: UTF8.self)) }  // only CSV goes to standard output
        do throws(OutputFile.Failure) {
            try OutputFile.write(data, to: output)
        } catch {
            throw Failure.stop(error.description)
        }
    }
}
