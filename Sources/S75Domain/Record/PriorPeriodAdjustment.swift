/// A correction to a closed month entered in an open one: the closed month's figures stay as reported, and the
/// correction is part of the open month's actual to date, named, with its reason, as a prior-period adjustment.
public struct PriorPeriodAdjustment: Hashable, Sendable, Identifiable {
    /// "PPA1".
    public var id: String
    public var lineID: SchemeLine.ID
    /// The open month whose return holds the correction.
    public var enteredIn: Period
    /// The closed month it corrects.
    public var relatesTo: Period
    /// Added to the line's actual (negative when taken away).
    public var amount: Money
    public var reason: String

    public init(id: String, lineID: SchemeLine.ID, enteredIn: Period, relatesTo: Period, amount: Money, reason: String) {
        self.id = id
        self.lineID = lineID
        self.enteredIn = enteredIn
        self.relatesTo = relatesTo
        self.amount = amount
        self.reason = reason
    }
}

extension Agreement {
    /// The adjustments a report of `period` shows: those entered in its financial year up to and including it.
    public func priorPeriodAdjustments(at period: Period) -> [PriorPeriodAdjustment] {
        priorPeriodAdjustments.filter { $0.enteredIn <= period && $0.enteredIn.financialYear == period.financialYear }
    }

    /// A new adjustment's identifier: PPA3 after PPA1 and PPA2.
    public var nextAdjustmentID: String {
        "PPA" + String((priorPeriodAdjustments.compactMap { Int($0.id.dropFirst(3)) }.max() ?? 0) + 1)
    }

    /// What an adjustment must be: on a line, for a closed month, entered in a later month still open, for an amount,
    /// with its reason.
    func check(_ adjustment: PriorPeriodAdjustment) throws(EditError) {
        guard !adjustment.id.isEmpty, !adjustment.id.contains(" ") else { throw EditError("an identifier is needed, without spaces, e.g. PPA1") }
        guard lines.contains(id: adjustment.lineID) else { throw EditError("there is no line \(adjustment.lineID)") }
        guard monthClose(adjustment.relatesTo)?.isLocked == true else {
            throw EditError("\(adjustment.relatesTo.label) is not closed: correct its return itself")
        }
        guard adjustment.enteredIn > adjustment.relatesTo else {
            throw EditError("an adjustment is entered in a month after the one it corrects (\(adjustment.relatesTo.label))")
        }
        if lockedMonthMessage(adjustment.enteredIn) != nil {
            throw EditError("\(adjustment.enteredIn.label) is closed too: enter the adjustment in a month still open")
        }
        guard adjustment.enteredIn >= self.start.period, adjustment.enteredIn <= self.end.period else {
            throw EditError("\(adjustment.enteredIn.label) is outside the agreement's term")
        }
        guard adjustment.amount != .zero else { throw EditError("an adjustment is for an amount other than £0") }
        guard !adjustment.reason.allSatisfy(\.isWhitespace) else { throw EditError("say why \(adjustment.relatesTo.label) is adjusted") }
    }
}
