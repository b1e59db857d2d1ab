extension Agreement {
    /// Refuses a change to what has been reported as final, with the same words whichever way it comes (a form, the
    /// grid, `T`, an import): a return in a closed month, an adjustment entered in one, anything taken from a month's
    /// close and its history, a closed meeting, or the words of what was recorded at one.
    func checkRecordKept(by change: Change) throws(EditError) {
        switch change.key {
        case .monitoring(_, let period):
            if let message = lockedMonthMessage(period) { throw EditError(message) }
        case .monthClose(let period):
            guard let old = monthClose(period) else { return }
            try Self.checkKeepsHistory(of: old, in: change.new.flatMap { if case .monthClose(let c) = $0 { c } else { nil } })
        case .meeting, .minute:
            try checkMeetingKept(by: change)
        case .adjustment(let id):
            guard let old = priorPeriodAdjustments.first(where: { $0.id == id }), let locked = lockedMonthMessage(old.enteredIn) else { return }
            throw EditError(locked)
        case .variation(let id):
            guard let old = budgetVariations.first(where: { $0.id == id }), let message = closedMonthSeeing(old) else { return }
            throw EditError(message)
        case .instalment(let id):
            let new = change.new.flatMap { if case .instalment(let i) = $0 { i } else { nil } }
            if let message = closedMonthSeeing(contributionInstalments.first { $0.id == id }, changedTo: new) { throw EditError(message) }
        case .signOff(let id):
            guard let old = signOffs.first(where: { $0.id == id }) else { return }
            guard change.new != nil else { throw EditError("a sign-off is kept: sign again once what it covers changes") }
            guard isSuperseded(old) else { throw EditError("\(id) is signed by \(old.by) on \(old.on.label) and still covers the figures as they are") }
        case .settlement(let id):
            guard let old = settlementPayments.first(where: { $0.id == id }), let paid = old.paidOn,
                  change.new != .settlement(old) else { return }
            throw EditError("\(id) (\(old.summary)) was paid on \(paid.label) and is kept: record a further payment to correct it")
        case .line(let id):
            try checkOriginalBudgetKept(id, new: change.new.flatMap { if case .line(let l) = $0 { l } else { nil } })
        default:
            break
        }
    }

    /// Refuses to replace this agreement by `new` (an import over it) when that would change what was reported as
    /// final: every close must be kept with its history, and a locked month's returns as they are.
    public func checkReplacement(by new: Agreement) throws(EditError) {
        for old in meetings where old.closed != nil {
            guard new.meeting(on: old.date) == old else {
                throw EditError("the meeting of \(old.date.label) was closed \(old.closed?.closedOn.label ?? ""); its record is kept as it was")
            }
        }
        for old in minutes {
            guard let closed = meeting(on: old.meeting)?.closed else { continue }
            guard let now = new.minutes.first(where: { $0.id == old.id }), now.kind == old.kind, now.meeting == old.meeting,
                  now.item == old.item, now.text == old.text else {
                throw EditError("the meeting of \(old.meeting.label) was closed \(closed.closedOn.label): what was recorded at it is kept")
            }
        }
        for old in priorPeriodAdjustments {
            guard let message = lockedMonthMessage(old.enteredIn), !new.priorPeriodAdjustments.contains(old) else { continue }
            throw EditError(message)
        }
        for old in budgetVariations {
            guard let message = closedMonthSeeing(old), !new.budgetVariations.contains(old) else { continue }
            throw EditError(message)
        }
        for old in contributionInstalments {
            if let message = closedMonthSeeing(old, changedTo: new.contributionInstalments.first { $0.id == old.id }) { throw EditError(message) }
        }
        if let closed = lastLockedMonth {
            for old in lines where new.line(old.id)?.budget != old.budget {
                throw EditError("\(old.id)'s original budget is part of the closed \(closed.label) report: vary it instead (s75 vary)")
            }
        }
        for old in monthCloses {
            try Self.checkKeepsHistory(of: old, in: new.monthClose(old.period))
            if let message = lockedMonthMessage(old.period), new.monthClose(old.period) == old, new.returns(at: old.period) != returns(at: old.period) {
                throw EditError(message)
            }
        }
    }

    /// The latest month closed and not reopened, if any.
    public var lastLockedMonth: Period? { monthCloses.last { $0.isLocked }?.period }

    /// Why `variation` is part of a closed month's record (it took effect by a month now closed), or nil.
    private func closedMonthSeeing(_ variation: BudgetVariation) -> String? {
        guard let closed = monthCloses.last(where: { $0.isLocked && $0.period >= variation.effective }) else { return nil }
        return "\(variation.id) took effect in \(variation.effective.label), part of the closed \(closed.period.label) report: "
            + "vary the budget again from an open month"
    }

    /// Why changing instalment `old` to `new` (nil: adding or removing it) would change what a closed month reported: what
    /// fell due, and what was received, by its end. A receipt after it, of an instalment due before, is welcome.
    private func closedMonthSeeing(_ old: ContributionInstalment?, changedTo new: ContributionInstalment?) -> String? {
        func seen(_ i: ContributionInstalment?, by end: DateOnly) -> [String] {
            guard let i else { return [] }
            let due = i.due <= end ? [i.contributionID, i.due.description, "\(i.amount.pence)"] : []
            let received = i.receivedOn.map { $0 <= end } == true ? [i.receivedOn?.description ?? "", "\((i.received ?? .zero).pence)"] : []
            return due + received
        }
        for close in monthCloses.reversed() where close.isLocked {
            let end = DateOnly(year: close.period.year, month: close.period.month, day: 1).endOfMonth
            guard seen(old, by: end) != seen(new, by: end) else { continue }
            return "\((old ?? new)?.id ?? "the instalment") as due and received by \(close.period.label) is part of its closed report: "
                + "record a receipt on a day after it"
        }
        return nil
    }

    /// A line's original budget is fixed once it has been reported on (it has a return, or a month is closed): it
    /// changes by variation. A line added once a month is closed starts at £0, funded by a variation.
    private func checkOriginalBudgetKept(_ id: SchemeLine.ID, new: SchemeLine?) throws(EditError) {
        guard let new else { return }
        if let old = line(id) {
            guard new.budget != old.budget else { return }
            if let closed = lastLockedMonth {
                throw EditError("\(id)'s original budget is part of the closed \(closed.label) report: vary it instead (:vary, or s75 vary)")
            }
            if let reported = monitoring.entries(for: id).first?.period {
                throw EditError("\(id) has been reported on (\(reported.label)): its original budget is kept; vary it instead (:vary, or s75 vary)")
            }
            return
        }
        guard let closed = lastLockedMonth else { return }
        guard new.budget == .zero else {
            throw EditError("\(closed.label) is closed: a new line starts with a budget of £0, funded by a variation (:vary, or s75 vary)")
        }
    }
}
