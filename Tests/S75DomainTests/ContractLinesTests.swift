import S75Domain
import Testing

/// Contracts name the lines they are paid from; a paid-as-used contract's payable follows the spend on them (brief §6.3, §6.4).
@Suite("Contracts and their lines")
struct ContractLinesTests {
    let a = Northmoor.agreement
    let m9 = Period(year: 2025, month: 12)
    let m12 = Period(year: 2026, month: 3)

    func payable(_ id: String, at period: Period, in agreement: Agreement? = nil) throws -> ContractPayment {
        let agreement = agreement ?? a
        return agreement.payment(for: try #require(agreement.contracts.first { $0.id == id }), at: period)
    }

    /// §6.4 outturn: K05 home care on S03 4,180 + S13 4,200 + S15 2,190 = 10,570 (P05's outturn, §6.3), not its planned 10,300;
    /// K06b spot beds: S02 3,020 less K06a's block 1,196, plus S14 3,710 = 5,534, so P06 is paid 1,196 + 5,534 = 6,730;
    /// K08 ICES: S08a 1,520 + S08b 1,900 = 3,420.
    @Test("at month 12 a paid-as-used contract is payable what was spent on its lines, final", arguments: [
        ("K05", 10_570), ("K06b", 5_534), ("K08", 3_420),
    ])
    func finalPayable(id: String, thousands: Int64) throws {
        let payment = try payable(id, at: m12)
        #expect(payment.payable == .thousands(thousands))
        #expect(payment.status == .final)
    }

    /// §6.5 at month 9: K05 = 4,150 + 4,200 + 2,150 = 10,500; K06b = 2,850 − 1,196 + 3,600 = 5,254; K08 = 1,480 + 1,880 = 3,360.
    @Test("at month 9 the payable follows the forecast on its lines", arguments: [("K05", 10_500), ("K06b", 5_254), ("K08", 3_360)])
    func forecastPayable(id: String, thousands: Int64) throws {
        let payment = try payable(id, at: m9)
        #expect(payment.payable == .thousands(thousands))
        #expect(payment.status == .forecast)
    }

    @Test("a paid-as-used contract whose line has no return has no payable: not the planned value")
    func missingReturn() throws {
        var partial = a
        partial.monitoring.removeAll { $0.lineID == "S14" && $0.period == m12 }
        let payment = try payable("K06b", at: m12, in: partial)
        #expect(payment.payable == nil)
        #expect(payment.status == .forecast)
        #expect(payment.working.last?.hasPrefix("S14 has no return for Mar 2026: the payable is not known") == true)
    }

    @Test("check: a paid-as-used contract with no line, a line that does not exist, contracts beyond their lines, contracts and no line")
    func checks() throws {
        var broken = a
        let k05 = try #require(broken.contracts.firstIndex { $0.id == "K05" })
        broken.contracts[k05].lineIDs = []
        let k08 = try #require(broken.contracts.firstIndex { $0.id == "K08" })
        broken.contracts[k08].lineIDs = ["S08a", "S99"]
        let k06b = try #require(broken.contracts.firstIndex { $0.id == "K06b" })
        broken.contracts[k06b].value = .thousands(5_000)  // P06's lines: S02 2,600 + S14 3,300 = 5,900 < 1,196 + 5,000
        broken.providers.append(Provider(id: "P09", name: "Orphan Care Ltd", providerType: "Private Sector"))
        broken.contracts.append(Contract(id: "K12", providerID: "P09", form: .block, title: "Unfunded", value: .thousands(10),
                                         paymentBasis: "Fixed"))
        let problems = broken.validate().map(\.description)
        for expected in ["contract K05: is paid as used but names no line it is paid from",
                         "contract K08: names line \"S99\", which is not in the agreement",
                         "provider P06: its contracts are worth £6,196,000, more than the £5,900,000 of the lines that fund it",
                         "provider P09: has contracts (K12) but no line funds it"] {
            #expect(problems.contains(expected), "missing: \(expected)")
        }
        #expect(a.validate().isEmpty)
    }

    @Test("a line a contract is paid from cannot be removed while the contract names it")
    func lineInUse() throws {
        var noReturns = a
        noReturns.monitoring.removeAll { $0.lineID == "S13" }
        noReturns.ledgerRules.removeAll { $0.lineID == "S13" }
        #expect(throws: EditError.self) { try noReturns.applying(Change(key: .line("S13"), new: nil)) }
        let k05 = try #require(noReturns.contracts.firstIndex { $0.id == "K05" })
        noReturns.contracts[k05].lineIDs = ["S03", "S15"]
        #expect(throws: Never.self) { try noReturns.applying(Change(key: .line("S13"), new: nil)) }
    }
}
