import ArgumentParser
import Foundation
import S75Domain
import S75Report
import S75Store

/// `s75 check FILE`: every problem in an agreement, with where it is.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate an agreement: contributions against plan, references, splits, caps, periods, metrics.",
        discussion: "Prints each problem as LOCATION: MESSAGE and exits 1 if there is any, 0 if there is none. Figures far out of line "
            + "(an actual to date that falls, a month's movement above 25% of the budget, a negative year-to-date budget) are listed "
            + "as warnings; they do not fail the check, nor do remedial plans due or overdue for lines over the agreement's trigger, nor contributions' instalments due and "
            + "not received in full.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    func run() throws {
        let agreement = try StoreOpening.agreement(at: file)
        let reading = try StoreOpening.openToRead(file)
        let (tampered, _) = try Failure.reporting { () throws(StoreError) in try reading.verifyAuditTrail() }
        let problems = agreement.validate() + tampered.map { ValidationProblem("audit", $0) }
        let today = DemoFile.today()
        let warnings = agreement.outOfLineFigures()
            + agreement.remedialPlans(at: agreement.reportingPeriod).filter { $0.plan == nil }.map {
                ValidationProblem("line \($0.lineID)", $0.note(on: today))
            }
            + agreement.instalmentsOverdue(on: today) + agreement.settlementsOverdue(on: today) + agreement.supersededSignOffs()
        for warning in warnings { Output.print("\(file): warning: \(warning)") }
        guard !problems.isEmpty else {
            Output.print("\(file): no problems found (\(agreement.lines.count) lines, \(agreement.contracts.count) contracts, \(agreement.metrics.count) metrics)"
                  + (warnings.isEmpty ? "" : "; \(warnings.count) warning\(warnings.count == 1 ? "" : "s") above"))
            return
        }
        for problem in problems { Output.print("\(file): \(problem)") }
        Output.print("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
        throw ExitCode.failure
    }
}

/// `s75 report FILE`: the board's finance and performance report.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the board's finance and performance report.",
        discussion: """
            JSON money is in pence; its shape is documented in docs/report.md. A month nobody monitored is refused \
            (it would read as on budget) unless --allow-unmonitored is given; then every figure is marked "no return". \
            CSV holds one table: \(ReportFormat.csvTables.joined(separator: ", ")).
            """)

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "The month to report, YYYY-MM (default: the agreement's reporting period).",
            completion: .custom { words, _, _ in MonthCompletion.monitoredMonths(in: words) })
    var period: String?

    @Option(help: "text, json, csv or markdown.")
    var format: ReportFormat = .text

    @Option(help: "With --format csv, the table to write (default: \(ReportFormat.defaultCSVTable)).",
            completion: .list(ReportFormat.csvTables))
    var table: String = ReportFormat.defaultCSVTable

    @Flag(help: "Report a month that has no monitoring, with every figure marked \"no return\".")
    var allowUnmonitored = false

    func validate() throws {
        guard format == .csv || table == ReportFormat.defaultCSVTable else {
            throw ValidationError("--table goes with --format csv.")
        }
        guard ReportFormat.csvTables.contains(table) else { throw ValidationError(ReportError.unknownTable(table).description + ".") }
    }

    func run() throws {
        let agreement = try StoreOpening.agreement(at: file)
        var month = agreement.reportingPeriod
        if let period {
            guard let parsed = Period(period) else {
                Failure.report("--period \(period) is not a month; write it as YYYY-MM, e.g. 2026-03.")
                throw ExitCode.failure
            }
            guard parsed >= agreement.start.period, parsed <= agreement.end.period else {
                Failure.report("--period \(period) is outside the agreement's term (\(agreement.start) to \(agreement.end)).")
                throw ExitCode.failure
            }
            month = parsed
        }
        if agreement.coverage(at: month) == .none, !allowUnmonitored {
            let latest = agreement.nearestMonitoredPeriod(to: month).map { "The latest monitored month is \($0) (\($0.label)): try --period \($0)." }
                ?? "No month has been monitored yet."
            Failure.report("\(month) (\(month.label)) has no monitoring, so its figures would read as on budget. \(latest) "
                           + "To report it anyway, with every figure marked \"no return\", add --allow-unmonitored.")
            throw ExitCode.failure
        }
        Output.print(try format.render(BoardReport(agreement, at: month), csvTable: table), terminator: "")
    }
}

extension ReportFormat: ExpressibleByArgument {}
