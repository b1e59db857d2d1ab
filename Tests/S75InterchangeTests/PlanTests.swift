import Foundation
import S75Documents
import S75Domain
import S75Interchange
import Testing

/// The BCF planning template's expenditure plan, from workbooks the tests build themselves.
@Suite("Expenditure plan")
struct PlanTests {
    static let header = PlanColumns.Field.allCases.map(\.standardHeader)

    /// A plan of `count` rows in the template's columns, every value in the form export writes it; some schemes have
    /// several rows (several sources), some are joint, some name no provider.
    static func plan(seed: UInt64, count: Int = 40) -> [[String]] {
        var g = AgreementGenerator(seed: seed)
        let types = SchemeLine.nationalSchemeTypes
        let providers = ["Local Authority", "NHS Community Provider", "Private Sector", "Charity / Voluntary Sector"]
        let sources = ["NHS Minimum Contribution", "Additional NHS Contribution", "Local Authority Better Care Grant",
                       "Additional LA Contribution", "DFG"]
        var scheme = 0
        return (0..<count).map { _ in
            if g.next(3) > 0 { scheme += 1 }
            let joint = g.next(4) == 0
            let nhs = g.next(101)
            let pounds = g.next(5_000_000)
            let pence = g.next(3) == 0 ? g.next(100) : 0
            return ["S\(scheme)", "Scheme \(scheme) – Café", g.pick(["", "Keeps people at home", "Line \"two\", with commas"]),
                    g.pick(types), g.pick(["", "Packages", "Bridging"]), g.pick(["", "1,050", "12"]), g.pick(["", "hours", "bed-weeks"]),
                    g.pick(AreaOfSpend.allCases).label, joint ? "Joint" : g.pick(["Local Authority", "NHS"]),
                    joint ? "\(nhs)%" : "", joint ? "\(100 - nhs)%" : "", g.pick(providers), g.pick(sources),
                    pence == 0 ? "\(pounds)" : "\(pounds).\(pence < 10 ? "0" : "")\(pence)", g.pick(["", "New", "Existing"])]
        }.map { row in row[5].isEmpty ? row.enumerated().map { $0.offset == 6 ? "" : $0.element } : row }
    }

    /// The plan as the template lays it out: title rows, then the header, then the rows.
    static func workbook(_ rows: [[String]], header: [String] = header) throws -> Data {
        try XLSX.workbook(sheet: "4. Expenditure", rows: [["Better Care Fund 2025-26 Planning Template"], ["Expenditure plan"], []]
                          + [header] + rows, sharedStrings: true)
    }

    @Test("a generated workbook imports to lines whose totals by source are the workbook's", arguments: 0..<5)
    func totals(seed: UInt64) throws {
        let rows = Self.plan(seed: seed)
        let read = try ExpenditurePlan.read(try PlanFile.rows(try Self.workbook(rows), name: "plan.xlsx"), into: .blank(startYear: 2025))
        #expect(read.problems.isEmpty)
        #expect(read.linesRead == rows.count)
        for source in FundingSource.allCases {
            let name = ["nhs-minimum": "NHS Minimum Contribution", "additional-nhs": "Additional NHS Contribution",
                        "la-better-care-grant": "Local Authority Better Care Grant", "additional-la": "Additional LA Contribution",
                        "dfg": "DFG"][source.rawValue]
            let expected = rows.filter { $0[12] == name }.reduce(Int64(0)) { total, row in
                let parts = row[13].split(separator: ".")
                return total + Int64(parts[0])! * 100 + (parts.count > 1 ? Int64(parts[1])! : 0)
            }
            #expect(read.agreement.lines.filter { $0.source == source }.sum(\.budget).pence == expected, "\(source)")
        }
    }

