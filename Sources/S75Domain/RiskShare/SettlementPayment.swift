/// A payment that settles the year-end risk share between two partners: who pays whom, how much, by when, against
/// which invoice, and when it was paid (nil until it is).
public struct SettlementPayment: Hashable, Sendable, Identifiable {
    /// "SP1".
    public var id: String
    /// The year whose settlement it is.
    public var year: FinancialYear
    public var fromPartnerID: Partner.ID
    public var toPartnerID: Partner.ID
    public var amount: Money
    public var due: DateOnly
    /// The invoice (or credit note) it is paid against; empty until one is raised.
    public var invoice: String
    public var paidOn: DateOnly?

    public init(id: String, year: FinancialYear, from: Partner.ID, to: Partner.ID, amount: Money, due: DateOnly, invoice: String = "",
                paidOn: DateOnly? = nil) {
        self.id = id
        self.year = year
        self.fromPartnerID = from
        self.toPartnerID = to
        self.amount = amount
        self.due = due
        self.invoice = invoice
        self.paidOn = paidOn
    }

    /// "ICB pays LA £393,600".
    public var summary: String { "\(fromPartnerID) pays \(toPartnerID) \(MoneyText.pounds(amount))" }

    /// Whether it is past its due date on `day` and not paid.
    public func isOverdue(on day: DateOnly) -> Bool { paidOn == nil && day > due }
}

extension Agreement {
    /// The payments that settle `year`'s agreed year-end (its month-12 outturn final): the host partner, which carries
    /// the pool's spending, invoices each other partner for its share of an overspend and credits it with its share of an
    /// underspend returned; the host's own share stays with it (brief §6.9: the host invoices the ICB £393,600 and
    /// absorbs the council's £221,400). Each is due on `due`; numbered on from the payments already recorded. Refused
    /// while the outturn is not final, or once the year has payments.
    public func settlementPayments(for year: FinancialYear, due: DateOnly) throws(EditError) -> [SettlementPayment] {
        guard let position = yearEndPosition(at: year.month(12)), position.isFinal else {
            throw EditError("the settlement of \(year) is made once its month-12 outturn is final: every line's return in")
        }
        guard !settlementPayments.contains(where: { $0.year == year }) else {
            throw EditError("\(year)'s settlement has its payments already: record each invoice and payment (s75 settle --payment SP1 --invoice REF --paid DATE)")
        }
        var next = (settlementPayments.compactMap { Int($0.id.dropFirst(2)) }.max() ?? 0) + 1
        return partners.map(\.id).filter { $0 != self.hostPartnerID }.compactMap { partner in
            let share = position.revenue.share(of: partner)
            guard share.pence != 0 else { return nil }
            defer { next += 1 }
            return share.isNegative
                ? SettlementPayment(id: "SP\(next)", year: year, from: self.hostPartnerID, to: partner, amount: -share, due: due)
                : SettlementPayment(id: "SP\(next)", year: year, from: partner, to: self.hostPartnerID, amount: share, due: due)
        }
    }

    /// What a payment must be: between two different partners, for an amount more than £0, due on a day that exists,
    /// paid (if it is) on one.
    func check(_ payment: SettlementPayment) throws(EditError) {
        guard !payment.id.isEmpty, !payment.id.contains(" ") else { throw EditError("an identifier is needed, without spaces, e.g. SP1") }
        for id in [payment.fromPartnerID, payment.toPartnerID] where partner(id) == nil { throw EditError("there is no partner \(id)") }
        guard payment.fromPartnerID != payment.toPartnerID else { throw EditError("a payment is from one partner to another") }
        guard payment.amount.pence > 0 else { throw EditError("a payment is for an amount more than £0") }
        guard payment.due.exists else { throw EditError("the day it is due must exist") }
        if let paid = payment.paidOn, !paid.exists { throw EditError("the day it was paid must exist") }
    }

    /// Each settlement payment past its due date on `day` and not paid, as warnings for `check`.
    public func settlementsOverdue(on day: DateOnly) -> [ValidationProblem] {
        settlementPayments.filter { $0.isOverdue(on: day) }.map { p in
            ValidationProblem("settlement \(p.id)", "\(p.summary)\(p.invoice.isEmpty ? "" : " (invoice \(p.invoice))") was due "
                              + "\(p.due.label) and is not paid: OVERDUE")
        }
    }
}
