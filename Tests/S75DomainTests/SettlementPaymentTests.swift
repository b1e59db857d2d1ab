import S75Domain
import Testing

/// The year-end settlement as payments (issue: returns): made from the agreed year-end as the brief's §6.9 worked it,
/// the host invoicing the ICB £393,600 and absorbing its own £221,400; kept once paid; OVERDUE after their day.
@Suite("Settlement payments")
struct SettlementPaymentTests {
    let year = FinancialYear(startYear: 2025)
    let due = DateOnly(year: 2026, month: 5, day: 20)

    @Test("the host invoices the ICB for its 64% of the £615,000 shared: one payment of £393,600; the council's share stays with the host")
    func generated() throws {
        let a = Northmoor.agreement
        let payments = try a.settlementPayments(for: year, due: due)
        #expect(payments == [SettlementPayment(id: "SP1", year: year, from: "ICB", to: "LA", amount: .pounds(393_600), due: due)])
        #expect(payments[0].summary == "ICB pays LA £393,600")
    }

    @Test("an underspend returned is credited by the host to the partner")
    func underspend() throws {
        var a = Northmoor.agreement
        let m12 = Period(year: 2026, month: 3)
        for line in a.lines where line.ledger == .revenue {
            var e = try #require(a.entry(for: line.id, at: m12))
            e.actualToDate = line.budget - .pounds(50_000)
            e.forecastOutturn = e.actualToDate
            try a.apply(Change(.monitoring(e)))
        }
        let payments = try a.settlementPayments(for: year, due: due)
        #expect(payments.count == 1 && payments[0].fromPartnerID == "LA" && payments[0].toPartnerID == "ICB")
        #expect(payments[0].amount.pence > 0)
        let share = try #require(a.yearEndPosition(at: m12)).revenue.share(of: "ICB")
        #expect(payments[0].amount == -share)
    }

    @Test("refused while the outturn is not final and once the year has payments; a paid payment is kept; overdue after its day")
    func kept() throws {
        var a = Northmoor.agreement
        a.monitoring.remove(line: "S04", period: Period(year: 2026, month: 3))
        #expect(throws: EditError("the settlement of 2025-26 is made once its month-12 outturn is final: every line's return in")) {
            try a.settlementPayments(for: year, due: due)
        }
        var b = Northmoor.agreement
        var payment = try b.settlementPayments(for: year, due: due)[0]
        try b.apply(Change(.settlement(payment)))
        #expect(throws: EditError.self) { try b.settlementPayments(for: year, due: due) }
        #expect(b.settlementsOverdue(on: due).isEmpty)
        #expect(b.settlementsOverdue(on: due.adding(days: 1)).map(\.description)
                == ["settlement SP1: ICB pays LA £393,600 was due 20 May 2026 and is not paid: OVERDUE"])
        payment.invoice = "INV-42"
        payment.paidOn = DateOnly(year: 2026, month: 5, day: 18)
        try b.apply(Change(.settlement(payment)))
        #expect(b.settlementsOverdue(on: due.adding(days: 30)).isEmpty)
        var changed = payment
        changed.amount = .pounds(1)
        #expect(throws: EditError("SP1 (ICB pays LA £393,600) was paid on 18 May 2026 and is kept: record a further payment to correct it")) {
            try b.applying(Change(.settlement(changed)))
        }
        #expect(throws: EditError.self) { try b.applying(Change(key: .settlement("SP1"), new: nil)) }
        #expect(throws: EditError("partner ICB is used by contribution C1, contribution C2, line S04, line S05, line S06, line S07, line S10, line S11, settlement SP1; change or remove those first")) {
            try b.applying(Change(key: .partner("ICB"), new: nil))
        }
        #expect(throws: EditError("a payment is from one partner to another")) {
            try b.applying(Change(.settlement(SettlementPayment(id: "SP2", year: year, from: "LA", to: "LA", amount: .pounds(1), due: due))))
        }
    }
}
