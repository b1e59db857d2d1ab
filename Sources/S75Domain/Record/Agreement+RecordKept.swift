extension Agreement {
    /// Refuses a change to what has been reported as final, with the same words whichever way it comes (a form, the
    /// grid, `T`, an import): a return in a closed month, or anything taken from a month's close and its history.
    func checkRecordKept(by change: Change) throws(EditError) {
        switch change.key {
        case .monitoring(_, let period):
            if let message = lockedMonthMessage(period) { throw EditError(message) }
        case .monthClose(let period):
            guard let old = monthClose(period) else { return }
            try Self.checkKeepsHistory(of: old, in: change.new.flatMap { if case .monthClose(let c) = $0 { c } else { nil } })
        default:
            break
        }
    }

    /// Refuses to replace this agreement by `new` (an import over it) when that would change what was reported as
    /// final: every close must be kept with its history, and a locked month's returns as they are.
    public func checkReplacement(by new: Agreement) throws(EditError) {
        for old in monthCloses {
            try Self.checkKeepsHistory(of: old, in: new.monthClose(old.period))
            if let message = lockedMonthMessage(old.period), new.monthClose(old.period) == old, new.returns(at: old.period) != returns(at: old.period) {
                throw EditError(message)
            }
        }
    }
}
