/// The agreement's ledger rules, ready to say which line each transaction counts against.
public struct LedgerMapping: Sendable {
    /// The rules, most specific first; among equals, the earlier rule first.
    public let rules: [LedgerRule]

    public init(_ rules: [LedgerRule]) {
        self.rules = rules.enumerated().sorted { a, b in
            a.element.specificity != b.element.specificity ? a.element.specificity > b.element.specificity : a.offset < b.offset
        }.map(\.element)
    }

    /// The rule that maps a transaction with these codes (the most specific that matches), or nil: it is in suspense.
    public func rule(costCentre: String, account: String, supplier: String) -> LedgerRule? {
        rules.first { $0.matches(costCentre: costCentre, account: account, supplier: supplier) }
    }

    /// The rules that could map some transaction of `costCentre`: the ones a change to the rules for it has to consult.
    public func rules(for costCentre: String) -> LedgerMapping {
        LedgerMapping(rules.filter { $0.isPrefix ? costCentre.hasPrefix($0.costCentreStem) : $0.costCentre == costCentre })
    }
}
