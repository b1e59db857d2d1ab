extension Agreement {
    /// The close of `period`, if it was ever closed.
    public func monthClose(_ period: Period) -> MonthClose? { monthCloses.first { $0.period == period } }

    /// Why `period`'s returns cannot be changed, in the words every write path gives; nil while it is open.
    public func lockedMonthMessage(_ period: Period) -> String? {
        guard let close = monthClose(period), close.isLocked else { return nil }
        return "\(period.label) is closed: adjust it in an open month, or reopen it with a reason"
    }

    /// `period`'s returns, in the order the agreement holds them.
    public func returns(at period: Period) -> [MonitoringEntry] {
        monitoring.count(at: period) == 0 ? [] : monitoring.filter { $0.period == period }
    }

    /// The close of `period` made on `date` by `user`: a first close, keeping its returns as first reported, or a
    /// reopened month closed again as restated. Refused for a month not yet reported, one that lacks returns, and one
    /// already closed.
    public func closing(_ period: Period, on date: DateOnly, by user: String) throws(EditError) -> MonthClose {
        if var close = monthClose(period) {
            guard case .reopened = close.state else { throw EditError("\(period.label) is already \(close.summary)") }
            close.reopenings[close.reopenings.count - 1].reclosedOn = date
            return close
        }
        guard period >= self.start.period, period <= self.end.period else {
            throw EditError("\(period.label) is outside the agreement's term (\(self.start.label) to \(self.end.label))")
        }
        guard period <= self.reportingPeriod else {
            throw EditError("\(period.label) has not been reported yet: the agreement reports \(self.reportingPeriod.label)")
        }
        let missing = lines.filter { monitoring.entry(for: $0.id, at: period) == nil }.map(\.id)
        guard missing.isEmpty else {
            throw EditError("\(period.label) cannot close while \(IdentifierList.text(missing)) \(missing.count == 1 ? "has" : "have") no return")
        }
        return MonthClose(period: period, closedOn: date, closedBy: user, firstReported: returns(at: period))
    }

    /// The close of `period` reopened on `date` by `user` for `reason`, so that its returns may be corrected.
    public func reopening(_ period: Period, on date: DateOnly, by user: String, reason: String) throws(EditError) -> MonthClose {
        guard var close = monthClose(period) else { throw EditError("\(period.label) is not closed, so it is open already") }
        guard close.isLocked else { throw EditError("\(period.label) is \(close.summary)") }
        close.reopenings.append(Reopening(on: date, by: user, reason: reason))
        try Self.check(close)
        return close
    }

    /// What any month's close must be: a reason for each reopening, each but the last closed again, dates in order.
    static func check(_ close: MonthClose) throws(EditError) {
        guard close.closedOn.exists else { throw EditError("the date it was closed must exist") }
        var after = close.closedOn
        for (index, reopening) in close.reopenings.enumerated() {
            guard !reopening.reason.allSatisfy(\.isWhitespace) else { throw EditError("say why \(close.period.label) is reopened") }
            guard reopening.on.exists, reopening.on >= after else { throw EditError("a reopening must come after the month was closed") }
            guard let reclosed = reopening.reclosedOn else {
                guard index == close.reopenings.count - 1 else { throw EditError("only the last reopening can still be open") }
                break
            }
            guard reclosed.exists, reclosed >= reopening.on else { throw EditError("a month is closed again after it is reopened") }
            after = reclosed
        }
        for entry in close.firstReported where entry.period != close.period {
            throw EditError("the returns as first reported must be \(close.period.label)'s, not \(entry.period.label)'s")
        }
    }

    /// Refuses a change to a month's close that would take anything from its history: the close, its returns as first
    /// reported and each reopening stay as they were; only a reopening may be added, or the open one closed again.
    static func checkKeepsHistory(of old: MonthClose, in new: MonthClose?) throws(EditError) {
        let kept = "\(old.period.label) stays closed, with its history; reopen it with a reason to correct it"
        guard let new, new.closedOn == old.closedOn, new.closedBy == old.closedBy, new.firstReported == old.firstReported,
              new.reopenings.count >= old.reopenings.count else { throw EditError(kept) }
        for (index, was) in old.reopenings.enumerated() {
            let now = new.reopenings[index]
            let closedAgain = was.reclosedOn == nil && index == old.reopenings.count - 1
            guard now.on == was.on, now.by == was.by, now.reason == was.reason, now.reclosedOn == was.reclosedOn || closedAgain else {
                throw EditError(kept)
            }
        }
    }
}

extension Agreement {
    /// The lines whose return for `close`'s month is not as first reported (changed, added or removed since), in the
    /// order of the first figures and then of the agreement.
    public func restatedLines(of close: MonthClose) -> [SchemeLine.ID] {
        let first = Dictionary(close.firstReported.map { ($0.lineID, $0) }, uniquingKeysWith: { earlier, _ in earlier })
        var changed: [SchemeLine.ID] = []
        var seen: Set<SchemeLine.ID> = []
        for entry in close.firstReported + returns(at: close.period) where seen.insert(entry.lineID).inserted {
            if first[entry.lineID] != monitoring.entry(for: entry.lineID, at: close.period) { changed.append(entry.lineID) }
        }
        return changed
    }
}

extension Agreement {
    /// A month closed as first reported whose returns are no longer those it closed with: changed outside s75, for
    /// every change s75 makes to a closed month goes through a reopening.
    func closedMonthProblems() -> [ValidationProblem] {
        monthCloses.filter { $0.state == .closed }.compactMap { close in
            let changed = restatedLines(of: close)
            guard !changed.isEmpty else { return nil }
            return ValidationProblem("month \(close.period)", "was closed \(close.closedOn.label), but the returns of \(IdentifierList.text(changed)) "
                                     + "are not as closed: the file was changed outside s75")
        }
    }
}
