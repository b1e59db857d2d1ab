import S75Domain

extension AppState {
    /// The meeting being held today, once the walk has started it.
    public var todaysMeeting: Meeting? { agreement.meeting(on: today) }

    /// The save that records the walk reaching `step` at today's meeting (started if need be); none when read-only.
    mutating func recordProgress(_ step: WalkStep) -> [Effect] {
        guard readOnlyReason == nil, todaysMeeting?.closed == nil else { return [] }
        let sentence = walkSentence(step)
        walkSentenceWorkedOut = WalkSentence(step: step, period: period, revision: agreementRevision, text: sentence)
        let meeting = (todaysMeeting ?? Meeting(date: today, period: period)).reaching(step, period: period, sentence: sentence)
        return [.save(Change(.meeting(meeting)), expecting: version(of: .meeting(today)), intent: .walkProgress)]
    }

    /// The sentence that explains `step` at the month shown, as last worked out while the agreement has not changed since,
    /// or worked out now.
    public func walkSentence(_ step: WalkStep) -> String {
        if let kept = walkSentenceWorkedOut, kept.step == step, kept.period == period, kept.revision == agreementRevision { return kept.text }
        return agreement.walkSentence(step, at: period, on: today, problems: problems.count)
    }

    /// d or a in the walk (a or A on the Decisions pane): a new decision or action of today's meeting, against
    /// the walk's step; Enter saves it and returns to where it was opened.
    mutating func openMinuteForm(_ kind: Minute.Kind) {
        if let reason = readOnlyReason {
            message = .error("READ-ONLY (\(reason)): decisions and actions cannot be recorded in this file.")
            return
        }
        if refusesClosedMeeting() { return }
        let step: WalkStep? = if case .walk(let step) = view { step } else { nil }
        let draft = Minute(id: agreement.nextMinuteID(kind), kind: kind, meeting: today, item: step?.name ?? "", text: "")
        let form = FormSpec.newForm(.minute(draft), in: agreement, inThousands: displayUnit == .thousands)
        modes.open(.form(form))
        message = UserMessage("Type the \(kind.rawValue); Tab moves to \(kind == .action ? "owner and due date" : "owner"); "
                              + "Enter saves; Esc cancels.")
    }

    /// e in the walk: today's meeting (who attended, which month's figures) in a form.
    mutating func openMeetingForm() {
        if let reason = readOnlyReason {
            message = .error("READ-ONLY (\(reason)): the meeting cannot be recorded in this file.")
            return
        }
        if refusesClosedMeeting() { return }
        let form = todaysMeeting.map {
            FormSpec.form(.meeting, record: .meeting($0), in: agreement, version: version(of: .meeting(today)), inThousands: false)
        } ?? FormSpec.newForm(.meeting(Meeting(date: today, period: period)), in: agreement, inThousands: false)
        modes.open(.form(form))
        message = UserMessage("Pick the members present (part of each name will do), then others, apologies and interests; Enter saves.")
    }

    /// C at the walk's last step: asks first, then closes today's meeting, its record kept as it stands.
    mutating func closeTodaysMeeting(confirmed: Bool = false) -> [Effect] {
        if let reason = readOnlyReason { message = .error("READ-ONLY (\(reason)): the meeting cannot be closed in this file."); return [] }
        if refusesClosedMeeting() { return [] }
        guard case .walk(.actions) = view else {
            message = .error("The meeting closes at the walk's last step, Actions, once its actions are recorded.")
            return []
        }
        let meeting: Meeting
        do {
            meeting = try agreement.closingMeeting(today, on: today, by: user)
        } catch {
            message = .error("Not closed: \(error.message).")
            return []
        }
        guard confirmed else {
            pendingConfirmation = .closeMeeting
            message = .error("Close the meeting of \(today.label)? Its attendance, figures, decisions and actions are then kept as they "
                             + "stand, for its minutes. Press y to close it; any other key keeps it open.")
            return []
        }
        return [.save(Change(.meeting(meeting)), expecting: version(of: .meeting(today)),
                      intent: .record(summary: "the meeting of \(today.label) closed; s75 minutes prints its record"))]
    }

