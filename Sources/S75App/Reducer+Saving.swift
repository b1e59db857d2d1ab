import S75Domain

extension AppState {
    /// A change is committed: the agreement and versions follow it, and it goes on the undo (or redo) stack.
    mutating func saved(_ change: Change, version: Int?, intent: SaveIntent) {
        let inverse = agreement.inverse(of: change)
        // the walk's progress changes only today's meeting, which its step's sentence does not depend on: still current
        let sentenceCurrent = intent == .walkProgress && walkSentenceWorkedOut?.revision == agreementRevision
        let problemsBefore = problems.count
        try? agreement.apply(change)
        if sentenceCurrent, problems.count == problemsBefore { walkSentenceWorkedOut?.revision = agreementRevision }
        versions.note(version, of: change.key)
        switch intent {
        case .edit(let summary, let move):
            undoSteps.append(UndoStep(undo: [inverse], redo: [change], versions: [version], summary: summary))
            redoSteps = []
            updateGrid { $0.draft = nil; $0.problem = nil; $0.warning = nil; $0.conflict = nil }
            if let move { moveCell(rows: move.rows, columns: move.columns, toRowStart: move.toRowStart) }
            if form != nil { closeForm(selecting: change.new == nil ? nil : change.key) }
            message = UserMessage("Saved: \(summary).")
        case .undo(let step):
            redoSteps.append(UndoStep(undo: step.undo, redo: step.redo, versions: [version], summary: step.summary))
            message = UserMessage("Undone: \(step.summary). Press Z to redo it.")
        case .redo(let step):
            undoSteps.append(UndoStep(undo: step.undo, redo: step.redo, versions: [version], summary: step.summary))
            message = UserMessage("Redone: \(step.summary).")
        case .walkProgress:
            break
        case .record(let summary):
            message = UserMessage("Saved: \(summary).")
        }
    }

    /// A save was refused because the record changed elsewhere. A form merges by field: what only one side changed is
    /// taken without asking (and saved at once if nothing else differs); a field both changed is a conflict, listed with
    /// both values for the user to choose. Elsewhere, theirs is shown and the user chooses.
    mutating func saveConflicted(_ change: Change, current: AgreementRecord?, version: Int?, intent: SaveIntent) -> [Effect] {
        try? agreement.apply(Change(key: change.key, new: current))
        versions.note(version, of: change.key)
        let theirs = current.map(Self.describe) ?? "removed"
        if case .edit(let summary, _) = intent, form != nil, let current {
            return mergeForm(with: current, version: version, summary: summary)
        }
        switch intent {
        case .edit(let summary, _):
            updateGrid { $0.conflict = SaveConflict(mine: change, theirs: current, theirVersion: version) }
            updateForm { $0.conflict = SaveConflict(mine: change, theirs: current, theirVersion: version) }
            let mine = change.new.map(Self.describe) ?? "removed"
            message = .error("Not saved: \(summary) was changed in another session. Theirs: \(theirs). Yours: \(mine). "
                             + "Enter saves yours over theirs; Esc keeps theirs.")
        case .undo(let step), .redo(let step):
            message = .error("Not \(intent.isUndo ? "undone" : "redone"): \(step.summary) was changed in another session since "
                             + "(now \(theirs)); nothing was changed.")
        case .walkProgress:
            message = UserMessage("Another session is recording this meeting too; its record is kept.")
        case .record(let summary):
            message = .error("Not saved: \(summary), as another session changed it first (now \(theirs)).")
        }
        return []
    }

    /// The open form merged by field with `theirs` (the record as another session saved it).
    mutating func mergeForm(with theirs: AgreementRecord, version: Int?, summary: String) -> [Effect] {
        guard var form else { return [] }
        let inThousands = displayUnit == .thousands
        let theirForm = FormSpec.form(form.kind, record: theirs, in: agreement, version: version, inThousands: inThousands)
        let theirTexts = theirForm.fields.map(\.text)
        guard theirTexts.count == form.fields.count else { return [] }
        var conflicts: [FieldConflict] = []
        for index in form.fields.indices {
            let base = form.original[index], mine = form.fields[index].text, their = theirTexts[index]
            if mine == base { form.fields[index].text = their }
            else if their != base, their != mine { conflicts.append(FieldConflict(label: form.fields[index].label, mine: mine, theirs: their)) }
        }
        form.original = theirTexts
        form.baseVersion = version
        guard case .success(let merged) = FormSpec.record(from: form, in: agreement, inThousands: inThousands) else {
            view = .form(form)
            message = .error("Not saved: \(summary) was changed in another session; the form shows both sessions' changes. Check it and save again.")
            return []
        }
        if conflicts.isEmpty {
            view = .form(form)
            message = UserMessage("Changed in another session; your changes and theirs touch different fields, so both are kept.")
            return [.save(Change(merged), expecting: version, intent: .edit(summary: summary, move: nil))]
        }
        form.conflict = SaveConflict(mine: Change(merged), theirs: theirs, theirVersion: version, fields: conflicts)
        view = .form(form)
        message = .error("Not saved: \(summary) was changed in another session. Both changed "
                         + conflicts.map { "\($0.label) (theirs \($0.theirs), yours \($0.mine))" }.joined(separator: "; ")
                         + ". Enter keeps yours; Esc takes theirs for \(conflicts.count == 1 ? "it" : "them"). Other changes are merged.")
        return []
    }

