import S75Domain
import Testing

/// Which rule maps a transaction, worked by hand: the cost centre counts first (one beats a prefix, a longer prefix a
/// shorter), then the narrowing (supplier and range, supplier, a narrower range, a wider range, none).
@Suite("Ledger mapping")
struct LedgerMappingTests {
    static let rules = [
        LedgerRule(id: "R1", costCentre: "NC41*", lineID: "S01a"),
        LedgerRule(id: "R2", costCentre: "NC410*", lineID: "S01b"),
        LedgerRule(id: "R3", costCentre: "NC41003", lineID: "S02"),
        LedgerRule(id: "R4", costCentre: "NC41003", accountFrom: "5200", accountTo: "5299", lineID: "S03"),
        LedgerRule(id: "R5", costCentre: "NC41003", supplier: "Acme Care Ltd", lineID: "S04"),
        LedgerRule(id: "R6", costCentre: "NC41003", accountFrom: "5200", accountTo: "5210", lineID: "S05"),
        LedgerRule(id: "R7", costCentre: "NC41003", accountFrom: "5200", accountTo: "5299", supplier: "Acme Care Ltd", lineID: "S06"),
    ]

    @Test("the most specific matching rule wins", arguments: [
        ("NC41500", "5100", "Anyone", "S01a"),      // only the short prefix
        ("NC41099", "5100", "Anyone", "S01b"),      // the longer prefix
        ("NC41003", "5100", "Anyone", "S02"),       // the cost centre itself
        ("NC41003", "5250", "Anyone", "S03"),       // narrowed by a range
        ("NC41003", "5205", "Anyone", "S05"),       // by the narrower of two ranges
        ("NC41003", "5100", "Acme Care Ltd", "S04"), // a supplier beats a range
        ("NC41003", "5250", "Acme Care Ltd", "S06"), // a supplier and a range beat either
        ("NC41003", "5205", "Acme care ltd", "S05"), // suppliers match exactly
        ("NC4100", "5100", "Anyone", "S01b"),       // a prefix takes the cost centre equal to it
    ])
    func precedence(costCentre: String, account: String, supplier: String, line: String) {
        let mapping = LedgerMapping(Self.rules.shuffled())
        #expect(mapping.rule(costCentre: costCentre, account: account, supplier: supplier)?.lineID == line)
    }

    @Test("a transaction no rule takes is in suspense; a cost centre is not a prefix of itself by accident")
    func suspense() {
        let mapping = LedgerMapping(Self.rules)
        #expect(mapping.rule(costCentre: "NC42000", account: "5100", supplier: "") == nil)
        #expect(mapping.rule(costCentre: "NC4", account: "5100", supplier: "") == nil)
        #expect(LedgerMapping([LedgerRule(id: "R1", costCentre: "NC41003", lineID: "S02")])
            .rule(costCentre: "NC410031", account: "1", supplier: "") == nil)
    }

    @Test("accounts compare as numbers when both are numbers (900 lies between 800 and 1000), else as text")
    func accountOrder() {
        let numeric = LedgerRule(id: "R1", costCentre: "A", accountFrom: "800", accountTo: "1000", lineID: "S02")
        #expect(numeric.matches(costCentre: "A", account: "900", supplier: ""))
        #expect(!numeric.matches(costCentre: "A", account: "1001", supplier: ""))
        let text = LedgerRule(id: "R1", costCentre: "A", accountFrom: "E100", accountTo: "E199", lineID: "S02")
        #expect(text.matches(costCentre: "A", account: "E150", supplier: ""))
        #expect(!text.matches(costCentre: "A", account: "F100", supplier: ""))
        let open = LedgerRule(id: "R1", costCentre: "A", accountFrom: "5000", lineID: "S02")
        #expect(open.matches(costCentre: "A", account: "9999", supplier: "") && !open.matches(costCentre: "A", account: "4999", supplier: ""))
    }

    @Test("equally specific rules: the earlier one wins")
    func ties() {
        let mapping = LedgerMapping([LedgerRule(id: "R1", costCentre: "A", accountFrom: "1", accountTo: "5", lineID: "S02"),
                                     LedgerRule(id: "R2", costCentre: "A", accountFrom: "3", accountTo: "7", lineID: "S03")])
        #expect(mapping.rule(costCentre: "A", account: "4", supplier: "")?.id == "R1")
    }

    @Test("a rule is refused with its reason: no cost centre, a backwards range, an unknown line, a twin; a line a rule uses stays")
    func validation() throws {
        let a = Northmoor.agreement
        func refusal(_ rule: LedgerRule, in agreement: Agreement = Northmoor.agreement) -> String? {
            do { _ = try agreement.applying(Change(.ledgerRule(rule))); return nil } catch { return error.message }
        }
        #expect(refusal(LedgerRule(id: "R1", costCentre: "", lineID: "S02"))?.hasPrefix("a cost centre is needed") == true)
        #expect(refusal(LedgerRule(id: "R1", costCentre: "*", lineID: "S02"))?.hasPrefix("a cost centre is needed") == true)
        #expect(refusal(LedgerRule(id: "R1", costCentre: "A", accountFrom: "5299", accountTo: "5200", lineID: "S02"))
                == "the account range runs backwards: 5299 is after 5200")
        #expect(refusal(LedgerRule(id: "R1", costCentre: "A", lineID: "S99")) == "there is no line S99")
        let withRule = try a.applying(Change(.ledgerRule(LedgerRule(id: "R1", costCentre: "NC41*", lineID: "S02"))))
        #expect(refusal(LedgerRule(id: "R2", costCentre: "NC41*", lineID: "S03"), in: withRule)
                == "rule R1 already maps cost centres NC41* (to S02)")
        #expect(refusal(LedgerRule(id: "R1", costCentre: "NC41*", lineID: "S03"), in: withRule) == nil)
        #expect(throws: EditError.self) { try withRule.applying(Change(key: .line("S02"), new: nil)) }
    }
}
