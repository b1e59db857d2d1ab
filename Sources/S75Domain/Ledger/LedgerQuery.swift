/// Which transactions the Spend pane lists, and in what order: everything it asks the store for.
public struct LedgerQuery: Hashable, Sendable {
    /// The columns transactions can be sorted by.
    public enum SortKey: String, Hashable, Sendable, CaseIterable {
        case date, costCentre = "cost-centre", account, supplier, description, document, amount, line
    }

    public var sort: SortKey = .date
    public var descending = false
    /// Only transactions mapped to these lines (a line's, or a provider's); nil for all.
    public var lineIDs: [SchemeLine.ID]?
    /// What the line filter is, in words ("line S03", "provider P02"), for the pane's title.
    public var scopeName = ""
    /// true: mapped only; false: in suspense only; nil: both.
    public var mapped: Bool?
    /// Text that the description, supplier, document, cost centre or account name contains (any case).
    public var text = ""
    /// Text that the supplier's name contains (any case).
    public var supplier = ""
    public var period: Period?
    /// The smallest and largest amount shown, each when given.
    public var minimum: Money?
    public var maximum: Money?

    public init(sort: SortKey = .date, descending: Bool = false, lineIDs: [SchemeLine.ID]? = nil, scopeName: String = "",
                mapped: Bool? = nil, text: String = "", supplier: String = "", period: Period? = nil,
                minimum: Money? = nil, maximum: Money? = nil) {
        self.sort = sort
        self.descending = descending
        self.lineIDs = lineIDs
        self.scopeName = scopeName
        self.mapped = mapped
        self.text = text
        self.supplier = supplier
        self.period = period
        self.minimum = minimum
        self.maximum = maximum
    }

    /// The filters in force, in words: "line S03 · supplier ~ acme · Dec 2025 · £1,000.00 to £5,000.00 · in suspense".
    public var filterSummary: String {
        var parts: [String] = []
        if !scopeName.isEmpty { parts.append(scopeName) }
        if !text.isEmpty { parts.append("text ~ \(text)") }
        if !supplier.isEmpty { parts.append("supplier ~ \(supplier)") }
        if let period { parts.append(period.label) }
        switch (minimum, maximum) {
        case let (low?, high?): parts.append("\(MoneyText.pounds(low)) to \(MoneyText.pounds(high))")
        case let (low?, nil): parts.append("at least \(MoneyText.pounds(low))")
        case let (nil, high?): parts.append("at most \(MoneyText.pounds(high))")
        case (nil, nil): break
        }
        if let mapped { parts.append(mapped ? "mapped" : "in suspense") }
        return parts.joined(separator: " · ")
    }
}
