import S75Domain

extension AgreementDocument {
    static func variation(_ v: BudgetVariation) -> JSONValue {
        .fields(["id": .text(v.id), "from": v.fromLineID.map(JSONValue.text), "to": v.toLineID.map(JSONValue.text),
                 "amountPence": .money(v.amount), "effective": .text(v.effective.description), "reason": .text(v.reason),
                 "partner": v.partnerID.map(JSONValue.text), "decision": v.decision.map(JSONValue.text),
                 "partnersApproval": .text(v.partnersApproval)])
    }

    static func variation(_ node: Node) throws(InterchangeError) -> BudgetVariation {
        let f = try node.object(["id", "from", "to", "amountPence", "effective", "reason", "partner", "decision", "partnersApproval"])
        func optional(_ key: String) throws(InterchangeError) -> String? { try f.optionalNode(key).map { n throws(InterchangeError) in try n.string() } }
        return BudgetVariation(id: try f.string("id"), fromLineID: try optional("from"), toLineID: try optional("to"),
                               amount: try f.money("amountPence"), effective: try f.period("effective"), reason: try f.string("reason"),
                               partnerID: try optional("partner"), decision: try optional("decision"),
                               partnersApproval: try f.string("partnersApproval"))
    }

    /// The undated virements a line held in files written before budgets changed by variation, as variations from the
    /// agreement's first month agreed by whoever the file said approved them; the line's original budget is its budget
    /// then, less them.
    static func legacyVirements(_ node: Node, on line: inout SchemeLine, from start: Period, numbered first: Int) throws(InterchangeError) -> [BudgetVariation] {
        try node.list().enumerated().map { index, n throws(InterchangeError) in
            let v = try n.object(["amountPence", "approvedBy", "note"])
            let amount = try v.money("amountPence"), approvedBy = try v.string("approvedBy"), note = try v.string("note")
            line.budget = line.budget - amount
            return BudgetVariation(id: "V\(first + index)", fromLineID: amount.isNegative ? line.id : nil,
                                   toLineID: amount.isNegative ? nil : line.id, amount: amount.magnitude, effective: start,
                                   reason: note.isEmpty ? "a virement recorded before variations were dated" : note,
                                   partnerID: line.leadCommissionerID,
                                   partnersApproval: approvedBy.isEmpty ? "recorded before approvals were kept" : approvedBy)
        }
    }
}

extension AgreementDocument {
    static func instalment(_ i: ContributionInstalment) -> JSONValue {
        .fields(["id": .text(i.id), "contribution": .text(i.contributionID), "due": .text(i.due.description), "amountPence": .money(i.amount),
                 "receivedOn": i.receivedOn.map { .text($0.description) }, "receivedPence": i.received.map(JSONValue.money)])
    }

    static func settlementPayment(_ p: SettlementPayment) -> JSONValue {
        .fields(["id": .text(p.id), "year": .text(p.year.description), "from": .text(p.fromPartnerID), "to": .text(p.toPartnerID),
                 "amountPence": .money(p.amount), "due": .text(p.due.description), "invoice": .text(p.invoice),
                 "paidOn": p.paidOn.map { .text($0.description) }])
    }

    static func settlementPayment(_ node: Node) throws(InterchangeError) -> SettlementPayment {
        let f = try node.object(["id", "year", "from", "to", "amountPence", "due", "invoice", "paidOn"])
        let year = try f.parsed("year", "a financial year (YYYY-YY)") { text -> FinancialYear? in
            guard text.count == 7, let start = Int(text.prefix(4)), FinancialYear(startYear: start).description == text else { return nil }
            return FinancialYear(startYear: start)
        }
        return SettlementPayment(id: try f.string("id"), year: year, from: try f.string("from"), to: try f.string("to"),
                                 amount: try f.money("amountPence"), due: try f.date("due"), invoice: try f.string("invoice"),
                                 paidOn: try f.optionalDate("paidOn"))
    }

    static func instalment(_ node: Node) throws(InterchangeError) -> ContributionInstalment {
        let f = try node.object(["id", "contribution", "due", "amountPence", "receivedOn", "receivedPence"])
        return ContributionInstalment(id: try f.string("id"), contributionID: try f.string("contribution"), due: try f.date("due"),
                                      amount: try f.money("amountPence"),
                                      receivedOn: try f.optionalDate("receivedOn"),
                                      received: try f.optionalMoney("receivedPence"))
    }
}
