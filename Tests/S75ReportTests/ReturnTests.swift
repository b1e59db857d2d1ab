import Foundation
import S75Domain
import S75Report
import Testing

/// The statutory returns (issue: returns and the board pack), read back from their JSON: the figures against the
/// brief's worked year (§6.9), every total added again from its rows, DRAFT until the month is closed with every return.
@Suite("Statutory returns")
struct ReturnTests {
    let m9 = Period(year: 2025, month: 12), m12 = Period(year: 2026, month: 3)
    let day = DateOnly(year: 2026, month: 4, day: 20)

    /// Northmoor with `periods` closed.
    func closed(_ periods: [Period]) throws -> Agreement {
        var a = Northmoor.agreement
        a.reportingPeriod = periods.max() ?? a.reportingPeriod
        for p in periods { try a.apply(Change(.monthClose(try a.closing(p, on: day, by: "pfm")))) }
        return a
    }

    /// The return's JSON: its status and, by identifier, each table's rows (money in pence, null when not known).
    func tables(_ r: StatutoryReturn) throws -> (status: String, draft: Bool, tables: [String: [[Any]]], columns: [String: [String]]) {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.json().utf8)) as? [String: Any])
        let list = try #require(json["tables"] as? [[String: Any]])
        var rows: [String: [[Any]]] = [:], columns: [String: [String]] = [:]
        for t in list {
            let id = try #require(t["id"] as? String)
            rows[id] = try #require(t["rows"] as? [[Any]])
            columns[id] = try #require(t["columns"] as? [String])
        }
        return (try #require(json["status"] as? String), try #require(json["draft"] as? Bool), rows, columns)
    }

    /// Column `name` of every row but the last (the parts) and of the last (their total), in pence.
    func parts(_ rows: [[Any]], _ columns: [String], _ name: String, total label: String = "Total") throws -> (parts: [Int64], total: Int64) {
        let i = try #require(columns.firstIndex(of: name))
        let totalRow = try #require(rows.last)
        #expect((totalRow.first as? String)?.hasSuffix(label) == true || (totalRow[1] as? String) == label, "\(totalRow)")
        return (try rows.dropLast().map { try #require(($0[i] as? NSNumber)?.int64Value) }, try #require((totalRow[i] as? NSNumber)?.int64Value))
    }

    @Test("the quarterly return at month 9: contributions and the pool by lead commissioner add up to the brief's £45.7m; DRAFT until December is closed")
    func quarterly() throws {
        let draft = try tables(try StatutoryReturn(.quarterly, of: Northmoor.agreement, at: m9))
        #expect(draft.status == "DRAFT: Dec 2025 is not closed.")
        #expect(draft.draft)
        let final = try tables(try StatutoryReturn(.quarterly, of: try closed([m9]), at: m9))
        #expect(final.status.hasPrefix("FINAL: Dec 2025 is closed 20 Apr 2026 by pfm"), "\(final.status)")
        #expect(Array(final.tables.keys).sorted() == ["by-lead-commissioner", "contributions", "metrics", "partners", "scheme-lines", "year-end"])

        let contributions = try parts(try #require(final.tables["contributions"]), try #require(final.columns["contributions"]), "For the year")
        #expect(contributions.parts == [25_800_000_00, 1_400_000_00, 11_700_000_00, 3_600_000_00, 3_200_000_00])
        #expect(contributions.total == 45_700_000_00 && contributions.parts.reduce(0, +) == contributions.total)
        let due = try #require(final.columns["contributions"]?.firstIndex(of: "Due to date"))
        #expect(final.tables["contributions"]?.allSatisfy { $0[due] is NSNull } == true, "no instalments: not known, never £0")

        // by lead commissioner: the council's revenue and capital and the ICB's, then revenue, capital and pool totals
        let lead = try #require(final.tables["by-lead-commissioner"]), columns = try #require(final.columns["by-lead-commissioner"])
        let budget = try #require(columns.firstIndex(of: "Budget")), actual = try #require(columns.firstIndex(of: "Actual YTD"))
        let figure = { (row: [Any], i: Int) in (row[i] as? NSNumber)?.int64Value ?? -1 }
        #expect(lead.map { figure($0, budget) } == [28_200_000_00, 3_200_000_00, 14_300_000_00, 42_500_000_00, 3_200_000_00, 45_700_000_00])
        #expect(lead.prefix(3).map { figure($0, actual) }.reduce(0, +) == figure(lead[5], actual))
        #expect(lead.prefix(3).map { figure($0, budget) }.reduce(0, +) == figure(lead[5], budget))
    }

    @Test("the regulation 9 report: the council's NHS-funded lines it leads alone, S01a, S02, S03 and S09, total £10.9m and re-add")
    func reg9() throws {
        let r = try tables(try StatutoryReturn(.reg9, of: try closed([m9]), at: m9))
        let rows = try #require(r.tables["nhs-functions"]), columns = try #require(r.columns["nhs-functions"])
        #expect(rows.dropLast().map { ($0[0] as? String)?.split(separator: " ").first.map(String.init) } == ["S01a", "S02", "S03", "S09"])
        let budget = try parts(rows, columns, "Budget", total: "NHS functions exercised by the council")
        #expect(budget.total == 10_900_000_00 && budget.parts.reduce(0, +) == budget.total)
        let actual = try parts(rows, columns, "Actual YTD", total: "NHS functions exercised by the council")
        #expect(actual.total == 8_305_000_00 && actual.parts.reduce(0, +) == actual.total)
    }

    @Test("the annual return and the accounts note at the year's end state the brief's settlement: outturn £43,365,000, ICB £393,600, council £221,400")
    func yearEnd() throws {
        let a = try closed([m9, m12])
        let annual = try tables(try StatutoryReturn(.annual, of: a, at: m12))
        #expect(annual.status.hasPrefix("FINAL: Mar 2026 is closed"))
        let steps = try #require(annual.tables["year-end"])
        func step(_ label: String) -> Int64? { steps.first { ($0[0] as? String) == label }.flatMap { ($0[1] as? NSNumber)?.int64Value } }
        #expect(step("Outturn") == 43_365_000_00 && step("Net variance after netting") == 865_000_00 && step("Less risk reserve applied") == -250_000_00)
        #expect(step("Capital carried forward: Disabled Facilities Grant") == 450_000_00)
        let partners = try #require(annual.tables["partners"]), pc = try #require(annual.columns["partners"])
        let share = try #require(pc.firstIndex(of: "Risk-share liability")), net = try #require(pc.firstIndex(of: "Net revenue cost"))
        #expect(partners.map { ($0[share] as? NSNumber)?.int64Value } == [221_400_00, 393_600_00])
        #expect(partners.map { ($0[net] as? NSNumber)?.int64Value } == [15_521_400_00, 27_593_600_00])

        let note = try tables(try StatutoryReturn(.accountsNote, of: a, at: m12))
        let funding = try #require(note.tables["funding"]), fc = try #require(note.columns["funding"])
        for column in ["Revenue", "Capital", "Total"] {
            let (p, total) = try parts(funding, fc, column)
            #expect(p.reduce(0, +) == total, "\(column)")
        }
        #expect(try parts(funding, fc, "Total").total == 45_700_000_00)
        #expect(try parts(funding, fc, "Revenue").parts == [15_300_000_00, 27_200_000_00])
        #expect(note.tables["year-end"] != nil && note.tables["partners"] != nil)
    }

    @Test("a return is refused for a month it is not made for, or outside the agreement; one with a line unreturned says which")
    func refused() throws {
        #expect(throws: EditError("the quarterly return is made at a quarter's end: month 3, 6, 9 or 12 (Nov 2025 is month 8)")) {
            try StatutoryReturn(.quarterly, of: Northmoor.agreement, at: Period(year: 2025, month: 11))
        }
        #expect(throws: EditError("the annual return is made for the year's end, month 12 (2026-03)")) {
            try StatutoryReturn(.annual, of: Northmoor.agreement, at: m9)
        }
        #expect(throws: EditError("Jun 2027 is outside the agreement's term (1 Apr 2025 to 31 Mar 2026)")) {
            try StatutoryReturn(.quarterly, of: Northmoor.agreement, at: Period(year: 2027, month: 6))
        }
        var a = Northmoor.agreement
        a.monitoring.remove(line: "S04", period: m9)
        #expect(try StatutoryReturn(.quarterly, of: a, at: m9).status == "DRAFT: Dec 2025 is not closed; 1 line has no return: S04.")
    }
}
