import S75Documents
import S75Domain

/// A BCF return to NHS England as a workbook laid out like the national template's sheets: the cover with the Health
/// and Wellbeing Board's sign-off, the national conditions, the metrics, income and expenditure, and adult social care
/// from the NHS minimum. Its figures are the board report's of the quarter's last month; the sheets' names and column
/// headings come from a `BCFReturnLayout`, so another year's template is a TOML file, not a change to s75.
public enum BCFReturnWorkbook {
    /// The sheets of `kind`'s return of the agreement's year, each headed by `status` (FINAL or DRAFT, with why).
    public static func sheets(_ a: Agreement, _ kind: BCFReturnKind, status: String, layout: BCFReturnLayout = .standard) -> [XLSX.Sheet] {
        let year = a.financialYear, period = a.financialYear.month(kind.monthOfYear)
        let report = BoardReport(a, at: period)
        let answers = a.bcfReturnAnswers(year, kind)
        let signed = a.signOff(.bcfReturn(year, kind))
        func h(_ column: BCFReturnLayout.Column) -> String { layout.header(column) }
        func money(_ pence: Int64?) -> String { pence.map { PlanTerms.pounds(Money(pence: $0)) } ?? "" }

        let cover: [[String]] = [
            [status],
            [h(.healthAndWellbeingBoard), a.governance.healthAndWellbeingBoard],
            [h(.returnName), "\(kind.label) \(year)"], [h(.figuresFor), "\(period.label) (month \(period.monthOfYear))"],
            [h(.agreement), a.title],
            [h(.signOff), a.bcfReturnSignOffStatus(of: year, kind) ?? "not signed off"],
            [h(.signedOffOn), signed?.on.description ?? ""],
            [h(.delegatedAuthority), signed.map { $0.underDelegatedAuthority ? "Yes" : "No" } ?? ""],
            [h(.achievements), answers.achievements], [h(.challenges), answers.challenges],
        ]
        let conditions = [[status], [h(.condition), h(.confirmed), h(.commentary)]]
            + answers.conditions.map { [$0.condition, $0.answer, $0.commentary] }
        let metrics = [[status], [h(.metric), h(.metricName), h(.unit), h(.metricPlan), h(.actual), h(.rag)]]
            + report.metrics.map { [$0.metric, $0.name, $0.latestUnit ?? $0.unit, $0.latestTarget ?? "", $0.latestValue ?? "", $0.rag ?? "No data"] }

        let sources = FundingSource.allCases.filter { source in a.contributions.contains { $0.source == source } }
        let bySource = sources.map { source in (source, a.contributions.filter { $0.source == source }.sum(\.amount)) }
        let income = [[status], [h(.source), h(.income)]] + bySource.map { [$0.0.label, money($0.1.pence)] }
            + [[h(.total), money(bySource.map(\.1.pence).reduce(0, +))]]

        let spent = [[status], [h(.schemeID), h(.schemeName), h(.source), h(.plan), h(.actualToDate), h(.outturn)]]
            + report.schemes.map { s in
                [s.line, s.name, FundingSource(rawValue: s.source)?.label ?? s.source, money(s.figures.budget), money(s.figures.actualToDate),
                 money(s.figures.forecastOutturn)]
            }
            + report.totals.map { ["", $0.label, "", money($0.budget), money($0.actualToDate), money($0.forecastOutturn)] }

        let ascIDs = Set(a.lines.filter { $0.source == .nhsMinimum && $0.areaOfSpend == .socialCare }.map(\.id))
        let ascLines = report.schemes.filter { ascIDs.contains($0.line) }
        let asc = [[status], [h(.schemeID), h(.schemeName), h(.plan), h(.actualToDate), h(.outturn)]]
            + ascLines.map { [$0.line, $0.name, money($0.figures.budget), money($0.figures.actualToDate), money($0.figures.forecastOutturn)] }
            + [[], [h(.check), h(.required), h(.actual), h(.result), h(.detail)]]
            + report.ringFences.filter { $0.check.hasPrefix("NHS minimum") }.map {
                [$0.check, money($0.required), money($0.actual), RingFenceCheck.Result(rawValue: $0.result)?.label ?? $0.result, $0.detail]
            }
        return [(BCFReturnLayout.Sheet.cover, cover), (.conditions, conditions), (.metrics, metrics), (.income, income),
                (.expenditure, spent), (.asc, asc)].map { XLSX.Sheet(name: layout.name($0.0), rows: $0.1) }
    }
}

