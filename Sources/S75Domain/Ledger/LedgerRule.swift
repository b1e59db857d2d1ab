/// A rule that maps general-ledger transactions to a scheme line: a cost centre (exactly, or every cost centre that starts
/// with a prefix, written with a trailing `*`), optionally narrowed to a range of accounts, to one supplier, or both.
public struct LedgerRule: Hashable, Sendable, Identifiable {
    /// "R1".
    public var id: String
    /// "NC41003" for that cost centre alone; "NC41*" for every cost centre that starts "NC41".
    public var costCentre: String
    /// The first and last account of the range the rule is narrowed to; both empty when it takes every account.
    public var accountFrom: String
    public var accountTo: String
    /// The supplier the rule is narrowed to, exactly as the ledger names it; empty for every supplier.
    public var supplier: String
    /// The scheme line the matching transactions count against.
    public var lineID: SchemeLine.ID

    public init(id: String, costCentre: String, accountFrom: String = "", accountTo: String = "", supplier: String = "",
                lineID: SchemeLine.ID) {
        self.id = id
        self.costCentre = costCentre
        self.accountFrom = accountFrom
        self.accountTo = accountTo
        self.supplier = supplier
        self.lineID = lineID
    }

    /// Whether the rule names a prefix ("NC41*") rather than one cost centre.
    public var isPrefix: Bool { costCentre.hasSuffix("*") }

    /// The cost centre, or the prefix without its `*`.
    public var costCentreStem: String { isPrefix ? String(costCentre.dropLast()) : costCentre }

    /// Whether the rule is narrowed to a range of accounts.
    public var hasAccountRange: Bool { !accountFrom.isEmpty || !accountTo.isEmpty }

    /// Whether a transaction with these codes falls under the rule.
    public func matches(costCentre code: String, account: String, supplier name: String) -> Bool {
        guard isPrefix ? code.hasPrefix(costCentreStem) : code == costCentre else { return false }
        guard supplier.isEmpty || supplier == name else { return false }
        guard hasAccountRange else { return true }
        return AccountCode.isOrdered(accountFrom, account) && AccountCode.isOrdered(account, accountTo)
    }

    /// How specific the rule is; where several rules match a transaction, the greatest wins. The cost centre counts
    /// first (one cost centre beats a prefix, a longer prefix beats a shorter one), then the narrowing (a supplier and an
    /// account range beat either alone, a supplier beats a range, a narrower range beats a wider one).
    public var specificity: Specificity {
        Specificity(exactCostCentre: !isPrefix, prefixLength: costCentreStem.count,
                    narrowing: (supplier.isEmpty ? 0 : 2) + (hasAccountRange ? 1 : 0),
                    accountSpan: hasAccountRange ? AccountCode.span(accountFrom, accountTo) : .max)
    }

    /// A rule's specificity, compared field by field.
    public struct Specificity: Comparable, Sendable {
        var exactCostCentre: Bool
        var prefixLength: Int
        var narrowing: Int
        /// How many accounts the range spans (fewer is more specific).
        var accountSpan: Int

        public static func < (a: Specificity, b: Specificity) -> Bool {
            if a.exactCostCentre != b.exactCostCentre { return !a.exactCostCentre }
            if a.prefixLength != b.prefixLength { return a.prefixLength < b.prefixLength }
            if a.narrowing != b.narrowing { return a.narrowing < b.narrowing }
            return a.accountSpan > b.accountSpan
        }
    }

    /// What the rule takes, in words: "cost centre NC41003, accounts 5200–5299, supplier Acme Care".
    public var scope: String {
        var parts = [isPrefix ? "cost centres \(costCentre)" : "cost centre \(costCentre)"]
        if hasAccountRange { parts.append("accounts \(accountFrom.isEmpty ? "…" : accountFrom)–\(accountTo.isEmpty ? "…" : accountTo)") }
        if !supplier.isEmpty { parts.append("supplier \(supplier)") }
        return parts.joined(separator: ", ")
    }
}

/// Ledger account codes, compared as numbers when both are numbers ("900" before "5200") and as text otherwise.
enum AccountCode {
    /// Whether `a` comes no later than `b`; an empty bound is open.
    static func isOrdered(_ a: String, _ b: String) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        if let x = Int(a), let y = Int(b) { return x <= y }
        return a <= b
    }

    /// How many accounts lie between two numeric bounds; text bounds count as a wide range.
    static func span(_ from: String, _ to: String) -> Int {
        guard let x = Int(from.isEmpty ? "0" : from), let y = Int(to.isEmpty ? "\(Int32.max)" : to) else { return Int(Int32.max) }
        return y - x
    }
}
