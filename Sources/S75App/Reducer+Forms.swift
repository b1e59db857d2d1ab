import S75Domain

extension FormKind {
    /// The pane that lists records of this kind.
    public var pane: Pane {
        switch self {
        case .agreement, .partner: .agreement
        case .person: .people
        case .contribution, .line, .chargeBack, .variation, .bcfReturn: .budgets
        case .provider, .contract, .personalBudget: .providers
        case .metric: .outcomes
        case .meeting, .minute, .risk: .decisions
        case .ledgerRule: .mapping
        case .auditFilter: .audit
        }
    }
}

extension FormKind {
    /// A key of a record of this kind, to ask before a new one's form opens whether this session may write such records.
    var anyRecordKey: RecordKey? {
        switch self {
        case .agreement: .agreement
        case .partner: .partner("")
        case .contribution: .contribution("")
        case .line: .line("")
        case .provider: .provider("")
        case .contract: .contract("")
        case .metric: .metric("")
        case .personalBudget: .personalBudget("")
        case .ledgerRule: .ledgerRule("")
        case .chargeBack: .chargeBack("")
        case .variation: .variation("")
        case .person: .person("")
        case .minute: .minute("")
        case .bcfReturn: .bcfAnswers("")
        case .risk: .risk("")
        case .meeting, .auditFilter: nil
        }
    }
}

extension AppState {
    /// The form open in the content area, if any.
    public var form: FormState? {
        if case .form(let form) = view { return form }
        return nil
    }

    mutating func updateForm(_ change: (inout FormState) -> Void) {
        guard var form else { return }
        change(&form)
        view = .form(form)
    }

    /// The kind and record a pane item is edited as.
    func editTarget(_ item: PaneItem) -> (FormKind, RecordKey?)? {
        switch item {
        case .fact(.partner(let id)): (.partner, .partner(id))
        case .fact(.people): agreement.people.isEmpty ? (.person, nil) : nil
        case .person(let account): (.person, .person(account))
        case .risk(let id): (.risk, .risk(id))
        case .fact(.todo(let index)): todoTarget(index)
        case .fact: (.agreement, .agreement)
        case .contribution(let id): (.contribution, .contribution(id))
        case .line(let id): (.line, .line(id))
        case .provider(let id): (.provider, .provider(id))
        case .contract(let id): (.contract, .contract(id))
        case .metric(let id): (.metric, .metric(id))
        case .minute(let id): (.minute, .minute(id))
        case .personalBudget(let id): (.personalBudget, .personalBudget(id))
        case .ledgerRule(let id): (.ledgerRule, .ledgerRule(id))
        case .chargeBack(let id): (.chargeBack, .chargeBack(id))
        case .variation(let id): (.variation, .variation(id))
        case .sharedLines, .auditEntry, .group, .ringFence, .reconciliation, .suspense, .signOff: nil
        }
    }

    /// The form that fixes problem `index` of the agreement's check.
    func todoTarget(_ index: Int) -> (FormKind, RecordKey?)? {
        guard problems.indices.contains(index) else { return nil }
        let words = problems[index].location.split(separator: " ").map(String.init)
        let id = words.count > 1 ? words[1] : ""
        switch words.first ?? "" {
        case "contribution": return (.contribution, agreement.record(.contribution(id)) == nil ? nil : .contribution(id))
        case "line": return (.line, .line(id))
        case "partner": return (.partner, .partner(id))
        case "provider": return (.provider, .provider(id))
        case "providers": return (.provider, agreement.providers.first.map { .provider($0.id) })
        case "contract": return (.contract, .contract(id))
        case "metric": return (.metric, .metric(id))
        case "funding": return (.contribution, nil)
        default: return (.agreement, .agreement)
        }
    }

