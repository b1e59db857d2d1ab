import S75App
import S75Domain
import S75Interchange
import S75Screen
import S75TestSupport
import S75UI
import Testing

/// Reads figures back off the rendered screen and checks that every total row is the sum of its rows.
@Suite("Totals on screen reconcile")
struct ReconciliationTests {
    static let size = Size(columns: 160, rows: 60)

    /// The numbers in a screen line's money columns (after the name columns), as integers.
    static func numbers(_ line: String) -> [Int64] {
        line.split(separator: " ").compactMap { word in
            let cleaned = word.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "−", with: "-")
                .replacingOccurrences(of: "+", with: "")
            return cleaned.contains(".") || cleaned.contains("%") ? nil : Int64(cleaned)
        }
    }

    /// Whether a screen line is a table row whose ID starts with `prefix` (S, C, P0).
    static func isRow(_ line: String, _ prefix: String) -> Bool {
        line.range(of: "^[▸ ] \(prefix)[0-9]", options: .regularExpression) != nil
    }

    static func screen(_ pane: Pane, unit: DisplayUnit, nextPeriod: Bool = false) -> [String] {
        var state = Fixtures.northmoorState(pane: pane)
        state.displayUnit = unit
        if nextPeriod { _ = reduce(&state, .showNextPeriod) }
        return Screen.render(state, size: size).textSnapshot().components(separatedBy: "\n")
    }

    static let cases: [(DisplayUnit, Bool)] = [(.thousands, false), (.pounds, false), (.thousands, true), (.pounds, true)]

    @Test("scheme lines add up to the revenue, capital and pool totals on screen", arguments: cases)
    func schemeTotals(unit: DisplayUnit, final: Bool) throws {
        let lines = Self.screen(.budgets, unit: unit, nextPeriod: final)
        let rows = lines.filter { Self.isRow($0, "S") }
        #expect(rows.count == 19)
        let revenueRows = rows.filter { !$0.contains("S17") }.map { Array(Self.numbers($0).suffix(6)) }
        let revenueTotal = try #require(lines.first { $0.contains("Revenue total") && Self.numbers($0).count >= 6 })
        let pool = try #require(lines.last { $0.contains("Pool total") })
        let sum = (0..<6).map { column in revenueRows.reduce(0) { $0 + $1[column] } }
        #expect(Array(Self.numbers(revenueTotal).suffix(6)) == sum)
        let capital = Array(Self.numbers(try #require(rows.first { $0.contains("S17") })).suffix(6))
        #expect(Array(Self.numbers(pool).suffix(6)) == zip(sum, capital).map { $0 + $1 })
    }

    @Test("a filtered or drilled-into table's shown total is the sum of the rows on screen, and a summary row's",
          arguments: [TableArrangement(filters: ["rag": "red"]), TableArrangement(sort: "variance", filters: ["lead": "LA"]),
                      TableArrangement(group: LineGroup(dimension: .source, key: "la-better-care-grant", label: "LA Better Care Grant"))])
    func shownTotals(arrangement: TableArrangement) throws {
        var state = Fixtures.northmoorState()
        state.displayUnit = .pounds
        state.arrangements[.budgets] = arrangement
        let lines = Screen.render(state, size: Self.size).textSnapshot().components(separatedBy: "\n")
        let rows = lines.filter { Self.isRow($0, "S") }.map { Array(Self.numbers($0).suffix(6)) }
        #expect(!rows.isEmpty)
        let shown = try #require(lines.first { $0.contains("of 19 shown") })
        #expect(shown.contains("\(rows.count) of 19 shown"))
        #expect(Array(Self.numbers(shown).suffix(6)) == (0..<6).map { column in rows.reduce(0) { $0 + $1[column] } })
        if let group = arrangement.group {
            let row = try #require(state.agreement.rollUp(by: group.dimension, at: state.period).first { $0.key == group.key })
            #expect(Self.numbers(shown).suffix(6).first == row.figures.budget.pence / 100)
        }
    }

    @Test("contributions add up to the partner, ledger and pool totals on screen", arguments: [DisplayUnit.thousands, .pounds])
    func contributionTotals(unit: DisplayUnit) throws {
        let lines = Self.screen(.budgets, unit: unit)
        let amounts = lines.filter { Self.isRow($0, "C") }.map { Self.numbers($0).last ?? 0 }
        #expect(amounts.count == 5)
        let pool = try #require(lines.first { $0.contains("Pool total") && Self.numbers($0).count == 1 })
        #expect(Self.numbers(pool) == [amounts.reduce(0, +)])
        let icb = try #require(lines.first { $0.contains("ICB") && $0.contains("Total") })
        #expect(Self.numbers(icb).first(where: { $0 > 1_000 }) == amounts[0] + amounts[1])
    }

    @Test("provider rows, each with its share of alliance lines, add up to the whole pool on screen", arguments: cases)
    func providerTotals(unit: DisplayUnit, final: Bool) throws {
        let lines = Self.screen(.providers, unit: unit, nextPeriod: final)
        let rows = lines.filter { Self.isRow($0, "P") || $0.range(of: "^[▸ ] — ", options: .regularExpression) != nil }
            .map { Array(Self.numbers($0).prefix(3)) }
        #expect(rows.count == 8)
        let total = try #require(lines.first { $0.contains("Total (the whole pool)") })
        #expect(Array(Self.numbers(total).prefix(3)) == (0..<3).map { c in rows.reduce(0) { $0 + $1[c] } })
    }

    @Test("each summary table's rows add up to its pool total on screen", arguments: cases)
    func summaryTotals(unit: DisplayUnit, final: Bool) throws {
        var state = Fixtures.northmoorState()
        state.displayUnit = unit
        if final { _ = reduce(&state, .showNextPeriod) }
        _ = reduce(&state, .showNextBudgetsView)
        let lines = Screen.render(state, size: Size(columns: 160, rows: 120)).textSnapshot().components(separatedBy: "\n")
        var tables = 0
        var rows: [[Int64]] = []
        for line in lines {
            let figures = Array(Self.numbers(line).prefix(6))
            if line.hasPrefix("  By ") || line.contains("Funding source") || line.contains("Budget YTD") {
                rows = []
            } else if line.contains("Pool total") {
                #expect(figures == (0..<6).map { c in rows.reduce(0) { $0 + $1[c] } }, "table \(tables + 1)")
                tables += 1
                rows = []
            } else if figures.count == 6 {
                rows.append(figures)
            }
        }
        #expect(tables == 6)
    }
}

/// The personal budgets on screen add up: each row's ICB, council and person make its plan, and the total row is
/// the sum of the rows, to the penny.
@Suite("Personal budgets reconcile")
struct PersonalBudgetReconciliationTests {
    /// The £ amounts in a screen line, in pence.
    static func pence(_ line: String) -> [Int64] {
        line.split(separator: " ").filter { $0.hasPrefix("£") }.map { word in
            let digits = word.dropFirst().replacingOccurrences(of: ",", with: "").split(separator: ".")
            return Int64(digits[0])! * 100 + (digits.count > 1 ? Int64(digits[1])! : 0)
        }
    }

    @Test("Ashvale's three budgets and their total, read off the Providers pane", arguments: [DisplayUnit.thousands, .pounds])
    func ashvale(unit: DisplayUnit) throws {
        var state = AppState(agreement: try SampleDocuments.ashvale(), storePath: "/data/a.s75", today: Fixtures.meetingDay)
        state.view = .table(.providers)
        state.displayUnit = unit
        let lines = Screen.render(state, size: ReconciliationTests.size).textSnapshot().components(separatedBy: "\n")
        let rows = lines.filter { $0.range(of: "^[▸ ] PB[0-9]", options: .regularExpression) != nil }.map(Self.pence)
        #expect(rows.count == 3)
        for row in rows { #expect(row[1] + row[2] + row[3] == row[0], "ICB + council + person = plan: \(row)") }
        let total = Self.pence(try #require(lines.first { $0.contains("Total") && $0.contains("£") }))
        #expect(total == (0..<4).map { column in rows.reduce(0) { $0 + $1[column] } })
        #expect(total[0] == 14_680_000)
    }
}
