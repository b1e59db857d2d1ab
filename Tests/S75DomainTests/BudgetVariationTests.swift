import S75Domain
import Testing

/// Budgets that change by dated variation, never by overwriting, checked against the agreement's delegated limits
/// (issue: the record of account). Figures worked by hand from the brief's Northmoor lines: S08a £1,400,000 and S08b
/// £1,800,000 (one scheme, S08), both straight-line; the PFM may vire within a scheme up to £100k, the board up to
/// £500k and 10% of the receiving scheme.
@Suite("Budget variations")
struct BudgetVariationTests {
    static let june = Period(year: 2025, month: 6), september = Period(year: 2025, month: 9)
    static let december = Period(year: 2025, month: 12), march = Period(year: 2026, month: 3)

    /// £90,000 vired from S08a to S08b from September (month 6), within the PFM's limit.
    static let virement = BudgetVariation(id: "V1", fromLineID: "S08a", toLineID: "S08b", amount: .pounds(90_000), effective: september,
                                          reason: "equipment demand moved to telecare")

    var varied: Agreement {
        get throws { try Northmoor.agreement.applying(Change(.variation(Self.virement))) }
    }

    @Test("the budget in force is the original until the virement's month, then original ± the virement")
    func budgetInForce() throws {
        let a = try varied
        let s08a = try #require(a.line("S08a")), s08b = try #require(a.line("S08b"))
        #expect(s08a.budget == .pounds(1_400_000) && s08b.budget == .pounds(1_800_000))  // the originals are never changed
        #expect([Self.june, Self.september, Self.december, Self.march].map { a.budget(of: s08a, at: $0) }
                == [.pounds(1_400_000), .pounds(1_310_000), .pounds(1_310_000), .pounds(1_310_000)])
        #expect([Self.june, Self.september, Self.december, Self.march].map { a.budget(of: s08b, at: $0) }
                == [.pounds(1_800_000), .pounds(1_890_000), .pounds(1_890_000), .pounds(1_890_000)])
    }

    /// S08b's year-to-date budget: the months before September keep theirs (£150,000 a month); the £90,000 is spread
    /// over the seven months September to March, rounded down to the pound until March: 1/7 by month 6 (£12,857),
    /// 4/7 by month 9 (£51,428), all of it by month 12.
    @Test("the year-to-date budget is profiled on the budget in force month by month: months 3, 6, 9 and 12")
    func yearToDate() throws {
        let a = try varied
        let s08a = try #require(a.line("S08a")), s08b = try #require(a.line("S08b"))
        #expect([Self.june, Self.september, Self.december, Self.march].map { a.budgetToDate(of: s08b, at: $0) }
                == [.pounds(450_000), .pounds(912_857), .pounds(1_401_428), .pounds(1_890_000)])
        #expect([Self.june, Self.september, Self.december, Self.march].map { a.budgetToDate(of: s08a, at: $0) }
                == [.pounds(350_000), .pounds(687_143), .pounds(998_572), .pounds(1_310_000)])
        // the month-9 return's own year-to-date budget (£1,350,000, on the original) has the virement's part added
        let m9 = a.figures(for: s08b, at: Self.december)
        #expect(m9.budget == .pounds(1_890_000) && m9.budgetToDate == .pounds(1_401_428))
        // a virement moves budget, so the pool's figures are the same at every month
        for month in [Self.june, Self.september, Self.december, Self.march] {
            #expect(a.figures(at: month).budgetToDate == Northmoor.agreement.figures(at: month).budgetToDate)
            #expect(a.figures(at: month).budget == .thousands(45_700))
        }
        // the month-3 report stays on the original budget
        #expect(BoardReport(a, at: Self.june).schemes.first { $0.line == "S08b" }?.figures.budget == Money.pounds(1_800_000).pence)
        #expect(BoardReport(a, at: Self.june).budgetVariations.isEmpty)
    }

    @Test("a report lists the variations and each varied line's original, variations and budget in force, which re-add")
    func report() throws {
        let report = BoardReport(try varied, at: Self.december)
        #expect(report.budgetVariations.map(\.id) == ["V1"])
        #expect(report.budgetVariations.first?.agreedBy == "the pooled fund manager")
        #expect(report.budgetsInForce.map(\.line) == ["S08a", "S08b"])
        for row in report.budgetsInForce { #expect(row.original + row.variations == row.inForce) }
        #expect(report.budgetsInForce.map(\.inForce) == [131_000_000, 189_000_000])
    }

    func variation(_ from: String?, _ to: String?, pounds: Int64, pence: Int64 = 0, decision: String? = nil, approval: String = "",
                   partner: String? = nil) -> BudgetVariation {
        BudgetVariation(id: "V9", fromLineID: from, toLineID: to, amount: Money(pence: pounds * 100 + pence), effective: Self.march,
                        reason: "test", partnerID: partner, decision: decision, partnersApproval: approval)
    }

    @Test("at each delegated limit: the PFM to £100,000 within a scheme; then the board; then the partners")
    func limits() throws {
        let a = Northmoor.agreement
        // within scheme S08: £100,000 is the PFM's; a penny more is the board's
        #expect(a.authority(for: variation("S08a", "S08b", pounds: 100_000)).authority == .poolFundManager)
        let aboveFundManager = variation("S08a", "S08b", pounds: 100_000, pence: 1)
        #expect(a.authority(for: aboveFundManager).authority == .board)
        #expect(throws: EditError("V9 (£100,000.01 from S08a to S08b) needs the board because it is above the pooled fund manager's limit "
                                  + "within a scheme (£100,000): give the board's decision that agreed it (e.g. D4)")) {
            try a.applying(Change(.variation(aboveFundManager)))
        }
        _ = try a.applying(Change(.variation(variation("S08a", "S08b", pounds: 100_000, pence: 1, decision: "D1"))))
        #expect(throws: EditError("there is no decision D9 of the board to agree V9")) {
            try a.applying(Change(.variation(variation("S08a", "S08b", pounds: 100_000, pence: 1, decision: "D9"))))
        }
        // between schemes, into S03 (£4,000,000): the board to 10% of it, £400,000; a penny more is the partners'
        #expect(a.authority(for: variation("S13", "S03", pounds: 1)).authority == .board)
        #expect(a.authority(for: variation("S13", "S03", pounds: 400_000)).authority == .board)
        let aboveShare = variation("S13", "S03", pounds: 400_000, pence: 1, decision: "D1")
        #expect(throws: EditError("V9 (£400,000.01 from S13 to S03) needs the partners because it is above the board's limit of 10% of "
                                  + "scheme S03's £4,000,000 (£400,000): record their approval (e.g. Cabinet 12 Nov 2025; ICB Board 14 Nov 2025)")) {
            try a.applying(Change(.variation(aboveShare)))
        }
        // into S04 (£7,000,000), 10% is £700,000, so the board's £500,000 binds
        #expect(a.authority(for: variation("S13", "S04", pounds: 500_000)).authority == .board)
        #expect(a.authority(for: variation("S13", "S04", pounds: 500_000, pence: 1)).because == "it is above the board's limit (£500,000)")
        _ = try a.applying(Change(.variation(variation("S13", "S04", pounds: 500_000, pence: 1, approval: "Cabinet 12 Nov 2025; ICB Board 14 Nov 2025"))))
        // the pool growing is always the partners', and names whose contribution changes
        #expect(throws: EditError("name the partner whose contribution changes with the pool")) {
            try a.applying(Change(.variation(variation(nil, "S03", pounds: 1, approval: "Cabinet"))))
        }
        #expect(throws: EditError("V9 (£1 to S03 (LA's contribution)) needs the partners because it changes the pool's budget by £1, "
                                  + "a change to a partner's contribution: record their approval (e.g. Cabinet 12 Nov 2025; ICB Board 14 Nov 2025)")) {
            try a.applying(Change(.variation(variation(nil, "S03", pounds: 1, partner: "LA"))))
        }
        // an agreement with no limits set delegates nothing: even a pound within a scheme is the partners'
        var none = a
        none.governance.limits = .none
        #expect(none.authority(for: variation("S08a", "S08b", pounds: 1)).authority == .partners)
        #expect(none.authority(for: variation("S08a", "S08b", pounds: 1)).because == "the board has no delegated limit")
    }

    @Test("a line's budget never goes below nothing, and a variation names lines, an amount and a reason")
    func checks() throws {
        let a = Northmoor.agreement
        #expect(throws: EditError("S11 would have −£200,000 in Mar 2026: a budget cannot go below £0")) {
            try a.applying(Change(.variation(variation("S11", "S12", pounds: 500_000, approval: "Cabinet"))))
        }
        #expect(throws: EditError("a virement moves budget between two different lines")) {
            try a.applying(Change(.variation(variation("S03", "S03", pounds: 1))))
        }
        #expect(throws: EditError("a variation moves an amount more than £0")) {
            try a.applying(Change(.variation(variation("S08a", "S08b", pounds: 0))))
        }
        #expect(throws: EditError("there is no line S99")) { try a.applying(Change(.variation(variation("S99", "S08b", pounds: 1)))) }
        // a line reported on keeps its original budget; a new one's cannot be negative
        var s03 = try #require(a.line("S03"))
        s03.budget = .pounds(4_100_000)
        #expect(throws: EditError("S03 has been reported on (Dec 2025): its original budget is kept; vary it instead (:vary, or s75 vary)")) {
            try a.applying(Change(.line(s03)))
        }
        var new = s03
        new.id = "S18"
        new.budget = .pounds(-1)
        #expect(throws: EditError("a budget cannot be negative")) { try a.applying(Change(.line(new))) }
        // a line with a variation cannot be removed
        let varied = try varied
        #expect(throws: EditError.self) { try varied.applying(Change(key: .line("S08b"), new: nil)) }
    }

    @Test("once a month is closed: no variation takes effect in it or before, one it reported is kept, and original budgets are fixed")
    func closedMonths() throws {
        var a = try varied
        try a.apply(Change(.monthClose(try a.closing(Self.december, on: DateOnly(year: 2026, month: 1, day: 12), by: "pfm"))))
        var early = Self.virement
        early.id = "V2"
        early.effective = Self.december
        #expect(throws: EditError("Dec 2025 is closed: a variation takes effect from a month after it, never in a month the board has seen closed")) {
            try a.applying(Change(.variation(early)))
        }
        #expect(throws: EditError("V1 took effect in Sep 2025, part of the closed Dec 2025 report: vary the budget again from an open month")) {
            try a.applying(Change(key: .variation("V1"), new: nil))
        }
        var line = try #require(a.line("S03"))
        line.budget = .pounds(4_200_000)
        #expect(throws: EditError("S03's original budget is part of the closed Dec 2025 report: vary it instead (:vary, or s75 vary)")) {
            try a.applying(Change(.line(line)))
        }
        var later = early
        later.effective = Period(year: 2026, month: 1)
        _ = try a.applying(Change(.variation(later)))
    }
}