    @Test("plan → s75 → plan keeps every cell, from a workbook and from a CSV", arguments: 0..<5)
    func roundTrip(seed: UInt64) throws {
        let rows = Self.plan(seed: seed)
        let fromWorkbook = try ExpenditurePlan.read(try PlanFile.rows(try Self.workbook(rows), name: "plan.xlsx"), into: .blank(startYear: 2025))
        #expect(ExpenditurePlan.rows(fromWorkbook.agreement) == [Self.header] + rows)
        let csv = try PlanFile.csv([Self.header] + rows)
        let fromCSV = try ExpenditurePlan.read(try PlanFile.rows(csv, name: "plan.csv"), into: .blank(startYear: 2025))
        #expect(fromCSV.agreement == fromWorkbook.agreement)
        let again = try PlanFile.rows(try PlanFile.xlsx(ExpenditurePlan.rows(fromWorkbook.agreement)), name: "again.xlsx")
        #expect(again == [Self.header] + rows)
    }

    @Test("export-bcf then import-bcf into the same agreement changes nothing: Northmoor and Ashvale", arguments: ["northmoor", "ashvale"])
    func exportImportIdentity(sample: String) throws {
        let a = sample == "northmoor" ? Northmoor.agreement : try SampleDocuments.ashvale()
        for data in [try PlanFile.xlsx(ExpenditurePlan.rows(a)), try PlanFile.csv(ExpenditurePlan.rows(a))] {
            let name = data.starts(with: [0x50, 0x4B]) ? "plan.xlsx" : "plan.csv"
            let read = try ExpenditurePlan.read(try PlanFile.rows(data, name: name), into: a)
            #expect(read.problems.isEmpty)
            #expect(read.agreement == a, "\(sample) from \(name)")
            #expect(ExpenditurePlan.changes(from: a, to: read.agreement).isEmpty)
        }
    }

