import S75App
import S75Domain
import Testing

/// `:settle` and `:paid` on the screen: the year's payments made from its final year-end as one record step, then each
/// recorded as paid; refused before the outturn is final and for a day after today.
@Suite("Settling from the screen")
struct SettleCommandTests {
    let today = DateOnly(year: 2026, month: 5, day: 19)

    @Test(":settle saves the host's invoice to the ICB, £393,600, due the day given; :paid records it paid with its invoice")
    func settleAndPay() throws {
        var state = AppState(agreement: Northmoor.agreement, storePath: "/data/northmoor.s75", today: today)
        let payment = SettlementPayment(id: "SP1", year: FinancialYear(startYear: 2025), from: "ICB", to: "LA", amount: .pounds(393_600),
                                        due: DateOnly(year: 2026, month: 5, day: 20))
        #expect(run(&state, "settle 2026-05-20") == [.saveAll([PlannedChange(Change(.settlement(payment)), expected: nil)],
                                                             intent: .record(summary: "SP1 ICB pays LA £393,600, due 20 May 2026"))])
        state.agreement.settlementPayments = [payment]
        var paid = payment
        (paid.paidOn, paid.invoice) = (DateOnly(year: 2026, month: 5, day: 18), "INV-42")
        #expect(run(&state, "paid sp1 2026-05-18 INV-42") == [.save(Change(.settlement(paid)), expecting: 1,
                                                                    intent: .record(summary: "SP1 ICB pays LA £393,600, paid 18 May 2026"))])
        #expect(run(&state, "paid SP1 2026-06-01") == [])
        #expect(state.message?.text.hasPrefix("Not recorded: the day it was paid is a real day no later than today.") == true)
        #expect(run(&state, "settle") == [])
        #expect(state.message?.text == "Not settled: 2025-26's settlement has its payments already: record each invoice and payment "
                + "(s75 settle --payment SP1 --invoice REF --paid DATE).")
    }

    @Test(":settle is refused while a line has no month-12 return")
    func notFinal() {
        var a = Northmoor.agreement
        a.monitoring.remove(line: "S04", period: Period(year: 2026, month: 3))
        var state = AppState(agreement: a, storePath: "/data/northmoor.s75", today: today)
        #expect(run(&state, "settle") == [])
        #expect(state.message?.text == "Not settled: the settlement of 2025-26 is made once its month-12 outturn is final: every line's return in.")
    }
}