/// The names of a BCF return workbook's sheets and the headings of its columns: the national template's by default,
/// or as a TOML file names them (`[sheets] cover = "Cover"`, `[columns] plan = "Planned (£)"`).
public struct BCFReturnLayout: Hashable, Sendable {
    /// The sheets, by the key a layout file uses.
    public enum Sheet: String, CaseIterable, Sendable {
        case cover, conditions, metrics, income, expenditure, asc

        var standardName: String {
            switch self {
            case .cover: "Cover"
            case .conditions: "National Conditions"
            case .metrics: "Metrics"
            case .income: "Income"
            case .expenditure: "Expenditure"
            case .asc: "ASC from NHS minimum"
            }
        }
    }

    /// The headings, by the key a layout file uses.
    public enum Column: String, CaseIterable, Sendable {
        case healthAndWellbeingBoard = "hwb", returnName = "return", figuresFor = "figures_for", agreement, signOff = "sign_off"
        case signedOffOn = "signed_off_on", delegatedAuthority = "delegated_authority", achievements, challenges
        case condition, confirmed, commentary, metric, metricName = "metric_name", unit, metricPlan = "metric_plan", plan, actual, rag
        case source, income, total, schemeID = "scheme_id", schemeName = "scheme_name", actualToDate = "actual_to_date", outturn
        case check, required, result, detail

        var standardHeader: String {
            switch self {
            case .healthAndWellbeingBoard: "Health and Wellbeing Board"
            case .returnName: "Return"
            case .figuresFor: "Figures for"
            case .agreement: "Section 75 agreement"
            case .signOff: "HWB sign-off"
            case .signedOffOn: "Date signed off"
            case .delegatedAuthority: "Signed off under delegated authority"
            case .achievements: "Achievements"
            case .challenges: "Challenges"
            case .condition: "National condition"
            case .confirmed: "Confirmed"
            case .commentary: "Commentary"
            case .metric: "Metric"
            case .metricName: "Metric name"
            case .unit: "Unit"
            case .metricPlan: "Plan for the period"
            case .plan: "Plan (£)"
            case .actual: "Actual"
            case .rag: "RAG"
            case .source: "Source of funding"
            case .income: "Income for the year (£)"
            case .total: "Total"
            case .schemeID: "Scheme ID"
            case .schemeName: "Scheme name"
            case .actualToDate: "Actual expenditure to date (£)"
            case .outturn: "Forecast or outturn (£)"
            case .check: "Check"
            case .required: "Required (£)"
            case .result: "Result"
            case .detail: "Detail"
            }
        }
    }

    var sheets: [String: String] = [:]
    var headers: [String: String] = [:]

    /// The national template's layout.
    public static let standard = BCFReturnLayout()

    func name(_ sheet: Sheet) -> String { sheets[sheet.rawValue] ?? sheet.standardName }
    func header(_ column: Column) -> String { headers[column.rawValue] ?? column.standardHeader }

    /// The layout a TOML file names (`file` is its name in messages): `[sheets]` and `[columns]`, each key one of the
    /// known ones; what it leaves out keeps the template's name.
    public init(toml text: String, file: String) throws(InterchangeError) {
        let read = try ColumnMapFile.sections(toml: text, file: file, known: ["sheets": Sheet.allCases.map(\.rawValue),
                                                                               "columns": Column.allCases.map(\.rawValue)])
        (sheets, headers) = (read["sheets"] ?? [:], read["columns"] ?? [:])
    }

    init() {}
}
