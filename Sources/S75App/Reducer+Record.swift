import S75Domain

extension AppState {
    /// `:close-month` (the month shown) or `:close-month 2025-12`: the pooled fund manager closes a reported month, or
    /// closes a reopened one again as restated. Its returns are then refused to every edit.
    mutating func closeMonth(_ arguments: [String]) -> [Effect] {
        guard let period = arguments.first.map(month) ?? period else {
            message = .error("close-month takes a month of the term as YYYY-MM or M1–M12, e.g. close-month 2025-12.")
            return []
        }
        let (today, user) = (today, user)
        return record(period) { a throws(EditError) in try a.closing(period, on: today, by: user) }
    }

    /// `:reopen-month 2025-12 REASON`: a closed month opened again, for the reason given, so that it can be corrected.
    mutating func reopenMonth(_ arguments: [String]) -> [Effect] {
        let reason = arguments.dropFirst().joined(separator: " ")
        guard let period = arguments.first.flatMap(month), !reason.isEmpty else {
            message = .error("reopen-month takes the month and why, e.g. reopen-month 2025-12 S03 accrual missed.")
            return []
        }
        let (today, user) = (today, user)
        return record(period) { a throws(EditError) in try a.reopening(period, on: today, by: user, reason: reason) }
    }

    /// `:vary` (from the line selected) or `:vary S08a`: a new budget variation in a form, from that line, effective from
    /// the month after the last one reported or closed; the form says who must agree it.
    mutating func openVariationForm(from lineID: String?) {
        if let reason = readOnlyReason {
            message = .error("READ-ONLY (\(reason)): budgets cannot be varied in this file.")
            return
        }
        let selected: SchemeLine.ID? = if case .line(let id)? = selectedItem(in: .budgets) { id } else { nil }
        let from = lineID.flatMap { id in agreement.lines.first { $0.id.lowercased() == id.lowercased() }?.id } ?? selected
        if let lineID, from == nil { message = .error("There is no line \(lineID): vary names a line, e.g. vary S08a."); return }
        let draft = FormSpec.newVariation(in: agreement, from: from)
        modes.open(.form(FormSpec.newForm(.variation(draft), in: agreement, inThousands: displayUnit == .thousands)))
        message = UserMessage("Fill in to, amount and why; a board decision or the partners' approval when the limits ask. Enter saves.")
    }

    /// `:adjust S03 2025-12 50 S03 accrual missed`: a correction to a closed month, entered in the month shown, of the
    /// amount (in the unit shown, as the grid reads it), with the reason.
    mutating func adjust(_ arguments: [String]) -> [Effect] {
        let usage = "adjust takes the line, the closed month it corrects, the amount and why, e.g. adjust S03 2025-12 50 accrual missed."
        guard arguments.count >= 4, let relatesTo = month(arguments[1]) else { message = .error(usage); return [] }
        let amount: Money
        switch MoneyInput.parse(arguments[2], inThousands: displayUnit == .thousands) {
        case .success(let parsed): amount = parsed
        case .failure(let error): message = .error("Not saved: \(error.message). \(usage)"); return []
        }
        let adjustment = PriorPeriodAdjustment(id: agreement.nextAdjustmentID, lineID: arguments[0], enteredIn: period, relatesTo: relatesTo,
                                               amount: amount, reason: arguments.dropFirst(3).joined(separator: " "))
        do {
            _ = try agreement.applying(Change(.adjustment(adjustment)))
        } catch {
            message = .error("Not saved: \(error.message).")
            return []
        }
        let summary = "\(adjustment.id), \(MoneyText.pounds(amount)) on \(adjustment.lineID) in \(period.label) correcting \(relatesTo.label)"
        return [.save(Change(.adjustment(adjustment)), expecting: nil, intent: .edit(summary: summary, move: nil))]
    }

    /// Says why this session's account may not write `key` (docs/people.md), before anything is typed; false when it may.
    mutating func refusesWriting(_ key: RecordKey) -> Bool {
        guard let refusal = agreement.refusal(of: Change(key: key, new: agreement.record(key)), by: user) else { return false }
        message = .error(refusal.prefix(1).uppercased() + refusal.dropFirst() + ".")
        return true
    }

    /// Says why `month` (the month shown unless given) cannot be entered, when it is closed; false when it is open.
    mutating func refusesClosedMonth(_ month: Period? = nil) -> Bool {
        let month = month ?? period
        guard let locked = agreement.lockedMonthMessage(month) else { return false }
        message = .error("\(locked) (:reopen-month \(month) REASON).")
        return true
    }

    /// Saves the close `make` gives for `period`, or says why there is none.
    private mutating func record(_ period: Period, _ make: (Agreement) throws(EditError) -> MonthClose) -> [Effect] {
        guard readOnlyReason == nil else {
            message = .error("This file is read-only; nothing can be closed or reopened in it.")
            return []
        }
        let close: MonthClose
        do {
            close = try make(agreement)
        } catch {
            message = .error("Not saved: \(error.message).")
            return []
        }
        let change = Change(.monthClose(close))
        return [.save(change, expecting: version(of: change.key), intent: .record(summary: "\(period.label) \(close.summary)"))]
    }
}
