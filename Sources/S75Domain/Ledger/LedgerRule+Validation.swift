extension Agreement {
    /// Checks a ledger rule as its form does: an identifier, a cost centre, a range in order, a line that exists, and no
    /// other rule with exactly the same scope (two such rules could only disagree).
    func validate(_ rule: LedgerRule) throws(EditError) {
        guard !rule.id.isEmpty, !rule.id.contains(" ") else { throw EditError("an identifier is needed, without spaces, e.g. R7") }
        guard !rule.costCentreStem.isEmpty, !rule.costCentreStem.contains("*") else {
            throw EditError("a cost centre is needed: NC41003 for one, NC41* for every one that starts NC41")
        }
        guard AccountCode.isOrdered(rule.accountFrom, rule.accountTo) else {
            throw EditError("the account range runs backwards: \(rule.accountFrom) is after \(rule.accountTo)")
        }
        guard lines.contains(id: rule.lineID) else { throw EditError("there is no line \(rule.lineID)") }
        if let twin = ledgerRules.first(where: { $0.id != rule.id && $0.scope == rule.scope }) {
            throw EditError("rule \(twin.id) already maps \(rule.scope) (to \(twin.lineID))")
        }
    }
}
