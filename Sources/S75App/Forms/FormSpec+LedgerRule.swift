import S75Domain

extension FormSpec {
    static func ledgerRuleFields(_ r: LedgerRule, in a: Agreement) -> [FormField] {
        [FormField("id", "Identifier", .identifier, r.id, hint: "e.g. R7"),
         FormField("costCentre", "Cost centre", .text, r.costCentre, hint: "NC41003 for one; NC41* for every one starting NC41"),
         FormField("accountFrom", "Accounts from", .text, r.accountFrom, optional: true, hint: "blank for every account, e.g. 5200"),
         FormField("accountTo", "Accounts to", .text, r.accountTo, optional: true, hint: "the last account of the range, e.g. 5299"),
         FormField("supplier", "Supplier", .text, r.supplier, optional: true, hint: "blank for every supplier; else exactly as the ledger names it"),
         FormField("line", "Maps to line", .choice(a.lines.map { Choice($0.id, $0.name) }), r.lineID)]
    }

    static func ledgerRule(_ r: FormReader) throws(EditError) -> LedgerRule {
        LedgerRule(id: try r.required("id"), costCentre: try r.required("costCentre"),
                   accountFrom: r.text("accountFrom"), accountTo: r.text("accountTo"), supplier: r.text("supplier"), lineID: try r.choice("line"))
    }
}
