/// A dated change to the budgets of scheme lines, never an overwrite: a virement moves budget from one line to another;
/// a change with only a line to (or only a line from) adds to (or takes from) the pool, as a partner's contribution
/// changes in the year or a new line is funded.
///
/// The budget in force at a month is the line's original budget plus the variations effective by then
/// (``Agreement/budget(of:at:)``).
public struct BudgetVariation: Hashable, Sendable, Identifiable {
    /// "V1".
    public var id: String
    /// The line the budget comes from; nil when the pool grows.
    public var fromLineID: SchemeLine.ID?
    /// The line the budget goes to; nil when the pool shrinks.
    public var toLineID: SchemeLine.ID?
    /// How much moves; always more than nothing.
    public var amount: Money
    /// The first month whose budget it changes.
    public var effective: Period
    public var reason: String
    /// The partner whose contribution changes with the pool; nil for a virement.
    public var partnerID: Partner.ID?
    /// The board's decision agreeing it (a decision's identifier, "D4"), when the board's authority is needed.
    public var decision: Minute.ID?
    /// The partners' approval, in words ("Cabinet 12 Nov 2025; ICB Board 14 Nov 2025"), when theirs is needed.
    public var partnersApproval: String

    public init(id: String, fromLineID: SchemeLine.ID?, toLineID: SchemeLine.ID?, amount: Money, effective: Period, reason: String,
                partnerID: Partner.ID? = nil, decision: Minute.ID? = nil, partnersApproval: String = "") {
        self.id = id
        self.fromLineID = fromLineID
        self.toLineID = toLineID
        self.amount = amount
        self.effective = effective
        self.reason = reason
        self.partnerID = partnerID
        self.decision = decision
        self.partnersApproval = partnersApproval
    }

    /// Whether it moves budget between two lines, leaving the pool the same.
    public var isVirement: Bool { fromLineID != nil && toLineID != nil }

    /// What it does to `lineID`'s budget: plus the amount to the line it goes to, minus from the line it comes from.
    public func change(to lineID: SchemeLine.ID) -> Money {
        (toLineID == lineID ? amount : .zero) - (fromLineID == lineID ? amount : .zero)
    }

    /// "£50,000.00 from S08a to S08b", "£200,000.00 to S03 (NMC's contribution)".
    public var summary: String {
        let moved = MoneyText.pounds(amount)
        switch (fromLineID, toLineID) {
        case let (from?, to?): return "\(moved) from \(from) to \(to)"
        case let (nil, to?): return "\(moved) to \(to)" + (partnerID.map { " (\($0)'s contribution)" } ?? "")
        case let (from?, nil): return "\(moved) from \(from)" + (partnerID.map { " (\($0)'s contribution)" } ?? "")
        case (nil, nil): return moved
        }
    }
}

extension Agreement {
    /// `line`'s budget in force at `period`: its original budget and the variations of that year effective by then.
    public func budget(of line: SchemeLine, at period: Period) -> Money {
        guard !budgetVariations.isEmpty else { return line.budget }
        var budget = line.budget
        for variation in budgetVariations where variation.effective <= period && variation.effective.financialYear == period.financialYear {
            budget = budget + variation.change(to: line.id)
        }
        return budget
    }

    /// The part of `line`'s variations due by `period`, each spread from its effective month on the line's profile.
    public func variationsToDate(of line: SchemeLine, at period: Period) -> Money {
        guard !budgetVariations.isEmpty else { return .zero }
        var toDate = Money.zero
        for variation in budgetVariations where variation.effective <= period && variation.effective.financialYear == period.financialYear {
            let change = variation.change(to: line.id)
            guard change != .zero else { continue }
            toDate = toDate + line.profile.variationToDate(change, effective: variation.effective.monthOfYear, monthOfYear: period.monthOfYear)
        }
        return toDate
    }

    /// `line`'s budget to date at `period` profiled on the budget in force: the original budget on the line's profile,
    /// and each variation spread from its effective month (docs/money.md).
    public func budgetToDate(of line: SchemeLine, at period: Period) -> Money {
        line.profile.budgetToDate(line.budget, monthOfYear: period.monthOfYear) + variationsToDate(of: line, at: period)
    }

    /// The variations touching `lineID`, in the order they were made.
    public func variations(of lineID: SchemeLine.ID) -> [BudgetVariation] {
        budgetVariations.filter { $0.fromLineID == lineID || $0.toLineID == lineID }
    }

    /// The variations a report of `period` lists: those of its financial year effective by then.
    public func budgetVariations(at period: Period) -> [BudgetVariation] {
        budgetVariations.filter { $0.effective <= period && $0.effective.financialYear == period.financialYear }
    }

    /// The month a new variation takes effect from unless told otherwise: the one after the reporting month (so the
    /// month the board has seen keeps its budget), or after the last closed month if that is later, within the term.
    public var nextVariationMonth: Period {
        min(max(self.reportingPeriod.next, lastLockedMonth?.next ?? self.reportingPeriod.next), self.end.period)
    }

    /// A new variation's identifier: V3 after V1 and V2.
    public var nextVariationID: String {
        "V" + String((budgetVariations.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1)
    }

    /// How much the pool's contributions from `source` have grown (or shrunk) by variations effective by `period`: each
    /// change to the pool counts against the funding source of its line.
    public func poolChanges(of source: FundingSource, at period: Period) -> Money {
        budgetVariations(at: period).filter { !$0.isVirement && ($0.toLineID ?? $0.fromLineID).flatMap(line)?.source == source }
            .sum { $0.toLineID == nil ? -$0.amount : $0.amount }
    }
}