    /// `:approve-minutes NAME` (m in the walk): today's meeting approves the last closed meeting's minutes, moved by NAME.
    mutating func approveMinutes(movedBy: String) -> [Effect] {
        if let reason = readOnlyReason { message = .error("READ-ONLY (\(reason)): nothing can be approved in this file."); return [] }
        if refusesClosedMeeting() { return [] }
        guard !movedBy.isEmpty else {
            message = .error("approve-minutes takes who moved the approval, e.g. approve-minutes Cllr Ahmed.")
            return []
        }
        let meeting: Meeting
        do {
            meeting = try (todaysMeeting == nil ? agreement.starting(today, period: period) : agreement).approvingMinutes(at: today, movedBy: movedBy)
        } catch {
            message = .error("Not approved: \(error.message).")
            return []
        }
        let approved = meeting.approves?.meeting.label ?? ""
        return [.save(Change(.meeting(meeting)), expecting: version(of: .meeting(today)),
                      intent: .record(summary: "the minutes of \(approved) approved, moved by \(movedBy)"))]
    }

    /// Says why today's meeting takes nothing more, once it is closed; false while it is open.
    mutating func refusesClosedMeeting() -> Bool {
        guard let closed = todaysMeeting?.closed else { return false }
        message = .error("The meeting of \(today.label) was closed \(closed.closedOn.label); its record is kept as it was. "
                         + "The next meeting is walked on its own day.")
        return true
    }

    /// `record` with, for a decision or action whose standing changed or that was given a note, an update of today
    /// saying so: a minute's history grows with each change and is never rewritten.
    func recordingUpdate(_ record: AgreementRecord, noted note: String) -> AgreementRecord {
        guard case .minute(let minute) = record, let old = agreement.minutes.first(where: { $0.id == minute.id }),
              minute.status != old.status || !note.isEmpty else { return record }
        return .minute(minute.updated(to: minute.status, note: note, on: today))
    }

    /// The meeting a new minute needs, when its day has none yet: saved first, so the minute has a meeting to belong to.
    func meetingNeeded(by record: AgreementRecord) -> Change? {
        guard case .minute(let minute) = record, agreement.meeting(on: minute.meeting) == nil else { return nil }
        return Change(.meeting(Meeting(date: minute.meeting, period: period)))
    }
}

extension AppState {
    /// `:done A1 plan received` or `:withdraw A1 no longer needed`: an action settled from anywhere, the walk's Actions step
    /// included, with an update of today carrying the note (a withdrawal needs one); decisions are changed in their form.
    mutating func settleAction(_ arguments: [String], as status: Minute.Status) -> [Effect] {
        let verb = status == .done ? "done" : "withdraw"
        let usage = "\(verb) takes an action and \(status == .done ? "a note if you like" : "why"), e.g. \(verb) A1 "
            + (status == .done ? "plan received and agreed." : "no longer needed.")
        guard readOnlyReason == nil else { message = .error("This file is read-only; actions cannot be changed in it."); return [] }
        guard let id = arguments.first,
              let action = agreement.minutes.first(where: { $0.id.lowercased() == id.lowercased() && $0.kind == .action })
        else { message = .error(usage); return [] }
        let note = arguments.dropFirst().joined(separator: " ")
        let settled = action.updated(to: status, note: note, on: today)
        let change = Change(.minute(settled))
        do {
            _ = try agreement.applying(change)
        } catch {
            message = .error("Not saved: \(error.message).")
            return []
        }
        let summary = "action \(action.id) \(status.label.lowercased())" + (note.isEmpty ? "" : ": \(note)")
        return [.save(change, expecting: version(of: change.key), intent: .edit(summary: summary, move: nil))]
    }
}
