/// The agreement's delegated limits on varying budgets (brief §1.5): the pooled fund manager may vire within a scheme up
/// to one amount; the board between schemes up to another and a share of the receiving scheme; anything more, and any
/// change to the pool itself, is for the partners.
///
/// A limit that is not set delegates nothing: a virement then needs the board, or the partners.
public struct DelegatedLimits: Hashable, Sendable, Codable {
    /// The most the pooled fund manager may vire between lines of one scheme.
    public var poolFundManagerWithinScheme: Money?
    /// The most the board may vire (within or between schemes).
    public var boardVirement: Money?
    /// And no more than this share of the receiving scheme's budget in force, in basis points (1000 = 10%).
    public var boardShareOfReceivingBasisPoints: Int64?

    public init(poolFundManagerWithinScheme: Money? = nil, boardVirement: Money? = nil, boardShareOfReceivingBasisPoints: Int64? = nil) {
        self.poolFundManagerWithinScheme = poolFundManagerWithinScheme
        self.boardVirement = boardVirement
        self.boardShareOfReceivingBasisPoints = boardShareOfReceivingBasisPoints
    }

    /// None set: every variation goes to the board or the partners.
    public static let none = DelegatedLimits()
}

/// Who may agree a variation.
public enum VariationAuthority: Hashable, Sendable {
    case poolFundManager, board, partners

    /// "the pooled fund manager", "the board", "the partners".
    public var label: String {
        switch self {
        case .poolFundManager: "the pooled fund manager"
        case .board: "the board"
        case .partners: "the partners"
        }
    }

}

extension Agreement {
    /// The least authority that may agree `variation`, and why a lower one may not (nil for the pooled fund manager).
    public func authority(for variation: BudgetVariation) -> (authority: VariationAuthority, because: String?) {
        let limits = self.governance.limits
        guard variation.isVirement, let from = variation.fromLineID.flatMap(line), let to = variation.toLineID.flatMap(line) else {
            return (.partners, "it changes the pool's budget by \(MoneyText.pounds(variation.amount)), a change to a partner's contribution")
        }
        let sameScheme = from.schemeID == to.schemeID
        if sameScheme, let limit = limits.poolFundManagerWithinScheme, variation.amount <= limit { return (.poolFundManager, nil) }
        let pfmReason = sameScheme
            ? limits.poolFundManagerWithinScheme.map { "it is above the pooled fund manager's limit within a scheme (\(MoneyText.pounds($0)))" }
                ?? "the pooled fund manager has no delegated limit"
            : "it moves budget between schemes (\(from.schemeID) to \(to.schemeID))"
        guard let boardLimit = limits.boardVirement else { return (.partners, "the board has no delegated limit") }
        guard variation.amount <= boardLimit else {
            return (.partners, "it is above the board's limit (\(MoneyText.pounds(boardLimit)))")
        }
        if let share = limits.boardShareOfReceivingBasisPoints {
            let receiving = lines.filter { $0.schemeID == to.schemeID }.sum { budget(of: $0, at: variation.effective.previous) }
            let cap = receiving.percentageRoundedDown(share)
            guard variation.amount <= cap else {
                return (.partners, "it is above the board's limit of \(PercentText.exact(share)) of scheme \(to.schemeID)'s "
                        + "\(MoneyText.pounds(receiving)) (\(MoneyText.pounds(cap)))")
            }
        }
        return (.board, pfmReason)
    }

    /// What a variation must be, and that whoever must agree it has: lines that exist, an amount, a reason, an open
    /// month in the agreement's term, no line's budget below nothing, and the board's decision or the partners'
    /// approval when the delegated limits ask for it.
    func check(_ variation: BudgetVariation) throws(EditError) {
        guard !variation.id.isEmpty, !variation.id.contains(" ") else { throw EditError("an identifier is needed, without spaces, e.g. V1") }
        guard variation.fromLineID != nil || variation.toLineID != nil else { throw EditError("a variation moves budget from a line, to a line, or both") }
        guard variation.fromLineID != variation.toLineID else { throw EditError("a virement moves budget between two different lines") }
        for id in [variation.fromLineID, variation.toLineID].compactMap({ $0 }) where !lines.contains(id: id) {
            throw EditError("there is no line \(id)")
        }
        guard variation.amount.pence > 0 else { throw EditError("a variation moves an amount more than £0") }
        guard !variation.reason.allSatisfy(\.isWhitespace) else { throw EditError("say why the budget is varied") }
        guard variation.effective >= self.start.period, variation.effective <= self.end.period else {
            throw EditError("\(variation.effective.label) is outside the agreement's term (\(self.start.label) to \(self.end.label))")
        }
        if let closed = monthCloses.last(where: { $0.isLocked && $0.period >= variation.effective }) {
            throw EditError("\(closed.period.label) is closed: a variation takes effect from a month after it, never in a month the board has seen closed")
        }
        if variation.isVirement {
            guard variation.partnerID == nil else { throw EditError("a virement between lines changes no partner's contribution") }
        } else {
            guard let partner = variation.partnerID, self.partner(partner) != nil else {
                throw EditError("name the partner whose contribution changes with the pool")
            }
        }
        try checkAuthority(for: variation)
        if let from = variation.fromLineID.flatMap(line) {
            var after = self
            after.budgetVariations.removeAll { $0.id == variation.id }
            after.budgetVariations.append(variation)
            var month = variation.effective
            while month.financialYear == variation.effective.financialYear {
                let left = after.budget(of: from, at: month)
                if left.isNegative {
                    throw EditError("\(from.id) would have \(MoneyText.pounds(left)) in \(month.label): a budget cannot go below £0")
                }
                month = month.next
            }
        }
    }

    private func checkAuthority(for variation: BudgetVariation) throws(EditError) {
        let (needed, because) = authority(for: variation)
        let why = because.map { " because \($0)" } ?? ""
        switch needed {
        case .poolFundManager:
            return
        case .board:
            if let id = variation.decision {
                guard let decision = minutes.first(where: { $0.id == id }), decision.kind == .decision, decision.status == .agreed else {
                    throw EditError("there is no decision \(id) of the board to agree \(variation.id)")
                }
            } else if variation.partnersApproval.allSatisfy(\.isWhitespace) {
                throw EditError("\(variation.id) (\(variation.summary)) needs the board\(why): give the board's decision that agreed it (e.g. D4)")
            }
        case .partners:
            guard !variation.partnersApproval.allSatisfy(\.isWhitespace) else {
                throw EditError("\(variation.id) (\(variation.summary)) needs the partners\(why): record their approval "
                                + "(e.g. Cabinet 12 Nov 2025; ICB Board 14 Nov 2025)")
            }
        }
    }
}