    /// Opens the form for `kind`: the record `key` (nil: a new one).
    mutating func openForm(_ kind: FormKind, _ key: RecordKey?) {
        if let reason = readOnlyReason {
            message = .error("READ-ONLY (\(reason)): nothing can be changed in this file.")
            return
        }
        if kind == .line || kind == .contribution, agreement.partners.isEmpty {
            message = .error("Add the partners first (Agreement pane, a): every \(kind.noun) names one.")
            return
        }
        if let probe = key ?? kind.anyRecordKey, refusesWriting(probe) { return }
        let record = key.flatMap { key in
            if case .bcfAnswers(let id) = key, let unanswered = BCFReturnAnswers(id: id) {
                return agreement.record(key) ?? .bcfAnswers(agreement.bcfReturnAnswers(unanswered.year, unanswered.kind))
            }
            return agreement.record(key)
        }
        modes.open(.form(FormSpec.form(kind, record: record, in: agreement, version: key.flatMap { version(of: $0) },
                                   inThousands: displayUnit == .thousands)))
        message = UserMessage("Tab or ↓ moves between fields; Enter saves; Esc cancels.")
    }

    /// e: the monthly grid on the Budgets list, the selected row's form elsewhere.
    mutating func edit() {
        if case .table(.budgets) = view { openGrid(); return }
        editSelectedInForm()
    }

    /// E, or e in a detail: the form of the selected row.
    mutating func editSelectedInForm() {
        let item = detailItem ?? selectedItem(in: pane)
        guard let item, let (kind, key) = editTarget(item) else {
            message = .error(pane == .agreement || item != nil ? "This row cannot be edited in a form."
                             : "Nothing to edit here yet: press a to add one.")
            return
        }
        openForm(kind, key)
    }

    /// a: a new record of the main kind the pane lists (a scheme line once there is a contribution to fund it; on the
    /// year-end view, or with a charge-back selected, a charge-back);
    /// A (`other`): the second kind (a contribution on Budgets, a contract on Providers).
    mutating func addRecord(other: Bool = false) {
        let kind: FormKind = switch (pane, other) {
        case (.agreement, false): if case .fact(.people)? = selectedItem(in: .agreement) { .person } else { .partner }
        case (.agreement, true), (.people, _): .person
        case (.budgets, false):
            if budgetsView == .yearEnd { .chargeBack }
            else if case .chargeBack? = selectedItem(in: .budgets) { .chargeBack }
            else if case .variation? = selectedItem(in: .budgets) { .variation }
            else { agreement.contributions.isEmpty ? .contribution : .line }
        case (.budgets, true): .contribution
        case (.providers, false): if case .personalBudget? = selectedItem(in: .providers) { .personalBudget } else { .provider }
        case (.providers, true): .contract
        case (.outcomes, _): .metric
        case (.decisions, _): if case .risk? = selectedItem(in: .decisions) { .risk } else { .minute }
        case (.audit, _), (.spend, _): .auditFilter
        case (.mapping, _): .ledgerRule
        }
        guard pane != .spend else { message = .error("Transactions come in by import: s75 ledger import."); return }
        guard kind != .auditFilter else { return openAuditFilter() }  // the Audit pane adds nothing; f filters it
        guard kind != .minute else { return openMinuteForm(other ? .decision : .action) }
        openForm(kind, nil)
    }

    /// d: asks before removing the selected record.
    mutating func askToDelete() {
        if let reason = readOnlyReason { message = .error("READ-ONLY (\(reason)): nothing can be removed."); return }
        guard let item = selectedItem(in: pane), let (kind, key) = editTarget(item), let key, kind != .agreement else {
            message = .error("Nothing here can be removed.")
            return
        }
        pendingConfirmation = .deletion(key)
        message = .error("Remove \(key)? Press y to remove it; any other key keeps it.")
    }

    /// The key typed after d or T: y goes ahead, anything else keeps things as they are.
    mutating func answerConfirmation(_ character: Character) -> [Effect] {
        guard let pending = pendingConfirmation else { return [] }
        pendingConfirmation = nil
        let yes = character == "y" || character == "Y"
        switch pending {
        case .deletion(let key):
            guard yes else { message = UserMessage("Kept \(key)."); return [] }
            return [.save(Change(key: key, new: nil), expecting: version(of: key), intent: .edit(summary: "removed \(key)", move: nil))]
        case .takeLedgerActuals:
            guard yes else { message = UserMessage("The returns were kept as they are."); return [] }
            return takeLedgerActuals(confirmed: true)
        case .closeMeeting:
            guard yes else { message = UserMessage("The meeting is still open."); return [] }
            return closeTodaysMeeting(confirmed: true)
        }
    }