    mutating func undoLast() -> [Effect] {
        if let reason = readOnlyReason { message = .error("READ-ONLY (\(reason)): nothing to undo."); return [] }
        guard let step = undoSteps.popLast() else {
            message = UserMessage("Nothing to undo: you have made no edits in this session.")
            return []
        }
        return [step.write(step.undo, intent: .undo(step))]
    }

    mutating func redoLast() -> [Effect] {
        guard let step = redoSteps.popLast() else {
            message = UserMessage("Nothing to redo.")
            return []
        }
        return [step.write(step.redo, intent: .redo(step))]
    }

    /// A record in a few words, for conflict messages.
    public static func describe(_ record: AgreementRecord) -> String {
        switch record {
        case .monitoring(let e):
            "actual \(MoneyText.pounds(e.actualToDate)), forecast \(MoneyText.pounds(e.forecastOutturn))"
                + (e.commentary.isEmpty ? "" : ", \"\(e.commentary)\"")
        case .line(let l): "\(l.id) \(l.name), budget \(MoneyText.pounds(l.budget))"
        case .contribution(let c): "\(c.id) \(MoneyText.pounds(c.amount))"
        case .agreement(let d): "\(d.title), \(d.start.label) to \(d.end.label)"
        case .partner(let p): "\(p.id) \(p.name)"
        case .provider(let p): "\(p.id) \(p.name)"
        case .contract(let c): "\(c.id) \(c.title), \(MoneyText.pounds(c.value))"
        case .metric(let m): "\(m.id) \(m.name)"
        case .meeting(let m): "the meeting of \(m.date.label)"
        case .minute(let m): "\(m.id) \(m.text)"
        case .personalBudget(let b): "\(b.id) \(b.person), \(MoneyText.pounds(b.plan))"
        case .chargeBack(let c): "\(c.id) \(MoneyText.pounds(c.amount)) charged to \(c.partnerID)"
        case .ledgerRule(let r): "\(r.id) \(r.scope) → \(r.lineID)"
        case .monthClose(let c): "\(c.period.label) \(c.summary)"
        case .adjustment(let a): "\(a.id) \(MoneyText.pounds(a.amount)) on \(a.lineID) for \(a.relatesTo.label)"
        case .variation(let v): "\(v.id) \(v.summary) from \(v.effective.label)"
        case .signOff(let s): "\(s.id), by \(s.by) on \(s.on.label)"
        case .person(let p): "\(p.account) \(p.name), \(p.roles.map(\.rawValue).joined(separator: ", "))"
        case .instalment(let i): "\(i.id) \(MoneyText.pounds(i.amount)) of \(i.contributionID) due \(i.due.label)"
        case .settlement(let p): "\(p.id) \(p.summary), due \(p.due.label)" + (p.paidOn.map { ", paid \($0.label)" } ?? "")
        case .risk(let r): "\(r.id) \(r.title), \(r.rating) (\(r.likelihood)×\(r.impact))"
        case .bcfAnswers(let b): "the \(b.kind.label) BCF return of \(b.year): " + b.conditions.map(\.answer).joined(separator: ", ")
        }
    }
}

extension UndoStep {
    /// The effect that writes `changes` (the step's undo or redo), each based on the version the step recorded.
    func write(_ changes: [Change], intent: SaveIntent) -> Effect {
        guard changes.count == 1 else { return .saveAll(zip(changes, versions).map { PlannedChange($0, expected: $1) }, intent: intent) }
        return .save(changes[0], expecting: versions[0], intent: intent)
    }
}

extension SaveIntent {
    /// Whether the save undoes an edit.
    public var isUndo: Bool {
        if case .undo = self { return true }
        return false
    }
}
