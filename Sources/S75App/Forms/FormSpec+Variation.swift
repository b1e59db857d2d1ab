import S75Domain

extension FormSpec {
    static func variationFields(_ v: BudgetVariation, in a: Agreement) -> [FormField] {
        let lines = a.lines.map { Choice($0.id, $0.name) }
        let limits = a.governance.limits
        let pfm = limits.poolFundManagerWithinScheme.map { "the PFM within a scheme up to \(MoneyText.pounds($0))" } ?? "no PFM limit set"
        return [FormField("id", "Identifier", .identifier, v.id, hint: "e.g. V2"),
                FormField("from", "From line", .choice(lines), v.fromLineID ?? "", optional: true,
                          hint: "blank when the pool grows (a contribution rises, a new line is funded)"),
                FormField("to", "To line", .choice(lines), v.toLineID ?? "", optional: true, hint: "blank when the pool shrinks"),
                FormField("amount", "Amount", .money, v.amount == .zero ? "" : FormText.money(v.amount)),
                FormField("effective", "Effective from", .period, v.effective.description,
                          hint: "the first month on the new budget, after any closed month, e.g. 2026-01"),
                FormField("reason", "Why", .text, v.reason, hint: "e.g. home care demand above plan; equipment underspend"),
                FormField("partner", "Partner whose contribution changes", .choice(partnerChoices(a)), v.partnerID ?? "", optional: true,
                          hint: "only when the pool grows or shrinks"),
                FormField("decision", "Board decision", .text, v.decision ?? "", optional: true,
                          hint: "the decision agreeing it, e.g. D4 (\(pfm))"),
                FormField("approval", "Partners' approval", .text, v.partnersApproval, optional: true,
                          hint: "above the board's limit: e.g. Cabinet 12 Nov 2025; ICB Board 14 Nov 2025")]
    }

    static func variation(_ r: FormReader) throws(EditError) -> BudgetVariation {
        func optional(_ name: String) throws(EditError) -> String? { r.text(name).isEmpty ? nil : try r.choice(name) }
        return BudgetVariation(id: try r.required("id"), fromLineID: try optional("from"), toLineID: try optional("to"),
                               amount: try r.money("amount"), effective: try r.period("effective"), reason: try r.required("reason"),
                               partnerID: try optional("partner"), decision: r.text("decision").isEmpty ? nil : r.text("decision"),
                               partnersApproval: r.text("approval"))
    }

    /// A new variation: from `line` when one is chosen, taking effect after the month being reported.
    public static func newVariation(in a: Agreement, from line: SchemeLine.ID?) -> BudgetVariation {
        BudgetVariation(id: a.nextVariationID, fromLineID: line, toLineID: nil, amount: .zero, effective: a.nextVariationMonth, reason: "")
    }
}
