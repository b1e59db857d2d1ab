import S75Domain
import Testing

/// Northmoor's year-end position and what-if table (brief §6.8–6.9).
@Suite("Northmoor year end")
struct NorthmoorYearEndTests {
    let a = Northmoor.agreement
    let m12 = Period(year: 2026, month: 3)
    static func k(_ thousands: Int64, _ hundreds: Int64 = 0) -> Money { Money(pence: thousands * 100_000 + hundreds * 10_000) }

    @Test("§6.9: 865 overspend, 250 reserve, 615 shared: ICB £393,600 and council £221,400, caps not binding")
    func position() throws {
        let position = try #require(a.yearEndPosition(at: m12))
        let revenue = position.revenue
        #expect(position.isFinal)
        #expect(revenue.contributions == Self.k(42_500))
        #expect(revenue.outturn == Self.k(43_365))
        #expect(revenue.netVariance == Self.k(865))
        #expect(revenue.reserveUsed == Self.k(250))
        #expect(revenue.reserveClosing == .zero)
        #expect(revenue.steps.contains(SettlementStep("Overspend to share", Self.k(615))))
        #expect(revenue.share(of: "ICB") == .pounds(393_600))
        #expect(revenue.share(of: "LA") == .pounds(221_400))
        let icb = try #require(revenue.shares.first { $0.partnerID == "ICB" })
        let council = try #require(revenue.shares.first { $0.partnerID == "LA" })
        #expect((icb.cap, icb.capBinding) == (Self.k(544), false))
        #expect((council.cap, council.capBinding) == (Self.k(306), false))
        #expect(position.capital.carriedForward == [GrantAmount(.disabledFacilitiesGrant, Self.k(450))])
        #expect(revenue.reconciles)
    }

    @Test("reconciliation: 27,200 + 393.6 + 15,300 + 221.4 + 250 = 43,365; net cost ICB 27,593.6, council 15,521.4")
    func reconciliation() throws {
        let position = try #require(a.yearEndPosition(at: m12))
        #expect(position.netCost.first { $0.partnerID == "ICB" }?.amount == Self.k(27_593, 6))
        #expect(position.netCost.first { $0.partnerID == "LA" }?.amount == Self.k(15_521, 4))
        #expect(position.netCost.sum(\.amount) + position.revenue.reserveUsed == Self.k(43_365))
        #expect(position.revenue.outturn + position.capital.variance + Self.k(3_200) == Self.k(46_115))
    }

    static let whatIfTable: [(Int, Int64, Int64, Int64, Int64)] = [
        // method index, ICB, council (£000 and £100s)
        (0, -500, 0, 1_115, 0), (1, 393, 6, 221, 4), (2, 307, 5, 307, 5), (3, 272, 0, 343, 0),
    ]

    @Test("what-if on the same 615: own risk, proportional, 50:50, capped at 1%", arguments: whatIfTable)
    func whatIf(index: Int, icb: Int64, icbHundreds: Int64, council: Int64, councilHundreds: Int64) throws {
        let rows = try #require(a.whatIf(at: m12))
        #expect(rows.count == 4)
        let settlement = rows[index].settlement
        #expect(settlement.share(of: "ICB") == Money(pence: icb * 100_000 + (icb < 0 ? -1 : 1) * icbHundreds * 10_000))
        #expect(settlement.share(of: "LA") == Self.k(council, councilHundreds))
        #expect(settlement.reconciles)
    }

    @Test("at month 9 the forecast position already shows who would pay")
    func forecast() throws {
        let position = try #require(a.yearEndPosition(at: Period(year: 2025, month: 12)))
        #expect(!position.isFinal)
        #expect(position.revenue.netVariance == Self.k(730))
        #expect(position.revenue.share(of: "ICB") + position.revenue.share(of: "LA") == Self.k(480))
    }

    @Test("aligned lines stay outside the pool's risk share")
    func aligned() throws {
        var agreement = a
        let index = agreement.lines.firstIndex { $0.id == "S02" } ?? 0
        agreement.lines[index].budgetType = .aligned
        let position = try #require(agreement.yearEndPosition(at: m12))
        #expect(position.revenue.netVariance == Self.k(445))
        #expect(position.outsidePool == [PartnerAmount("LA", Self.k(420))])
    }
}
