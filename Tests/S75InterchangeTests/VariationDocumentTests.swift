import Foundation
import S75Documents
import S75Domain
import Testing

/// Budget variations and delegated limits in the JSON document, and the undated virements of documents written before.
@Suite("Budget variations in documents")
struct VariationDocumentTests {
    @Test("variations and the delegated limits survive export and import")
    func roundTrip() throws {
        var a = Northmoor.agreement
        try a.apply(Change(.variation(BudgetVariation(id: "V1", fromLineID: "S13", toLineID: "S03", amount: .pounds(250_000),
                                                      effective: Period(year: 2026, month: 1), reason: "home care demand", decision: "D1"))))
        try a.apply(Change(.variation(BudgetVariation(id: "V2", fromLineID: nil, toLineID: "S14", amount: .pounds(75_000),
                                                      effective: Period(year: 2026, month: 2), reason: "council top-up", partnerID: "LA",
                                                      partnersApproval: "Cabinet 10 Feb 2026"))))
        let back = try AgreementDocument.agreement(from: Data(try AgreementDocument.text(a).utf8))
        #expect(back.budgetVariations == a.budgetVariations)
        #expect(back.governance.limits == DelegatedLimits(poolFundManagerWithinScheme: .thousands(100), boardVirement: .thousands(500),
                                                          boardShareOfReceivingBasisPoints: 1_000))
        #expect(try AgreementDocument.text(back) == AgreementDocument.text(a))
    }

    @Test("a document whose lines hold undated virements reads them as variations from the first month, on the original budget")
    func legacyVirements() throws {
        let text = try AgreementDocument.text(Northmoor.agreement)
        var root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var schemes = try #require(root["schemes"] as? [[String: Any]])
        var lines = try #require(schemes[1]["lines"] as? [[String: Any]])  // S02, £2,600,000 as signed
        #expect(lines[0]["id"] as? String == "S02")
        lines[0]["budgetPence"] = 270_000_000
        lines[0]["virements"] = [["amountPence": 10_000_000, "approvedBy": "JCB", "note": "winter"]]
        schemes[1]["lines"] = lines
        root["schemes"] = schemes
        let a = try AgreementDocument.agreement(from: try JSONSerialization.data(withJSONObject: root))
        #expect(a.line("S02")?.budget == .thousands(2_600))
        #expect(a.budgetVariations == [BudgetVariation(id: "V1", fromLineID: nil, toLineID: "S02", amount: .thousands(100),
                                                       effective: Period(year: 2025, month: 4), reason: "winter", partnerID: "LA",
                                                       partnersApproval: "JCB")])
    }
}
