import S75Domain

extension FormSpec {
    static func meetingFields(_ m: Meeting, isNew: Bool, in a: Agreement) -> [FormField] {
        var date = FormField("date", "Meeting date", .date, m.date.description, hint: "e.g. 20 Jan 2026")
        date.locked = !isNew
        let members = a.governance.members.map { Choice($0.name, "\($0.partnerID) \($0.voting ? "voting" : "adviser")") }
        return [date,
                FormField("present", "Members present", .choices(members), m.participation.present.joined(separator: ", "), optional: true,
                          hint: members.isEmpty ? "no members in the terms of reference yet (Agreement details)" : "pick from the members, separated by commas"),
                FormField("attendance", "Others and apologies", .text, m.attendance, optional: true,
                          hint: "In attendance: the PFM. Apologies: Cllr B. Shaw"),
                FormField("declarations", "Declarations of interest", .list,
                          m.participation.declarations.map { "\($0.member) / \($0.providerID) / \($0.interest)" }.joined(separator: "; "),
                          optional: true, hint: "member / provider / interest; …"),
                FormField("period", "Figures for", .period, m.period.description, hint: "the month before the board, e.g. 2025-12"),
                FormField("next", "Next meeting", .date, m.nextMeeting?.description ?? "", optional: true, hint: "e.g. 17 Feb 2026")]
    }

    static func meeting(_ r: FormReader, keeping old: Meeting?) throws(EditError) -> Meeting {
        let declarations = try r.list("declarations").map { item throws(EditError) in
            let parts = item.split(separator: "/", maxSplits: 2).map { String($0).trimmingSpaces() }
            guard parts.count >= 2 else { throw r.failure("declarations", "write each as member / provider / interest, e.g. Jo Bloggs / P05 / director") }
            return Declaration(member: parts[0], providerID: parts[1], interest: parts.count > 2 ? parts[2] : "")
        }
        return Meeting(date: try r.date("date"), attendance: r.text("attendance"), period: try r.period("period"),
                       stepReached: old?.stepReached ?? .previousMinutes, figures: old?.figures ?? [:],
                       nextMeeting: r.text("next").isEmpty ? nil : try r.date("next"), approves: old?.approves, closed: old?.closed,
                       participation: Participation(present: try r.choices("present"), declarations: declarations))
    }

    static func minuteFields(_ m: Minute) -> [FormField] {
        [FormField("text", m.kind == .decision ? "Decision" : "Action", .text, m.text,
                   hint: m.kind == .decision ? "what the board decided" : "what is to be done"),
         FormField("owner", "Owner", .text, m.owner, optional: m.kind == .decision, hint: "who does it, e.g. Head of Finance"),
         FormField("due", "Due", .date, m.due?.description ?? "", optional: true, hint: "e.g. 31 Jan 2026"),
         FormField("status", "Status", .choice(Minute.Status.choices(for: m.kind).map { Choice($0.rawValue, $0.label) }), m.status.rawValue),
         FormField("note", "Note on the change", .text, "", optional: true,
                   hint: "why it stands as it now does: plan received; no longer needed (kept in its history)"),
         FormField("item", "About", .text, m.item, optional: true, hint: "a walk step (year-end) or a record (S08a)"),
         FormField("meeting", "Meeting", .date, m.meeting.description),
         FormField("kind", "Kind", .choice(choices(Minute.Kind.self, \.label)), m.kind.rawValue),
         FormField("id", "Identifier", .identifier, m.id, hint: "e.g. \(m.kind.prefix)4")]
    }

    /// The minute the form describes, keeping `old`'s history; the note on a change is added as an update when saved.
    static func minute(_ r: FormReader, keeping old: Minute?) throws(EditError) -> Minute {
        Minute(id: try r.required("id"), kind: try r.choice("kind", as: Minute.Kind.self), meeting: try r.date("meeting"),
               item: r.text("item"), text: try r.required("text"), owner: r.text("owner"),
               due: r.text("due").isEmpty ? nil : try r.date("due"), status: try r.choice("status", as: Minute.Status.self),
               updates: old?.updates ?? [])
    }

    static func personalBudgetFields(_ b: IntegratedPersonalBudget, in a: Agreement) -> [FormField] {
        [FormField("id", "Identifier", .identifier, b.id, hint: "e.g. PB4"),
         FormField("person", "Person", .text, b.person, hint: "a reference, not a name: IPB-0142"),
         FormField("line", "Funded from line", .choice(a.lines.map { Choice($0.id, $0.name) }), b.lineID),
         FormField("plan", "Support plan for the year", .money, FormText.money(b.plan)),
         FormField("health", "Health share", .percent, FormText.percent(b.healthBasisPoints), hint: "the ICB pays this share, e.g. 60%"),
         FormField("contribution", "Person's contribution a week", .money, FormText.money(b.weeklyClientContribution),
                   hint: "after the financial assessment; in £ (e.g. £35)"),
         FormField("route", "Paid as", .choice(choices(IntegratedPersonalBudget.Route.self, \.label)), b.route.rawValue)]
    }

    static func personalBudget(_ r: FormReader) throws(EditError) -> IntegratedPersonalBudget {
        IntegratedPersonalBudget(id: try r.required("id"), person: try r.required("person"), lineID: try r.choice("line"),
                                 plan: try r.money("plan"), healthBasisPoints: try r.percent("health"),
                                 weeklyClientContribution: try r.money("contribution"),
                                 route: try r.choice("route", as: IntegratedPersonalBudget.Route.self))
    }

    /// The form adding `draft`, a new record filled in with what is already known (the kind, meeting and item of a minute).
    public static func newForm(_ draft: AgreementRecord, in a: Agreement, inThousands: Bool) -> FormState {
        let filled = form(draft.key.formKind, record: draft, in: a, version: nil, inThousands: inThousands)
        let noun = if case .minute(let m) = draft { m.kind.rawValue } else { draft.key.formKind.noun }
        return FormState(kind: filled.kind, title: "New \(noun)",
                         fields: filled.fields.filter { $0.name != "note" }.map { field in var f = field; f.locked = false; return f },
                         key: nil, baseVersion: nil)
    }
}

extension RecordKey {
    /// The kind of form that edits the record.
    var formKind: FormKind {
        switch self {
        case .agreement, .signOff: .agreement
        case .partner: .partner
        case .contribution, .instalment: .contribution
        case .line, .monitoring, .monthClose, .adjustment: .line
        case .provider: .provider
        case .contract: .contract
        case .metric: .metric
        case .meeting: .meeting
        case .minute: .minute
        case .personalBudget: .personalBudget
        case .ledgerRule: .ledgerRule
        case .chargeBack, .settlement: .chargeBack
        case .bcfAnswers: .bcfReturn
        case .risk: .risk
        case .variation: .variation
        case .person: .person
        }
    }
}