    mutating func typeIntoForm(_ character: Character) -> [Effect] {
        guard let form else { return [] }
        if form.confirmingDiscard {
            updateForm { $0.confirmingDiscard = false }
            if character == "y" || character == "Y" { closeForm(); message = UserMessage("Changes discarded.") }
            else { message = UserMessage("Still editing.") }
            return []
        }
        guard !form.fields[form.focus].locked else {
            message = .error("\(form.fields[form.focus].label) cannot be changed once the record exists.")
            return []
        }
        updateForm { form in
            if form.freshFocus { form.fields[form.focus].text = "" }
            form.fields[form.focus].text.append(character)
            form.freshFocus = false
        }
        return []
    }

    mutating func eraseInForm() {
        updateForm { form in
            guard !form.fields[form.focus].locked, !form.fields[form.focus].text.isEmpty else { return }
            form.fields[form.focus].text.removeLast()
            form.freshFocus = false
        }
    }

    /// Moves the focus; leaving a pick-list whose text names one choice fills in that choice.
    mutating func moveField(by delta: Int) {
        updateForm { form in
            let field = form.fields[form.focus]
            if case .choice(let choices) = field.kind, !field.text.isEmpty {
                let matches = FormField.matches(field.text, in: choices)
                if matches.count == 1, let only = matches.first { form.fields[form.focus].text = only.value }
            }
            form.focus = min(max(0, form.focus + delta), form.fields.count - 1)
            form.freshFocus = true
        }
    }

    /// The Audit pane's filter as a form: record, user, from a date, kind of record, month.
    mutating func openAuditFilter() {
        let fields = [FormField("entity", "Record", .text, auditFilter.entity, optional: true,
                                hint: "e.g. S02, C1, \"S02 2025-12\" or the agreement's ID"),
                      FormField("user", "User", .text, auditFilter.user, optional: true, hint: "e.g. alice"),
                      FormField("since", "Since", .date, auditFilter.since, optional: true, hint: "e.g. 1 Jan 2026"),
                      FormField("kind", "Kind of record", .choice(AuditFilter.kinds.map { Choice($0, $0) }), auditFilter.kind, optional: true,
                                hint: "e.g. monitoring, line"),
                      FormField("period", "Month", .text, auditFilter.period, optional: true, hint: "e.g. 2025-12: its returns and meetings")]
        modes.open(.form(FormState(kind: .auditFilter, title: "Filter the audit trail", fields: fields, key: nil, baseVersion: nil)))
        message = UserMessage("Leave a field empty for all; Enter applies the filter.")
    }

    /// Enter on the audit filter: reads the trail again with it.
    mutating func applyAuditFilter(_ form: FormState) -> [Effect] {
        let reader = FormReader(fields: form.fields, inThousands: false, year: agreement.financialYear)
        var since = ""
        if !reader.text("since").isEmpty {
            guard case .success(let date) = FieldInput.date(reader.text("since")) else {
                message = .error("Since: write a date as 2026-01-01 or 1 Jan 2026.")
                return []
            }
            since = date.description
        }
        var month = ""
        if !reader.text("period").isEmpty {
            guard case .success(let period) = FieldInput.period(reader.text("period"), in: agreement.financialYear) else {
                message = .error("Month: write a month as 2025-12, Dec 2025 or M9.")
                return []
            }
            month = period.description
        }
        let kind = reader.text("kind").isEmpty ? "" : FormField.matches(reader.text("kind"), in: AuditFilter.kinds.map { Choice($0, $0) }).first?.value ?? ""
        auditFilter = AuditFilter(entity: reader.text("entity"), user: reader.text("user"), since: since, kind: kind, period: month)
        modes.show(.audit)
        selection[.audit] = 0
        return [.loadAudit(auditFilter)]
    }