    /// Northmoor's P05, P06 and P08 are all "Private Sector": a new line naming only the type cannot say which.
    @Test("a provider type that fits two providers on a new line is refused with the row and the candidates")
    func ambiguousProvider() throws {
        var rows = ExpenditurePlan.rows(Northmoor.agreement)
        var row = rows[3]
        row[0] = "S99"
        row[11] = "Private Sector"
        rows.append(row)
        let read = try ExpenditurePlan.read(rows, into: Northmoor.agreement)
        #expect(read.problems.map(\.description)
                == ["row \(rows.count), Provider: \"Private Sector\" fits 3 providers (P05 Moorside Home Care Ltd, P06 Heathfield Care Homes Group, "
                    + "P08 EquipWell Community Equipment CIC): write the provider's name or ID"])
    }

    @Test("an import that changes a record lists each change field by field")
    func changesListed() throws {
        var rows = ExpenditurePlan.rows(Northmoor.agreement)
        rows[1][1] = "Home First reablement (NHS)"
        let read = try ExpenditurePlan.read(rows, into: Northmoor.agreement)
        let changes = ExpenditurePlan.changes(from: Northmoor.agreement, to: read.agreement)
        #expect(changes.map(\.key) == [.line("S01a")])
        #expect(Change.differences(from: Northmoor.agreement.record(.line("S01a")), to: changes.first?.new).map(\.field) == ["name"])
    }

    @Test("a new budget for a line already reported on is a variation from the month after the reporting month, never an overwrite")
    func budgetVaried() throws {
        var rows = ExpenditurePlan.rows(Northmoor.agreement)
        rows[1][13] = "3500000"  // S01a, £3,400,000 as signed
        let refused = try ExpenditurePlan.read(rows, into: Northmoor.agreement)
        #expect(refused.problems.map(\.description) == ["row 2, Scheme ID: V1 (£100,000 to S01a (LA's contribution)) needs the partners because it "
                                                       + "changes the pool's budget by £100,000, a change to a partner's contribution: record their "
                                                       + "approval (e.g. Cabinet 12 Nov 2025; ICB Board 14 Nov 2025)"])
        let read = try ExpenditurePlan.read(rows, into: Northmoor.agreement,
                                            varying: .init(partnersApproval: "Cabinet 12 Nov 2025; ICB Board 14 Nov 2025"))
        #expect(read.problems.isEmpty)
        #expect(ExpenditurePlan.changes(from: Northmoor.agreement, to: read.agreement).map(\.key) == [.variation("V1")])
        let a = read.agreement, s01a = try #require(read.agreement.line("S01a"))
        #expect(s01a.budget == .thousands(3_400))
        #expect(a.budgetVariations.first?.effective == Period(year: 2026, month: 1))
        #expect(a.budget(of: s01a, at: Period(year: 2025, month: 12)) == .thousands(3_400))  // the month-9 report is as the board saw it
        #expect(a.budget(of: s01a, at: Period(year: 2026, month: 3)) == .thousands(3_500))
    }

    @Test("check passes once the contributions are entered: each source's lines funded by its partner")
    func checkPasses() throws {
        let read = try ExpenditurePlan.read(try PlanFile.rows(try Self.workbook(Self.plan(seed: 7)), name: "plan.xlsx"), into: .blank(startYear: 2025))
        var a = read.agreement
        for (n, source) in FundingSource.allCases.enumerated() where a.lines.contains(where: { $0.source == source }) {
            let partner = [.nhsMinimum, .additionalNHS].contains(source) ? "ICB" : "LA"
            a = try a.applying(Change(.contribution(Contribution(id: "C\(n + 1)", partnerID: partner, source: source,
                                                                 amount: a.lines.filter { $0.source == source }.sum(\.budget)))))
        }
        #expect(a.validate().map(\.description) == [])
    }

    @Test("several rows of one scheme become lines S4a, S4b …; one row keeps the scheme's identifier")
    func lineIdentifiers() throws {
        let rows = [["S4", "Two sources", "", "Carers Services", "", "", "", "Social Care", "NHS", "", "", "", "DFG", "10", ""],
                    ["S4", "Two sources", "", "Carers Services", "", "", "", "Social Care", "NHS", "", "", "", "DFG", "20", ""],
                    ["S5", "One", "", "Carers Services", "", "", "", "Social Care", "NHS", "", "", "", "DFG", "30", ""]]
        let read = try ExpenditurePlan.read([Self.header] + rows, into: .blank(startYear: 2025))
        #expect(read.agreement.lines.map(\.id) == ["S4a", "S4b", "S5"])
    }

    @Test("each bad cell is reported with its row and column, and the row is left out", arguments: [
        (3, "Carers Servces", "row 2, Scheme Type: unknown scheme type \"Carers Servces\" (expected a national BCF scheme type, e.g. Carers Services)"),
        (12, "NHS Min", "row 2, Source of Funding: unknown source of funding \"NHS Min\" (expected NHS Minimum Contribution, Additional NHS Contribution, "
         + "Local Authority Better Care Grant, Additional LA Contribution, DFG)"),
        (13, "lots", "row 2, Expenditure (£): \"lots\" is not an amount in pounds, e.g. 1,234,567.89"),
        (8, "Council", "row 2, Commissioner: unknown commissioner \"Council\" (expected Local Authority, NHS or Joint)"),
        (7, "Hospital", "row 2, Area of Spend: unknown area of spend \"Hospital\" (expected Social Care, Community Health, Mental Health, "
         + "Continuing Care, Primary Care, Acute or Other)"),
        (14, "Old", "row 2, New/ Existing Scheme: \"Old\" is neither New nor Existing"),
    ])
    func badCell(column: Int, value: String, message: String) throws {
        var row = ["S1", "Scheme", "", "Carers Services", "", "", "", "Social Care", "NHS", "", "", "", "DFG", "100", ""]
        row[column] = value
        let read = try ExpenditurePlan.read([Self.header, row, Self.plan(seed: 1, count: 1)[0]], into: .blank(startYear: 2025))
        #expect(read.problems.map(\.description) == [message])
        #expect(read.linesRead == 1)
    }

    @Test("a joint scheme needs its NHS share, and the LA share must make 100%")
    func jointShares() throws {
        var row = ["S1", "Scheme", "", "Carers Services", "", "", "", "Social Care", "Joint", "", "", "", "DFG", "100", ""]
        #expect(try ExpenditurePlan.read([Self.header, row], into: .blank(startYear: 2025)).problems.map(\.description)
                == ["row 2, % NHS (if Joint Commissioner): a joint scheme needs the NHS share from 0% to 100%, e.g. 44% or 33.33%"])
        row[9] = "0.44"
        row[10] = "0.5"
        #expect(try ExpenditurePlan.read([Self.header, row], into: .blank(startYear: 2025)).problems.map(\.description)
                == ["row 2, % LA (if Joint Commissioner): 50% LA and 44% NHS do not make 100%"])
        row[9] = "33.33%"
        row[10] = "66.67%"
        let thirds = try ExpenditurePlan.read([Self.header, row], into: .blank(startYear: 2025))
        #expect(thirds.problems.isEmpty)
        #expect(thirds.agreement.lines.first?.commissioner == .joint(nhsBasisPoints: 3_333))
        #expect(ExpenditurePlan.rows(thirds.agreement)[1][9] == "33.33%")
        #expect(ExpenditurePlan.rows(thirds.agreement)[1][10] == "66.67%")
    }

    @Test("a TOML map names another year's headers; a missing column or an unknown key is named")
    func columnMap() throws {
        let map = try PlanColumns.map(toml: "[columns]\nexpenditure = \"Expenditure for 2026-27 (£)\"\n", file: "2026.toml")
        var header = Self.header
        header[13] = "Expenditure for 2026-27 (£)"
        let rows = Self.plan(seed: 3, count: 5)
        #expect(try ExpenditurePlan.read([header] + rows, into: .blank(startYear: 2026), columns: map).linesRead == 5)
        #expect(throws: InterchangeError(path: "row 1", "no column \"Expenditure (£)\" in the header row")) {
            try ExpenditurePlan.read([header] + rows, into: .blank(startYear: 2026))
        }
        #expect(throws: InterchangeError(path: "2026.toml: columns.budget", "unknown column (expected one of "
                                         + PlanColumns.Field.allCases.map(\.rawValue).joined(separator: ", ") + ")")) {
            try PlanColumns.map(toml: "[columns]\nbudget = \"Budget\"\n", file: "2026.toml")
        }
    }

    @Test("a file that is not a workbook, or a workbook without the plan, says so")
    func notAPlan() throws {
        #expect(throws: InterchangeError.self) { try PlanFile.rows(Data("hello".utf8), name: "plan.xlsx") }
        let other = try XLSX.workbook(sheet: "Summary", rows: [["Total", "12"]])
        #expect(throws: InterchangeError(path: "", "no sheet has a \"Scheme ID\" header; sheets: Summary")) {
            try PlanFile.rows(other, name: "plan.xlsx")
        }
    }
}

/// A workbook holds whatever text it is given as readable XML.
@Suite("Workbook text")
struct WorkbookTextTests {
    @Test("a control character in a cell is written as U+FFFD, so the workbook still reads; markup is escaped; several sheets keep their order")
    func controlCharacters() throws {
        let data = try XLSX.workbook([XLSX.Sheet(name: "One", rows: [["a\u{7}b", "<x & y>"]]), XLSX.Sheet(name: "Two", rows: [["12.50"]])])
        let sheets = try XLSX.sheets(data)
        #expect(sheets.map(\.name) == ["One", "Two"])
        #expect(sheets[0].rows == [["a\u{FFFD}b", "<x & y>"]])
        #expect(sheets[1].rows == [["12.50"]] || sheets[1].rows == [["12.5"]])
    }
}
