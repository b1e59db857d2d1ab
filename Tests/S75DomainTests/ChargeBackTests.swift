import S75Domain
import Testing

/// Unauthorised spend charged back in full to the partner responsible before anything is shared (brief §2.4(v), §6.8(2)).
@Suite("Charge-backs")
struct ChargeBackTests {
    let m12 = Period(year: 2026, month: 3)

    /// Northmoor at month 12 with £100,000 of S14 placements committed by the council without authority: 865 − 100 charged
    /// back − 250 reserve = 515 shared 64:36, ICB £329,600 and council £185,400; the council pays £285,400 in all.
    /// 42,500 + 329.6 + 185.4 + 100 + 250 = 43,365, the revenue outturn.
    static var withChargeBack: Agreement {
        var a = Northmoor.agreement
        a.chargeBacks = [ChargeBack(id: "CB1", partnerID: "LA", lineID: "S14", amount: .thousands(100), period: Period(year: 2026, month: 1),
                                    reason: "Placements committed above the delegated limit")]
        return a
    }

    @Test("the council bears its £100k in full first; the rest is shared 64:36 and the year still reconciles")
    func northmoor() throws {
        let position = try #require(Self.withChargeBack.yearEndPosition(at: m12))
        let s = position.revenue
        #expect(s.chargeBacks == [PartnerAmount("LA", .thousands(100))])
        #expect(s.steps.contains(SettlementStep("Unauthorised spend charged back to Council", .thousands(100))))
        #expect(s.steps.contains(SettlementStep("Overspend to share", .thousands(515))))
        #expect(s.share(of: "ICB") == .pounds(329_600))
        #expect(s.share(of: "LA") == .pounds(185_400))
        #expect(s.contributions + s.shares.sum(\.amount) + s.chargeBacks.sum(\.amount) + s.reserveUsed == .thousands(43_365))
        #expect(s.reconciles)
        #expect(Self.withChargeBack.walkSentence(.yearEnd, at: m12).contains("£100k of unauthorised spend is charged back to the Council first"))
    }

    @Test("a charge-back decided after the month, or in another year, does not count yet")
    func notYet() throws {
        let december = Period(year: 2025, month: 12)
        #expect(Self.withChargeBack.chargeBacks(at: december).isEmpty)
        #expect(Self.withChargeBack.chargeBacks(at: m12) == [PartnerAmount("LA", .thousands(100))])
    }

    @Test("a charge-back is refused without a partner, on a line outside the pooled revenue, for nothing, or without a reason")
    func validation() {
        let a = Northmoor.agreement
        let good = ChargeBack(id: "CB1", partnerID: "LA", lineID: "S14", amount: .thousands(1), period: m12, reason: "Why")
        for (change, message) in [({ (c: inout ChargeBack) in c.partnerID = "XX" }, "the partner must be one of the agreement's partners"),
                                  ({ $0.lineID = "S17" }, "a charge-back is on a pooled revenue line; S17 is not one"),
                                  ({ $0.amount = .zero }, "the amount charged back must be more than £0"),
                                  ({ $0.reason = " " }, "say why the spend was unauthorised")] as [((inout ChargeBack) -> Void, String)] {
            var bad = good
            change(&bad)
            #expect(throws: EditError(message)) { try a.applying(Change(.chargeBack(bad))) }
        }
        #expect(throws: Never.self) { try a.applying(Change(.chargeBack(good))) }
    }
}
