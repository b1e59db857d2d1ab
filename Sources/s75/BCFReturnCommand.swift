import ArgumentParser
import Foundation
import S75Documents
import S75Domain
import S75Interchange
import S75Store

/// `s75 bcf-return FILE --kind q3 --output return.xlsx [--layout layout.toml] [--allow-draft] [--force]`.
struct BCFReturn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bcf-return",
        abstract: "Write a BCF return to NHS England as a workbook laid out like the national template (q1, q2, q3 or end-of-year).",
        discussion: """
            Sheets: the cover with the Health and Wellbeing Board's sign-off (s75 sign --bcf-return), the national conditions \
            and the narrative (:bcf-return in the screen), the metrics against plan, income by source, expenditure by scheme, and \
            adult social care from the NHS minimum. Figures are the board report's of the quarter's last month; a month not closed, \
            or with lines unreturned, is refused unless --allow-draft, when every sheet says DRAFT and why. --layout names other \
            sheet names and headings in TOML ([sheets], [columns]; docs/returns.md). The same file gives the same bytes.
            """)

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "q1, q2, q3 or end-of-year, of the agreement's year.")
    var kind: BCFReturnKind

    @Option(help: "The workbook to write.", completion: .file(extensions: ["xlsx"]))
    var output: String

    @Option(help: "A TOML file of other sheet names and headings: [sheets] cover = \"…\", [columns] plan = \"…\".",
            completion: .file(extensions: ["toml"]))
    var layout: String?

    @Flag(help: "Write a return whose month is not closed or lacks returns, marked DRAFT on every sheet.")
    var allowDraft = false

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    func run() throws {
        let a = try StoreOpening.agreement(at: file)
        let names = try layout.map { try ColumnMapArgument.read($0) { text, file throws(InterchangeError) in try BCFReturnLayout(toml: text, file: file) } }
            ?? .standard
        let period = a.financialYear.month(kind.monthOfYear)
        let standing: StatutoryReturn
        do {
            standing = try StatutoryReturn(.quarterly, of: a, at: period)
        } catch {
            throw Failure.stop("\(error.message); nothing written.")
        }
        guard standing.draftReasons.isEmpty || allowDraft else {
            throw Failure.stop("the \(kind.label) BCF return of \(a.financialYear) is not final: \(standing.draftReasons.joined(separator: "; ")). "
                               + "Close \(period.label) with every return in, or give --allow-draft to write it marked DRAFT; nothing written.")
        }
        guard force || !FileManager.default.fileExists(atPath: output) else {
            throw Failure.stop("\(output) exists: give --force to replace it; nothing written.")
        }
        let data = try XLSX.workbook(BCFReturnWorkbook.sheets(a, kind, status: standing.status, layout: names))
        do throws(OutputFile.Failure) {
            try OutputFile.write(data, to: output)
        } catch {
            throw Failure.stop(error.description)
        }
    }
}
