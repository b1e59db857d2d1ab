import S75Domain
import Testing

/// The brief's worked examples A (overspend) and B (underspend), and property tests on random outturns.
@Suite("Risk share")
struct RiskShareTests {
    static func k(_ thousands: Int64) -> Money { .thousands(thousands) }

    /// Example A: pool 10,000 (ICB 6,000, LA 4,000); LA-led home care +650, ICB-led community −150.
    static let exampleA = RiskShareInput(contributions: [PartnerAmount("ICB", k(6_000)), PartnerAmount("LA", k(4_000))],
                                         lines: [LineVariance("home care", lead: "LA", k(650)),
                                                 LineVariance("community", lead: "ICB", k(-150))])

    static let modelsA: [(String, OverspendMethod, Int64, Int64)] = [
        ("each bears its own", .ownRisk, -150, 650),
        ("proportional 60:40", .proportional, 300, 200),
        ("fixed 50:50", .fixed([PartnerSplit("ICB", 5_000), PartnerSplit("LA", 5_000)]), 250, 250),
        ("capped at 2%", .cappedProportional(capBasisPoints: 200), 120, 380),
        ("tiered corridors", .tiered([Tier(upToBasisPoints: 100, sharing: .leadCommissioners),
                                      Tier(upToBasisPoints: 300, sharing: .proportional),
                                      Tier(upToBasisPoints: nil, sharing: .fixed([PartnerSplit("ICB", 5_000), PartnerSplit("LA", 5_000)]))]),
         220, 280),
    ]

    @Test("example A: the 500 overspend under each model", arguments: modelsA)
    func exampleA(name: String, method: OverspendMethod, icb: Int64, la: Int64) {
        let rule = RiskShareRule(reserveFirst: false, overspend: method, underspend: .returnProRata)
        let result = RiskShare.settle(Self.exampleA, rule: rule)
        #expect(result.share(of: "ICB") == Self.k(icb))
        #expect(result.share(of: "LA") == Self.k(la))
        #expect(result.netVariance == Self.k(500))
        #expect(result.reconciles)
    }

    @Test("example A capped: caps 120 and 80, both binding; the excess of 300 falls to the LA")
    func exampleACaps() throws {
        let rule = RiskShareRule(reserveFirst: false, overspend: .cappedProportional(capBasisPoints: 200), underspend: .returnProRata)
        let result = RiskShare.settle(Self.exampleA, rule: rule)
        let icb = try #require(result.shares.first { $0.partnerID == "ICB" })
        #expect(icb.cap == Self.k(120))
        #expect(icb.capBinding)
        #expect(result.steps.contains(SettlementStep("Excess above the caps", Self.k(300))))
    }

    /// Example B: same pool, net underspend 300.
    static let exampleB = RiskShareInput(contributions: [PartnerAmount("ICB", k(6_000)), PartnerAmount("LA", k(4_000))],
                                         lines: [LineVariance("a", lead: "LA", k(-200)), LineVariance("b", lead: "ICB", k(-100))])

    static let modelsB: [(String, UnderspendMethod, Int64, Int64, Int64, Int64)] = [
        // name, method, ICB, LA, reserve added, carried forward
        ("return pro rata", .returnProRata, -180, -120, 0, 0),
        ("carry forward", .carryForward, 0, 0, 0, 300),
        ("hybrid", .hybrid(reserveCap: k(100), carryForwardBasisPoints: 5_000), -60, -40, 100, 100),
        ("each keeps its own", .ownRisk, -100, -200, 0, 0),
    ]

    @Test("example B: the 300 underspend under each model", arguments: modelsB)
    func exampleB(name: String, method: UnderspendMethod, icb: Int64, la: Int64, reserve: Int64, forward: Int64) {
        let result = RiskShare.settle(Self.exampleB, rule: RiskShareRule(overspend: .proportional, underspend: method))
        #expect(result.share(of: "ICB") == Self.k(icb))
        #expect(result.share(of: "LA") == Self.k(la))
        #expect(result.reserveAdded == Self.k(reserve))
        #expect(result.carriedForward == Self.k(forward))
        #expect(result.reconciles)
    }

    @Test("unauthorised spend is charged back in full before anything is shared")
    func chargeBack() {
        var input = Self.exampleA
        input.chargeBacks = [PartnerAmount("ICB", Self.k(100))]
        let result = RiskShare.settle(input, rule: RiskShareRule(reserveFirst: false, overspend: .proportional, underspend: .returnProRata))
        #expect(result.share(of: "ICB") == Self.k(240))
        #expect(result.share(of: "LA") == Self.k(160))
        #expect(result.chargeBacks.sum(\.amount) == Self.k(100))
        #expect(result.reconciles)
    }

    @Test("without netting, overspends are shared and underspends handled separately")
    func noNetting() {
        let rule = RiskShareRule(netting: false, reserveFirst: false, overspend: .proportional, underspend: .carryForward)
        let result = RiskShare.settle(Self.exampleA, rule: rule)
        #expect(result.share(of: "ICB") == Self.k(390))
        #expect(result.share(of: "LA") == Self.k(260))
        #expect(result.carriedForward == Self.k(150))
        #expect(result.reconciles)
    }

    static let methods: [OverspendMethod] = [
        .ownRisk, .proportional, .fixed([PartnerSplit("P0", 3_000), PartnerSplit("P1", 7_000)]),
        .cappedProportional(capBasisPoints: 150),
        .tiered([Tier(upToBasisPoints: 100, sharing: .leadCommissioners), Tier(upToBasisPoints: nil, sharing: .proportional)]),
    ]
    static let underspends: [UnderspendMethod] = [.returnProRata, .carryForward, .ownRisk,
                                                  .hybrid(reserveCap: .pounds(50_000), carryForwardBasisPoints: 3_333)]

    @Test("for random agreements every settlement reconciles to the outturn and shares sum exactly", arguments: 0..<300)
    func property(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        func pence(_ limit: UInt64) -> Int64 { Int64(random.next() % limit) }
        let contributions = (0..<2).map { PartnerAmount("P\($0)", Money(pence: 1 + pence(5_000_000_000))) }
        let lines = (0..<Int(1 + random.next() % 12)).map {
            LineVariance("L\($0)", lead: "P\(random.next() % 2)", Money(pence: pence(200_000_001) - 100_000_000))
        }
        let input = RiskShareInput(contributions: contributions, lines: lines, reserve: Money(pence: pence(30_000_000)),
                                   chargeBacks: random.next() % 4 == 0 ? [PartnerAmount("P1", Money(pence: pence(1_000_000)))] : [])
        let rule = RiskShareRule(netting: random.next() % 3 != 0, reserveFirst: random.next() % 2 == 0,
                                 overspend: Self.methods[Int(random.next() % 5)], underspend: Self.underspends[Int(random.next() % 4)])
        let result = RiskShare.settle(input, rule: rule)
        #expect(result.reconciles, "seed \(seed): \(rule)")
        #expect(result.reserveUsed <= input.reserve)
        #expect(result.reserveClosing.pence >= 0)
    }
}
