import ArgumentParser
import Foundation
import S75Domain
import S75Interchange
import S75Report
import S75Store

/// `s75 return FILE --kind quarterly|annual|reg9|accounts-note --period 2025-12 [--format …] [--output F [--force]]`.
struct Return: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return",
        abstract: "Write a statutory return from the agreement's figures: quarterly, annual, reg9 or accounts-note.",
        discussion: """
            quarterly: the report to the partners at a quarter's end (contributions due and received, expenditure by line, \
            by lead commissioner and by partner, the risk-share position, outcomes); annual: the year's final return; reg9: \
            the NHS functions the council exercises; accounts-note: the pooled budgets note for each partner's accounts. \
            A month that is not closed, or has lines without a return, is refused unless --allow-draft is given; then the \
            first line says why and every table is marked DRAFT. The same file and month give the same bytes. Never writes \
            to the agreement file (docs/returns.md).
            """)

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "quarterly, annual, reg9 or accounts-note.")
    var kind: StatutoryReturn.Kind

    @Option(help: "The month, YYYY-MM: a quarter's end, or the year's end for annual and accounts-note (default: the reporting period).",
            completion: .custom { words, _, _ in MonthCompletion.monitoredMonths(in: words) })
    var period: MonthArgument?

    @Option(help: "markdown, csv, xlsx or json.")
    var format: ReturnFormat = .markdown

    @Option(help: "With --format csv, the table to write (default: the first).")
    var table: String?

    @Flag(help: "Write a return for a month that is not closed or lacks returns, marked DRAFT on every table.")
    var allowDraft = false

    @Option(help: "Write here; a workbook needs it. An existing file is kept unless --force.", completion: .file())
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    func validate() throws {
        if format == .xlsx, output == nil { throw ValidationError("--format xlsx writes a workbook: give --output RETURN.xlsx.") }
        if table != nil, format != .csv { throw ValidationError("--table goes with --format csv.") }
        if force, output == nil { throw ValidationError("--force goes with --output.") }
    }

    func run() throws {
        let agreement = try StoreOpening.agreement(at: file)
        let month = period?.period ?? agreement.reportingPeriod
        let made: StatutoryReturn
        do {
            made = try StatutoryReturn(kind, of: agreement, at: month)
        } catch {
            throw Failure.stop("\(error.message); nothing written.")
        }
        guard made.draftReasons.isEmpty || allowDraft else {
            throw Failure.stop("the \(kind.rawValue) return for \(month.label) is not final: \(made.draftReasons.joined(separator: "; ")). "
                               + "Close the month with every return in, or give --allow-draft to write it marked DRAFT; nothing written.")
        }
        let data: Data
        switch format {
        case .markdown: data = Data(made.markdown().utf8)
        case .json: data = Data(try made.json().utf8)
        case .csv:
            let id = table ?? made.tableIDs.first ?? ""
            guard made.tableIDs.contains(id) else {
                throw Failure.stop("the \(kind.rawValue) return has no table \(id): it has \(made.tableIDs.joined(separator: ", ")); nothing written.")
            }
            data = Data(try made.csv(table: id).utf8)
        case .xlsx: data = try XLSX.workbook(made.sheets().map { XLSX.Sheet(name: $0.name, rows: $0.rows) })
        }
        guard let output else { return Output.write(String(decoding: data, as: UTF8.self)) }
        guard force || !FileManager.default.fileExists(atPath: output) else {
            throw Failure.stop("\(output) exists: give --force to replace it; nothing written.")
        }
        do throws(OutputFile.Failure) {
            try OutputFile.write(data, to: output)
        } catch {
            throw Failure.stop(error.description)
        }
    }
}

extension StatutoryReturn.Kind: ExpressibleByArgument {}
extension ReturnFormat: ExpressibleByArgument {}
