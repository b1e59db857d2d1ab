import S75Domain

extension FormSpec {
    static func chargeBackFields(_ c: ChargeBack, in a: Agreement) -> [FormField] {
        [FormField("id", "Identifier", .identifier, c.id, hint: "e.g. CB1"),
         FormField("partner", "Charged to partner", .choice(partnerChoices(a)), c.partnerID, hint: "the partner that committed the spend"),
         FormField("line", "On line", .choice(a.riskShareLines.map { Choice($0.id, $0.name) }), c.lineID,
                   hint: "the pooled revenue line the spend fell on"),
         FormField("amount", "Amount charged back", .money, FormText.money(c.amount)),
         FormField("period", "Decided in month", .period, c.period.description, hint: "e.g. 2026-01 or M10"),
         FormField("reason", "Why it was unauthorised", .text, c.reason, hint: "e.g. placements committed above the delegated limit")]
    }

    static func chargeBack(_ r: FormReader) throws(EditError) -> ChargeBack {
        ChargeBack(id: try r.required("id"), partnerID: try r.choice("partner"), lineID: try r.choice("line"), amount: try r.money("amount"),
                   period: try r.period("period"), reason: try r.required("reason"))
    }

    /// A new charge-back: no partner or line chosen, nothing charged yet, in the month being shown.
    static func newChargeBack(in a: Agreement, at period: Period) -> ChargeBack {
        ChargeBack(id: nextID("CB", a.chargeBacks.map(\.id)), partnerID: "", lineID: "", amount: .zero, period: period, reason: "")
    }
}
