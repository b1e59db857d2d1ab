import Foundation
import S75Domain
import S75Report
import Testing

/// The board pack (issue: returns and the board pack): what the January meeting is asked to decide, worked from the
/// agreement as the brief's month 9 stands; the register by score; HTML that needs nothing from outside.
@Suite("Board pack")
struct BoardPackTests {
    let january = DateOnly(year: 2026, month: 1, day: 20)

    /// Northmoor with a January meeting on December's figures and two risks.
    var agreement: Agreement {
        get throws {
            var a = Northmoor.agreement
            try a.apply(Change(.meeting(Meeting(date: january, period: Period(year: 2025, month: 12)))))
            try a.apply(Change(.risk(Risk(id: "RR1", title: "Care-home placements outrun the budget", owner: "Director of Adult Social Care",
                                          likelihood: 4, impact: 4, mitigation: "Weekly placement panel", trend: .rising, lineIDs: ["S14"]))))
            try a.apply(Change(.risk(Risk(id: "RR2", title: "Equipment demand", owner: "ICES manager", likelihood: 2, impact: 3,
                                          mitigation: "Recycling target", trend: .falling, lineIDs: ["S08a", "S08b"]))))
            return a
        }
    }

    @Test("the recommendations: note the forecast of +£430,000, approve October's minutes, decide the overdue remedial plans, approve the Q3 return")
    func recommendations() throws {
        let pack = try BoardPack(try agreement, meeting: january)
        let said = pack.recommendations.map { "\($0.verb) \($0.text)" }
        #expect(said.first == "Note the finance report for Dec 2025: the pool's forecast is +£430,000 against its £45,700,000 budget")
        #expect(said.contains("Approve the minutes of the meeting of 21 Oct 2025"))
        #expect(said.contains { $0.hasPrefix("Decide a remedial plan for S14 (forecast +9.1% over budget), due by") }, "\(said)")
        #expect(said.contains("Approve the Q3 BCF return of 2025-26"))
        #expect(said.contains { $0.hasPrefix("Note outcome metrics: ") })
        #expect(throws: EditError("there is no meeting on 2026-02-03: the meetings are 2025-10-21, 2026-01-20")) {
            try BoardPack(try agreement, meeting: DateOnly(year: 2026, month: 2, day: 3))
        }
    }

    @Test("the Markdown carries every section, the register highest score first; the HTML is self-contained with three charts, the same bytes twice")
    func writings() throws {
        let pack = try BoardPack(try agreement, meeting: january)
        let markdown = pack.markdown()
        for heading in ["## Front sheet", "## Agenda", "## Recommendations", "# Finance report", "## Risk register", "## Remedial plans",
                        "# Outcomes", "# The last meeting's minutes", "## Action log"] {
            #expect(markdown.contains("\n" + heading + "\n") || markdown.hasPrefix(heading), "\(heading)")
        }
        let register = markdown.components(separatedBy: "## Risk register")[1]
        #expect(try #require(register.range(of: "| RR1 ")).lowerBound < (try #require(register.range(of: "| RR2 "))).lowerBound)
        #expect(register.contains("| RR1  | Care-home placements outrun the budget | Director of Adult Social Care | 4          | 4      | 16    | High"))
        let html = pack.html()
        #expect(html == pack.html())
        #expect(!html.contains("<script") && !html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(html.contains("<title>Forecast variance by revenue line</title>") && html.contains("+£300,000"))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("@page { size: A4"))
        // a control character in a record is shown as U+FFFD, never written raw
        var a = try agreement
        try a.apply(Change(.risk(Risk(id: "RR3", title: "Bell\u{7}\u{1B}[31m", owner: "x", likelihood: 1, impact: 1, mitigation: ""))))
        let escaped = try BoardPack(a, meeting: january).html()
        #expect(escaped.contains("Bell\u{FFFD}\u{FFFD}[31m") && !escaped.unicodeScalars.contains { $0.value == 0x7 || $0.value == 0x1B })
    }
}
