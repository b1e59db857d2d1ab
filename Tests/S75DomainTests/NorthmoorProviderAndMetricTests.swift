import S75Domain
import Testing

/// The Northmoor providers (§6.3) and metrics (§6.6).
@Suite("Northmoor providers and metrics")
struct NorthmoorProviderAndMetricTests {
    let a = Northmoor.agreement
    let m12 = Period(year: 2026, month: 3)

    /// §6.3's own-line plan and outturn, plus each alliance member's share of S11 (300 plan, 180 outturn)
    /// at 80% / 10% / 10%: P01 11,200 + 240 and 10,860 + 144; P02 1,500 + 30 and 1,500 + 18; P03 1,300 + 30 and 1,260 + 18.
    static let providerTable: [(String, Int64, Int64)] = [
        ("P01", 11_440, 11_004), ("P02", 1_530, 1_518), ("P03", 1_330, 1_278), ("P04", 11_100, 10_710),
        ("P05", 10_300, 10_570), ("P06", 5_900, 6_730), ("P07", 900, 885), ("P08", 3_200, 3_420),
    ]

    @Test("each provider's plan and outturn: its own lines plus its alliance share of S11", arguments: providerTable)
    func provider(id: String, plan: Int64, outturn: Int64) throws {
        let row = try #require(a.providerFigures(at: m12).first { $0.providerID == id })
        #expect(row.figures.budget == .thousands(plan))
        #expect(row.figures.forecastOutturn == .thousands(outturn))
    }

    @Test("provider rows add up to the pool: 45,700 plan, 46,115 outturn; the alliance pool 300 → 180 is divided, not listed apart")
    func providersReconcile() throws {
        let rows = a.providerFigures(at: m12)
        #expect(rows.map(\.figures).total().budget == .thousands(45_700))
        #expect(rows.map(\.figures).total().forecastOutturn == .thousands(46_115))
        #expect(!rows.contains { $0.providerID == nil })
        let p01 = try #require(rows.first { $0.providerID == "P01" })
        #expect(p01.ownLineIDs == ["S04", "S05", "S10"])
        #expect(p01.lineIDs == ["S04", "S05", "S10", "S11"], "its own lines, then the alliance's")
        #expect(p01.allianceShare?.budget == .thousands(240))
        #expect(a.allianceShares(of: .thousands(180)).map(\.share) == [144, 18, 18].map(Money.thousands))
        #expect(a.allianceShares(of: .thousands(300)).map(\.share) == [240, 30, 30].map(Money.thousands))
    }

    static let yearEndTable: [(String, RAG, Bool)] = [
        ("M1", .amber, false), ("M2", .red, false), ("M3", .amber, false), ("M4", .green, true), ("M5", .green, true),
        ("M6", .amber, false),
    ]

    @Test("a line two providers share outside the alliance makes a row of its own: S03's 4,000 plan and 4,180 outturn, the rows still adding up to 45,700 and 46,115")
    func sharedLineRow() throws {
        var shared = a
        var s03 = try #require(shared.lines[id: "S03"])
        s03.providerIDs = ["P05", "P06"]
        try shared.apply(Change(.line(s03)))
        let rows = shared.providerFigures(at: m12)
        let row = try #require(rows.first { $0.providerID == nil })
        #expect(row.lineIDs == ["S03"])
        #expect(row.figures.budget == .thousands(4_000))
        #expect(row.figures.forecastOutturn == .thousands(4_180))
        #expect(rows.first { $0.providerID == "P05" }?.figures.budget == .thousands(10_300 - 4_000))
        #expect(rows.map(\.figures).total().budget == .thousands(45_700))
        #expect(rows.map(\.figures).total().forecastOutturn == .thousands(46_115))
    }

    @Test("year-end RAG and whether the target was met (§6.6)", arguments: yearEndTable)
    func yearEndRAG(id: String, rag: RAG, met: Bool) throws {
        let metric = try #require(a.metrics.first { $0.id == id })
        let year = try #require(metric.latestAssessment(at: 12))
        #expect(year.period == .year)
        #expect(year.rag == rag)
        #expect(year.targetMet == met)
        #expect(metric.nationalStatus(at: 12) == (met ? .onTrack : .notOnTrack))
    }

    @Test("adverse gaps: M1 +0.9%, M2 +14%, M3 +2.6%, M6 0.1 pp")
    func gaps() throws {
        func year(_ id: String) throws -> MetricAssessment { try #require(a.metrics.first { $0.id == id }?.assessment(for: .year)) }
        #expect(try year("M1").adverseBasisPoints == 90)
        #expect(try year("M2").adverseBasisPoints == 1_410)
        #expect(try year("M3").adverseBasisPoints == 256)
        #expect(try year("M6").adverseGap == MetricNumber(thousandths: 100))
    }

    @Test("at month 9 (December) Q3 is not yet published (two months' lag), so the latest is Q2; at month 11 it is Q3; M5 (annual) has no data yet")
    func monthNine() throws {
        let m1 = try #require(a.metrics.first { $0.id == "M1" })
        #expect(m1.publicationLagMonths == 2)
        #expect(m1.latestAssessment(at: 9)?.period == .quarter(2))
        #expect(m1.latestAssessment(at: 10)?.period == .quarter(2))
        #expect(m1.latestAssessment(at: 11)?.period == .quarter(3))
        #expect(m1.latestAssessment(at: 12)?.period == .year)
        #expect(m1.latestAssessment(at: 9)?.rag == .amber)
        let m5 = try #require(a.metrics.first { $0.id == "M5" })
        #expect(m5.latestAssessment(at: 9) == nil)
        #expect(m5.nationalStatus(at: 9) == .noData)
    }

    static let numbers: [(String, Int64)] = [("22,350", 22_350_000), ("0.89", 890), ("134.6", 134_600), ("-1.5", -1_500)]

    @Test("metric numbers parse exactly", arguments: numbers)
    func metricNumbers(text: String, thousandths: Int64) {
        #expect(MetricNumber(text)?.thousandths == thousandths)
    }

    @Test("malformed metric numbers are refused", arguments: ["", "1.2345", "abc", "1.2.3"])
    func badMetricNumbers(text: String) {
        #expect(MetricNumber(text) == nil)
    }
}

/// Metric values recomputed from their counts: admissions ÷ 52,000 × 100,000, and 330 ÷ 390.
@Suite("Metric values from counts")
struct MetricCountTests {
    @Test("every rate with counts reproduces the published value at the metric's decimals", arguments: ["M1", "M3", "M5"])
    func reproduce(id: String) throws {
        let metric = try #require(Northmoor.agreement.metrics.first { $0.id == id })
        let per: Int64 = metric.unit == .percent ? 100 : 100_000
        let withCounts = metric.values.filter { $0.numerator != nil }
        #expect(!withCounts.isEmpty)
        for value in withCounts {
            let computed = try #require(value.computed(per: per))
            let scale: Int64 = [1_000, 100, 10, 1][metric.decimals]
            #expect(Rounding.divide(computed.thousandths, by: scale) * scale == value.value.thousandths, "\(id) \(value.period.label)")
        }
    }
}