    /// Enter: saves the form if every field is good; otherwise says which is not.
    mutating func saveForm() -> [Effect] {
        guard let form else { return [] }
        if form.kind == .auditFilter { return applyAuditFilter(form) }
        if let conflict = form.conflict {
            updateForm { $0.conflict = nil }
            return [.save(conflict.mine, expecting: conflict.theirVersion, intent: .edit(summary: "\(conflict.mine.key)", move: nil))]
        }
        if !form.isNew, !form.hasChanges {
            closeForm(selecting: form.key)
            message = UserMessage("Nothing was changed.")
            return []
        }
        let year = agreement.financialYear
        if let index = form.fields.firstIndex(where: { $0.problem(inThousands: displayUnit == .thousands, year: year) != nil }) {
            updateForm { $0.focus = index }
            message = .error("Not saved: \(form.fields[index].label): \(form.fields[index].problem(inThousands: displayUnit == .thousands, year: year) ?? "").")
            return []
        }
        switch FormSpec.record(from: form, in: agreement, inThousands: displayUnit == .thousands) {
        case .failure(let error):
            message = .error("Not saved: \(error.message).")
            return []
        case .success(let found):
            let record = recordingUpdate(found, noted: form.fields.first { $0.name == "note" }?.text.trimmingSpaces() ?? "")
            if form.isNew, agreement.record(record.key) != nil {
                message = .error("Not saved: \(record.key) already exists; choose another identifier.")
                return []
            }
            let meeting = meetingNeeded(by: record)
            do throws(EditError) {
                let base = if let meeting { try agreement.applying(meeting) } else { agreement }
                _ = try base.applying(Change(record))
            } catch {
                message = .error("Not saved: \(error.message).")
                return []
            }
            let summary = if case .minute(let m) = record { "\(m.kind.rawValue) \(m.id)" } else { "\(record.key)" }
            let save = Effect.save(Change(record), expecting: form.isNew ? nil : form.baseVersion, intent: .edit(summary: summary, move: nil))
            return (meeting.map { [.save($0, expecting: nil, intent: .walkProgress)] } ?? []) + [save]
        }
    }

    /// Esc: keeps theirs after a conflict, asks before discarding changes, or closes the form.
    mutating func cancelForm() {
        guard let form else { return }
        if let conflict = form.conflict, !conflict.fields.isEmpty {
            updateForm { form in
                for field in conflict.fields {
                    if let index = form.fields.firstIndex(where: { $0.label == field.label }) { form.fields[index].text = field.theirs }
                }
                form.conflict = nil
            }
            message = UserMessage("Took theirs for \(conflict.fields.map(\.label).joined(separator: ", ")). "
                                  + (self.form?.hasChanges == true ? "Your other changes are still in the form: Enter saves them." : "Nothing of yours is left to save: Esc leaves."))
        } else if form.conflict != nil, let key = form.key {
            view = .form(FormSpec.form(form.kind, record: agreement.record(key), in: agreement, version: version(of: key),
                                       inThousands: displayUnit == .thousands))
            message = UserMessage("Kept theirs: the form shows the record as it is now.")
        } else if form.hasChanges {
            updateForm { $0.confirmingDiscard = true }
            message = .error("Discard your changes? Press y to discard them; any other key keeps editing.")
        } else {
            closeForm()
        }
    }

    /// Back to where the form was opened from (a table, a detail, the walk). A record saved from a summary or the
    /// year-end view is shown in its pane's table; on a table, the record is selected.
    mutating func closeForm(selecting key: RecordKey? = nil) {
        guard let pane = form?.kind.pane else { return }
        modes.closeView()
        guard key != nil else { return }
        switch view {
        case .detail, .walk: return
        case .table(let shown) where shown == pane: break
        default: modes.show(pane)
        }
        if let key, let index = items(in: pane).firstIndex(where: { item in editTarget(item).map { $0.1 == key } ?? false }) {
            selection[pane] = index
        }
    }
}
