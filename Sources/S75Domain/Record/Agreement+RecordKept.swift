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
        for old in monthCloses {
            try Self.checkKeepsHistory(of: old, in: new.monthClose(old.period))
            if let message = lockedMonthMessage(old.period), new.monthClose(old.period) == old, new.returns(at: old.period) != returns(at: old.period) {
                throw EditError(message)
            }
        }
    }
}
