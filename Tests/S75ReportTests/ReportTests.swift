import Foundation
import S75Domain
import S75Report
import Testing

@Suite("Board report")
struct ReportTests {
    let a = Northmoor.agreement
    let m12 = Period(year: 2026, month: 3)

    @Test("the report carries the same figures as the domain: §6.4 totals, §6.9 shares, §6.7 payments")
    func figures() throws {
        let report = BoardReport(a, at: m12)
        #expect(report.totals.map(\.forecastOutturn) == [4_336_500_000, 275_000_000, 4_611_500_000])
        #expect(report.partners.map(\.riskShare) == [22_140_000, 39_360_000])
        #expect(report.partners.map(\.netCost) == [1_552_140_000, 2_759_360_000])
        #expect(report.yearEnd.reserveUsed == 25_000_000)
        #expect(report.yearEnd.capitalCarriedForward == 45_000_000)
        #expect(report.yearEnd.reconciles)
        #expect(report.contractPayments.first { $0.contract == "K07" }?.paid == 88_500_000)
        #expect(report.contractPayments.filter { ["K09", "K10", "K11"].contains($0.contract) }.compactMap(\.earned).reduce(0, +) == 18_000_000)
        #expect(report.ringFences.allSatisfy { $0.passed })
        let m2 = report.metrics.first { $0.metric == "M2" }
        #expect(m2?.latestValue == "0.89")
        #expect(m2?.rag == "Red")
        #expect(report.metrics.first { $0.metric == "M1" }?.payments == ["K09", "K10", "K11"])
        #expect(report.whatIf.map { $0.shares.map(\.amount) } == [[111_500_000, -50_000_000], [22_140_000, 39_360_000],
                                                                  [30_750_000, 30_750_000], [34_300_000, 27_200_000]])
    }

    @Test("scheme rows add up to the totals in the report")
    func reconciles() {
        let report = BoardReport(a, at: Period(year: 2025, month: 12))
        let pool = report.totals.last
        #expect(report.schemes.map(\.figures.forecastOutturn).reduce(0, +) == pool?.forecastOutturn)
        #expect(report.schemes.map(\.figures.actualToDate).reduce(0, +) == pool?.actualToDate)
        #expect(report.poolBySource.map(\.budget).reduce(0, +) == pool?.budget)
    }

    @Test("JSON is stable: sorted keys, pence, and it decodes back to the same report")
    func json() throws {
        let report = BoardReport(a, at: m12)
        let text = try ReportFormat.json.render(report)
        #expect(text.contains("\"moneyUnit\" : \"pence\""))
        #expect(text.contains("\"netCost\" : 2759360000"))
        let decoded = try JSONDecoder().decode(BoardReport.self, from: Data(text.utf8))
        #expect(decoded == report)
        #expect(try ReportFormat.json.render(decoded) == text)
    }

    @Test("text, Markdown and CSV carry every section", arguments: [ReportFormat.text, .markdown, .csv])
    func sections(format: ReportFormat) throws {
        let text = try format.render(BoardReport(a, at: m12))
        for section in ["Pool summary by funding source", "Scheme lines", "By partner", "Ring-fence checks", "Outcome metrics",
                        "Contract payments", "Year-end position (final)", "What-if"] {
            #expect(text.contains(section), "\(format) lacks \(section)")
        }
        #expect(text.contains("£393,600"))
        #expect(text.contains("£221,400"))
    }

    @Test("CSV quotes fields with commas, and every row of a table has the same number of fields")
    func csv() throws {
        let text = try ReportFormat.csv.render(BoardReport(a, at: m12))
        let table = text.components(separatedBy: "\n\n")[1].split(separator: "\n")
        #expect(table.first?.hasPrefix("section,Line,Scheme") == true)
        #expect(text.contains("\"£42,500,000\""))
        let counts = Set(table.map { line in
            var fields = 1, quoted = false
            for character in line { if character == "\"" { quoted.toggle() } else if character == ",", !quoted { fields += 1 } }
            return fields
        })
        #expect(counts.count == 1)
    }
}
