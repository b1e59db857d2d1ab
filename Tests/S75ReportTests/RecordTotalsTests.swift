import S75Domain
@testable import S75Report
import Testing

/// The record's new tables re-add to the penny from their own CSV: the varied lines' totals, and contributions due and
/// received.
@Suite("Record tables re-add")
struct RecordTotalsTests {
    static let m9 = Period(year: 2025, month: 12)

    func pence(_ field: String) throws -> Int64 {
        let negative = field.hasPrefix("-")
        let parts = field.drop { $0 == "-" || $0 == "+" }.split(separator: ".")
        let value = try #require(Int64(parts[0])) * 100 + (parts.count > 1 ? try #require(Int64(parts[1])) : 0)
        return negative ? -value : value
    }

    func table(_ id: String) throws -> [[String]] {
        try ReportTests.parse(try ReportFormat.csv.render(BoardReport(try RestatementReportTests.withEveryTable, at: Self.m9), csvTable: id))
    }

    @Test("budgets in force: each column's total is its rows' sum, and original plus variations is in force on every row")
    func budgetsInForce() throws {
        let rows = try table("budgets-in-force").dropFirst()
        let lines = rows.filter { $0[0] != "Total" }, total = try #require(rows.first { $0[0] == "Total" })
        for column in 1...3 { #expect(try lines.map { try pence($0[column]) }.reduce(0, +) == pence(total[column])) }
        for row in rows { #expect(try pence(row[1]) + pence(row[2]) == pence(row[3])) }
        #expect(try pence(total[2]) == 0)  // a virement moves budget: the pool is the same
    }

    @Test("contributions received: the scheduled total re-adds due, received and owed, and owed is due less received")
    func contributionsReceived() throws {
        let rows = try table("contributions-received").dropFirst()
        let scheduled = rows.filter { $0[0] != "Total scheduled" && !$0[3].isEmpty }
        let total = try #require(rows.first { $0[0] == "Total scheduled" })
        for column in [2, 3, 4, 5] { #expect(try scheduled.map { try pence($0[column]) }.reduce(0, +) == pence(total[column])) }
        for row in scheduled { #expect(try pence(row[3]) - pence(row[4]) == pence(row[5])) }
    }
}
