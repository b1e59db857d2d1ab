import CSV
import Foundation
import S75Domain
import S75Report
import S75Text
import Testing

@Suite("Board report")
struct ReportTests {
    let a = Northmoor.agreement
    let m9 = Period(year: 2025, month: 12)
    let m12 = Period(year: 2026, month: 3)

    @Test("the report carries the same figures as the domain: §6.4 totals, §6.9 shares, §6.7 payments")
    func figures() throws {
        let report = BoardReport(a, at: m12)
        #expect(report.agreement.monitoring == "complete")
        #expect(report.totals.map(\.forecastOutturn) == [4_336_500_000, 275_000_000, 4_611_500_000])
        #expect(report.totals.map(\.rag) == ["Amber", "Under", "Not rated"])
        #expect(report.partners.map(\.riskShare) == [22_140_000, 39_360_000])
        #expect(report.partners.map(\.netCost) == [1_552_140_000, 2_759_360_000])
        #expect(report.yearEnd.reserveUsed == 25_000_000)
        #expect(report.yearEnd.capitalCarriedForward?.map { "\($0.source) \($0.amount)" } == ["dfg 45000000"])
        #expect(report.yearEnd.capitalOverspend == [])
        #expect(report.yearEnd.reconciles == true)
        #expect(report.contractPayments.first { $0.contract == "K07" }?.payable == 88_500_000)
        #expect(report.contractPayments.first { $0.contract == "K07" }?.status == "final")
        #expect(report.contractPayments.first { $0.contract == "K01" }?.providerName == "Northmoor Community Health NHS Trust")
        #expect(report.contractPayments.filter { ["K09", "K10", "K11"].contains($0.contract) }.compactMap(\.earned).reduce(0, +) == 18_000_000)
        #expect(report.ringFences.allSatisfy { $0.result == "met" })
        let m2 = report.metrics.first { $0.metric == "M2" }
        #expect(m2?.latestValue == "0.89")
        #expect(m2?.rag == "Red")
        #expect(report.metrics.first { $0.metric == "M1" }?.payments == ["K09", "K10", "K11"])
        #expect(report.whatIf.map { $0.shares.map(\.amount) } == [[111_500_000, -50_000_000], [22_140_000, 39_360_000],
                                                                  [30_750_000, 30_750_000], [34_300_000, 27_200_000]])
        #expect(report.whatIf.first?.shares.map(\.name) == ["Council", "ICB"])
        #expect(report.schemes.first { $0.line == "S02" }?.movementSince == "2025-12")
    }

    @Test("at month 9 nothing is final: K07's annual outcomes are pending and K01's block is agreed, not paid")
    func paymentsBeforeYearEnd() throws {
        let report = BoardReport(a, at: m9)
        let k07 = try #require(report.contractPayments.first { $0.contract == "K07" })
        #expect(k07.status == "forecast")
        #expect(k07.earned == nil)
        #expect(k07.payable == 85_500_000)
        #expect(k07.payableUpTo == 90_000_000)
        let k01 = try #require(report.contractPayments.first { $0.contract == "K01" })
        #expect(k01.status == "agreed")
        #expect(k01.basis == "fixed sum for the year")
        #expect(report.contractPayments.first { $0.contract == "K06b" }?.basis == "spot purchases at agreed rates, as used")
        #expect(report.metrics.first { $0.metric == "M4" }?.latestPeriod == "Q2")
        #expect(report.metrics.first { $0.metric == "M4" }?.latestUnit == "count")
        #expect(report.schemes.first?.movementSince == nil)
    }

    @Test("scheme rows add up to the totals in the report")
    func reconciles() {
        let report = BoardReport(a, at: m9)
        let pool = report.totals.last
        #expect(report.schemes.compactMap(\.figures.forecastOutturn).reduce(0, +) == pool?.forecastOutturn)
        #expect(report.schemes.compactMap(\.figures.actualToDate).reduce(0, +) == pool?.actualToDate)
        #expect(report.poolBySource.map(\.budget).reduce(0, +) == pool?.budget)
    }

    @Test("a month nobody monitored reads as no return everywhere, never £0, on budget and Green")
    func unmonitoredMonth() throws {
        let report = BoardReport(a, at: Period(year: 2026, month: 2))
        #expect(report.agreement.monitoring == "none")
        #expect(report.agreement.latestMonitoredPeriod == "2025-12")
        #expect(report.schemes.allSatisfy { $0.figures.actualToDate == nil && $0.figures.forecastOutturn == nil })
        #expect(report.schemes.allSatisfy { $0.figures.rag == "No return" })
        #expect(report.totals.allSatisfy { $0.forecastVariance == nil })
        #expect(report.partners.allSatisfy { $0.riskShare == nil && $0.netCost == nil })
        #expect(!report.yearEnd.isComplete)
        let text = try ReportFormat.text.render(report)
        #expect(text.contains("NO MONITORING for 2026-02"))
        #expect(text.contains("the latest monitored month is 2025-12"))
        let lineRows = text.split(separator: "\n").filter { $0.range(of: "^S[0-9]", options: .regularExpression) != nil }
        #expect(lineRows.count == 19)
        #expect(lineRows.allSatisfy { $0.contains("no return") && $0.contains("No return") && !$0.contains("Green") })
    }

    @Test("a line missing from a monitored month says no return, and totals that include it are not known")
    func missingLine() throws {
        var partial = a
        partial.monitoring.removeAll { $0.lineID == "S03" && $0.period == m9 }
        let report = BoardReport(partial, at: m9)
        #expect(report.agreement.monitoring == "partial")
        #expect(report.agreement.missingReturns == ["S03"])
        let s03 = try #require(report.schemes.first { $0.line == "S03" })
        #expect(s03.figures.rag == "No return")
        #expect(s03.figures.actualToDate == nil)
        #expect(report.totals.first { $0.key == "revenue" }?.forecastOutturn == nil)
        #expect(report.totals.first { $0.key == "revenue" }?.missingReturns == ["S03"])
        #expect(report.totals.first { $0.key == "capital" }?.rag == "Under")
        #expect(partial.validate().map(\.description).contains("monitoring 2025-12: line S03 has no return, though other lines do"))
        #expect(try ReportFormat.text.render(report).contains("INCOMPLETE: S03 has no return"))
    }

    @Test("the report heads with the agreement's problems: a negative budget is named, not rated Green")
    func problemsHeadTheReport() throws {
        var broken = a
        broken.lines[4].budget = .pounds(-5_000_000)
        let report = BoardReport(broken, at: m9)
        #expect(report.problems.contains("line S04: the budget −£5,000,000 is negative"))
        let text = try ReportFormat.text.render(report)
        let firstLines = text.split(separator: "\n").prefix(4).joined(separator: "\n")
        #expect(firstLines.contains("problem"))
        #expect(firstLines.contains("line S04: the budget −£5,000,000 is negative"))
    }

    @Test("JSON is stable: sorted keys, pence, unknown figures left out (never 0), and it decodes back to the same report")
    func json() throws {
        let report = BoardReport(a, at: m12)
        let text = try ReportFormat.json.render(report)
        #expect(text.contains("\"moneyUnit\" : \"pence\""))
        #expect(text.contains("\"netCost\" : 2759360000"))
        #expect(text.contains("\"capitalOverspend\" : ["))
        let decoded = try JSONDecoder().decode(BoardReport.self, from: Data(text.utf8))
        #expect(decoded == report)
        #expect(try ReportFormat.json.render(decoded) == text)
        let unmonitored = try ReportFormat.json.render(BoardReport(a, at: Period(year: 2026, month: 2)))
        #expect(!unmonitored.contains("\"actualToDate\""))
        #expect(unmonitored.contains("\"rag\" : \"No return\""))
    }

    @Test("text and Markdown carry every section", arguments: [ReportFormat.text, .markdown])
    func sections(format: ReportFormat) throws {
        let text = try format.render(BoardReport(a, at: m12))
        for section in ["Pool summary by funding source", "Scheme lines", "By partner", "Ring-fence checks", "Outcome metrics",
                        "Contract payments", "Year-end position (final)", "What-if"] {
            #expect(text.contains(section), "\(format) lacks \(section)")
        }
        #expect(text.contains("£393,600"))
        #expect(text.contains("£221,400"))
        #expect(text.contains("Movement since M9"))
        #expect(text.contains("Northmoor Carers' Centre"))
    }

    @Test("text and Markdown columns line up by display width, even with £, — and a two-cell emoji in a name",
          arguments: [ReportFormat.text, .markdown])
    func columnsAlign(format: ReportFormat) throws {
        var wide = a
        wide.lines[0].name = "Home First 🩺 reablement — £"
        let text = try format.render(BoardReport(wide, at: m12))
        let rows = text.split(separator: "\n").filter { $0.range(of: "^(\\| )?S[0-9]", options: .regularExpression) != nil }
        #expect(rows.count == 19)
        #expect(Set(rows.map { DisplayWidth.of($0) }).count == 1)
    }

    /// The fields of every row of `text`, read by a real CSV parser.
    static func parse(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    @Test("CSV holds one table; money is plain pounds with an ASCII minus, and its columns re-add to the report's totals")
    func csvReadsBack() throws {
        let report = BoardReport(a, at: m9)
        let rows = try Self.parse(try ReportFormat.csv.render(report, csvTable: "scheme-lines"))
        let header = try #require(rows.first)
        #expect(header.contains("Budget (£)"))
        #expect(header.contains("Forecast (£)"))
        let lines = rows.dropFirst().filter { $0[0].hasPrefix("S") }
        #expect(lines.count == 19)
        #expect(Set(rows.map(\.count)).count == 1)
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
        func pence(_ field: String) throws -> Int64 {
            let parts = field.split(separator: ".")
            let whole = try #require(Int64(parts[0]))
            #expect(parts.count == 2 && parts[1].count == 2, "\(field) has two decimals")
            return whole * 100 + (whole < 0 || field.hasPrefix("-") ? -1 : 1) * (Int64(parts[1]) ?? 0)
        }
        let pool = try #require(report.totals.last)
        #expect(try lines.map { try pence($0[column("Budget (£)")]) }.reduce(0, +) == pool.budget)
        #expect(try lines.map { try pence($0[column("Forecast (£)")]) }.reduce(0, +) == pool.forecastOutturn)
        #expect(try lines.map { try pence($0[column("Var (£)")]) }.reduce(0, +) == pool.forecastVariance)
        let text = try ReportFormat.csv.render(report, csvTable: "scheme-lines")
        #expect(!text.contains("−"))
        #expect(!text.contains("£3"))
        #expect(text.contains("\r\n"))
    }

    @Test("every table is its own CSV, with one header and rows as wide (month 9 closed and adjusted, so that every table has rows)",
          arguments: ReportFormat.csvTables)
    func everyTable(table: String) throws {
        let rows = try Self.parse(try ReportFormat.csv.render(BoardReport(try RestatementReportTests.withEveryTable, at: m9), csvTable: table))
        #expect(rows.count > 1)
        #expect(Set(rows.map(\.count)).count == 1)
    }

    @Test("CSV quotes commas, quotes and CR, and guards text that a spreadsheet would run as a formula")
    func csvQuotingAndFormulas() throws {
        var tricky = a
        tricky.lines[0].name = "=HYPERLINK(\"http://x\"),\r\nbad"
        tricky.lines[1].name = "@SUM(A1)"
        tricky.lines[2].name = "-2+3"
        tricky.lines[3].name = "+1"
        let rows = try Self.parse(try ReportFormat.csv.render(BoardReport(tricky, at: m9), csvTable: "scheme-lines"))
        let names = rows.dropFirst().prefix(4).map { $0[1] }
        #expect(names == ["'=HYPERLINK(\"http://x\"),\r\nbad", "'@SUM(A1)", "'-2+3", "'+1"])
    }

    @Test("an unknown CSV table is refused with the list of tables")
    func unknownTable() {
        #expect(throws: ReportError.unknownTable("nope")) { try ReportFormat.csv.render(BoardReport(a, at: m9), csvTable: "nope") }
        #expect(ReportError.unknownTable("nope").description.contains("scheme-lines"))
    }
}
