/// One edit to an agreement: a record added or replaced (`new` set) or removed (`new` nil).
public struct Change: Hashable, Sendable {
    public var key: RecordKey
    /// The record after the change; nil removes it.
    public var new: AgreementRecord?

    /// Writes `record`, adding it or replacing the one with its key.
    public init(_ record: AgreementRecord) {
        key = record.key
        new = record
    }

    /// Removes the record with `key` (or, with `new`, writes it).
    public init(key: RecordKey, new: AgreementRecord?) {
        self.key = key
        self.new = new
    }

    /// One line per field that differs between `old` and `new`: what the audit trail records.
    public static func differences(from old: AgreementRecord?, to new: AgreementRecord?) -> [(field: String, old: String?, new: String?)] {
        let before = old?.fields ?? [], after = new?.fields ?? []
        let names = (after.isEmpty ? before : after).map(\.name)
        return names.compactMap { name in
            let was = before.first { $0.name == name }?.value, now = after.first { $0.name == name }?.value
            return was == now ? nil : (name, was, now)
        }
    }
}

/// Why an edit cannot be made, in words for the field or the status line.
public struct EditError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

extension Agreement {
    /// The record with `key`, if the agreement has it.
    public func record(_ key: RecordKey) -> AgreementRecord? {
        switch key {
        case .agreement: .agreement(details)
        case .partner(let id): partners.first { $0.id == id }.map(AgreementRecord.partner)
        case .contribution(let id): contributions.first { $0.id == id }.map(AgreementRecord.contribution)
        case .line(let id): lines[id: id].map(AgreementRecord.line)
        case .monitoring(let line, let period): entry(for: line, at: period).map(AgreementRecord.monitoring)
        case .provider(let id): providers[id: id].map(AgreementRecord.provider)
        case .contract(let id): contracts[id: id].map(AgreementRecord.contract)
        case .metric(let id): metrics[id: id].map(AgreementRecord.metric)
        case .meeting(let date): meeting(on: date).map(AgreementRecord.meeting)
        case .minute(let id): minutes.first { $0.id == id }.map(AgreementRecord.minute)
        case .personalBudget(let id): personalBudgets.first { $0.id == id }.map(AgreementRecord.personalBudget)
        case .ledgerRule(let id): ledgerRules.first { $0.id == id }.map(AgreementRecord.ledgerRule)
        case .chargeBack(let id): chargeBacks.first { $0.id == id }.map(AgreementRecord.chargeBack)
        case .monthClose(let period): monthClose(period).map(AgreementRecord.monthClose)
        case .adjustment(let id): priorPeriodAdjustments.first { $0.id == id }.map(AgreementRecord.adjustment)
        case .variation(let id): budgetVariations.first { $0.id == id }.map(AgreementRecord.variation)
        case .instalment(let id): contributionInstalments.first { $0.id == id }.map(AgreementRecord.instalment)
        case .person(let id): people.first { $0.id == id }.map(AgreementRecord.person)
        case .signOff(let id): signOffs.first { $0.id == id }.map(AgreementRecord.signOff)
        case .settlement(let id): settlementPayments.first { $0.id == id }.map(AgreementRecord.settlement)
        case .bcfAnswers(let id): bcfAnswers.first { $0.id == id }.map(AgreementRecord.bcfAnswers)
        case .risk(let id): risks.first { $0.id == id }.map(AgreementRecord.risk)
        }
    }

    /// The change that undoes `change`: the record as it is now (before `change`), or its removal.
    public func inverse(of change: Change) -> Change {
        Change(key: change.key, new: record(change.key))
    }

    /// The agreement with `change` made, after checking it as the forms do.
    public func applying(_ change: Change) throws(EditError) -> Agreement {
        var result = self
        try result.apply(change)
        return result
    }

    /// Makes `change`, after checking it as the forms do; unchanged when the check fails.
    public mutating func apply(_ change: Change) throws(EditError) {
        try checkRecordKept(by: change)
        if let new = change.new {
            guard new.key == change.key else { throw EditError("the record's identifier cannot be changed by an edit") }
            try validate(new, isNew: record(change.key) == nil)
        } else {
            guard change.key != .agreement else { throw EditError("the agreement's details cannot be removed") }
            try checkNothingRefers(to: change.key)
        }
        switch (change.key, change.new) {
        case (_, .agreement(let details)?): self.details = details
        case (.partner(let id), let new): Self.upsert(&partners, id, new.flatMap { if case .partner(let p) = $0 { p } else { nil } })
        case (.contribution(let id), let new):
            Self.upsert(&contributions, id, new.flatMap { if case .contribution(let c) = $0 { c } else { nil } })
        case (.line(let id), let new): lines.upsert(id, new.flatMap { if case .line(let l) = $0 { l } else { nil } })
        case (.provider(let id), let new):
            providers.upsert(id, new.flatMap { if case .provider(let p) = $0 { p } else { nil } })
        case (.contract(let id), let new):
            contracts.upsert(id, new.flatMap { if case .contract(let c) = $0 { c } else { nil } })
        case (.metric(let id), let new): metrics.upsert(id, new.flatMap { if case .metric(let m) = $0 { m } else { nil } })
        case (.meeting(let date), let new):
            Self.upsert(&meetings, date, new.flatMap { if case .meeting(let m) = $0 { m } else { nil } })
        case (.minute(let id), let new): Self.upsert(&minutes, id, new.flatMap { if case .minute(let m) = $0 { m } else { nil } })
        case (.personalBudget(let id), let new):
            Self.upsert(&personalBudgets, id, new.flatMap { if case .personalBudget(let b) = $0 { b } else { nil } })
        case (.ledgerRule(let id), let new):
            Self.upsert(&ledgerRules, id, new.flatMap { if case .ledgerRule(let r) = $0 { r } else { nil } })
        case (.chargeBack(let id), let new):
            Self.upsert(&chargeBacks, id, new.flatMap { if case .chargeBack(let c) = $0 { c } else { nil } })
        case (.adjustment(let id), let new):
            Self.upsert(&priorPeriodAdjustments, id, new.flatMap { if case .adjustment(let a) = $0 { a } else { nil } })
        case (.variation(let id), let new):
            Self.upsert(&budgetVariations, id, new.flatMap { if case .variation(let v) = $0 { v } else { nil } })
        case (.instalment(let id), let new):
            Self.upsert(&contributionInstalments, id, new.flatMap { if case .instalment(let i) = $0 { i } else { nil } })
        case (.person(let id), let new):
            Self.upsert(&people, id, new.flatMap { if case .person(let p) = $0 { p } else { nil } })
        case (.signOff(let id), let new):
            Self.upsert(&signOffs, id, new.flatMap { if case .signOff(let s) = $0 { s } else { nil } })
        case (.settlement(let id), let new):
            Self.upsert(&settlementPayments, id, new.flatMap { if case .settlement(let p) = $0 { p } else { nil } })
        case (.bcfAnswers(let id), let new):
            Self.upsert(&bcfAnswers, id, new.flatMap { if case .bcfAnswers(let b) = $0 { b } else { nil } })
        case (.risk(let id), let new):
            Self.upsert(&risks, id, new.flatMap { if case .risk(let r) = $0 { r } else { nil } })
        case (.monthClose(let period), let new):
            Self.upsert(&monthCloses, period, new.flatMap { if case .monthClose(let c) = $0 { c } else { nil } })
            monthCloses.sort { $0.period < $1.period }
        case (.monitoring(let line, let period), let new):
            if case .monitoring(let entry) = new { monitoring.record(entry) } else { monitoring.remove(line: line, period: period) }
        case (.agreement, _):
            break
        }
    }

    /// Replaces the element with `id` by `new`, appends `new` if there is none, or removes it when `new` is nil.
    private static func upsert<T: Identifiable>(_ list: inout [T], _ id: T.ID, _ new: T?) {
        if let index = list.firstIndex(where: { $0.id == id }) {
            if let new { list[index] = new } else { list.remove(at: index) }
        } else if let new {
            list.append(new)
        }
    }

    private func validate(_ record: AgreementRecord, isNew: Bool) throws(EditError) {
        func requireID(_ id: String, example: String) throws(EditError) {
            guard !id.isEmpty, !id.contains(" ") else { throw EditError("an identifier is needed, without spaces, e.g. \(example)") }
        }
        switch record {
        case .agreement(let d):
            guard d.start.exists, d.end.exists else { throw EditError("the term's dates must exist") }
            guard d.end >= d.start else { throw EditError("the term must end after it starts") }
            guard d.hostPartnerID.isEmpty || partner(d.hostPartnerID) != nil else { throw EditError("the host must be one of the partners") }
            guard !d.riskReserve.isNegative, !d.ascMinimum.isNegative else { throw EditError("amounts cannot be negative") }
            guard d.noticeMonths >= 0 else { throw EditError("the notice period cannot be negative") }
            try check(d.governance)
        case .partner(let p):
            try requireID(p.id, example: "ICB")
            guard !p.name.isEmpty else { throw EditError("a partner needs a name") }
        case .contribution(let c):
            try requireID(c.id, example: "C6")
            guard !c.amount.isNegative else { throw EditError("a contribution cannot be negative") }
            guard partner(c.partnerID) != nil else { throw EditError("the partner must be one of the agreement's partners") }
        case .line(let line):
            try requireID(line.id, example: "S18")
            guard !line.budget.isNegative else { throw EditError("a budget cannot be negative") }
            guard partner(line.leadCommissionerID) != nil else { throw EditError("the lead commissioner must be one of the partners") }
            for id in line.providerIDs where provider(id) == nil { throw EditError("there is no provider \(id)") }
            if case .joint(let nhs) = line.commissioner, !(0...10_000).contains(nhs) {
                throw EditError("the NHS share of joint commissioning must be 0–100%")
            }
        case .monitoring(let entry):
            guard lines.contains(id: entry.lineID) else { throw EditError("there is no line \(entry.lineID)") }
            guard entry.period >= self.start.period, entry.period <= self.end.period else {
                throw EditError("\(entry.period.label) is outside the agreement's term (\(self.start.label) to \(self.end.label))")
            }
        case .provider(let p):
            try requireID(p.id, example: "P09")
            guard !p.name.isEmpty else { throw EditError("a provider needs a name") }
            guard (0...10_000).contains(p.allianceShareBasisPoints) else { throw EditError("an alliance share must be 0–100%") }
        case .contract(let c):
            try requireID(c.id, example: "K12")
            guard provider(c.providerID) != nil else { throw EditError("the provider must be one of the agreement's providers") }
            guard !c.value.isNegative, !c.atRisk.isNegative else { throw EditError("amounts cannot be negative") }
            for id in c.lineIDs where !lines.contains(id: id) { throw EditError("there is no line \(id)") }
        case .metric(let m):
            try requireID(m.id, example: "M7")
            guard !m.name.isEmpty else { throw EditError("a metric needs a name") }
            guard m.quarterlyTargets.count == 4 else { throw EditError("a metric needs four quarterly targets (or blanks)") }
            guard (0...3).contains(m.decimals) else { throw EditError("a metric is published with 0 to 3 decimals") }
            guard m.publicationLagMonths >= 0 else { throw EditError("the publication lag cannot be negative") }
        case .meeting(let m):
            guard m.date.exists else { throw EditError("the meeting's date must exist") }
            if let approval = m.approves { try check(approval, at: m.date) }
            try check(m.participation)
            if let next = m.nextMeeting {
                guard next.exists, next > m.date else { throw EditError("the next meeting is on a day after this one") }
            }
        case .adjustment(let adjustment):
            try check(adjustment)
        case .variation(let variation):
            try check(variation)
        case .instalment(let instalment):
            try check(instalment)
        case .person(let person):
            try check(person, replacing: people.first { $0.id == person.id })
        case .signOff(let signOff):
            try check(signOff)
        case .settlement(let payment):
            try check(payment)
        case .bcfAnswers(let answers):
            try check(answers)
        case .risk(let risk):
            try check(risk)
        case .monthClose(let c):
            guard c.period >= self.start.period, c.period <= self.end.period else {
                throw EditError("\(c.period.label) is outside the agreement's term (\(self.start.label) to \(self.end.label))")
            }
            try Self.check(c)
            if isNew, c.reopenings.isEmpty, c.firstReported != returns(at: c.period) {
                throw EditError("the returns as first reported must be \(c.period.label)'s returns as they are when it closes")
            }
        case .personalBudget(let b):
            try requireID(b.id, example: "PB4")
            guard lines.contains(id: b.lineID) else { throw EditError("there is no line \(b.lineID)") }
            guard !b.plan.isNegative, !b.weeklyClientContribution.isNegative else { throw EditError("amounts cannot be negative") }
            guard (0...10_000).contains(b.healthBasisPoints) else { throw EditError("the health share must be 0–100%") }
            guard !b.split.council.isNegative else {
                throw EditError("the person's contribution (\(MoneyText.pounds(b.split.person)) a year) is more than the council's share")
            }
        case .ledgerRule(let r):
            try validate(r)
        case .chargeBack(let c):
            try requireID(c.id, example: "CB1")
            guard partner(c.partnerID) != nil else { throw EditError("the partner must be one of the agreement's partners") }
            guard riskShareLines.contains(where: { $0.id == c.lineID }) else {
                throw EditError("a charge-back is on a pooled revenue line; \(c.lineID) is not one")
            }
            guard c.amount.pence > 0 else { throw EditError("the amount charged back must be more than £0") }
            guard !c.reason.allSatisfy(\.isWhitespace) else { throw EditError("say why the spend was unauthorised") }
        case .minute(let m):
            try requireID(m.id, example: m.kind.prefix + "1")
            guard !m.text.allSatisfy(\.isWhitespace) else { throw EditError("say what was \(m.kind == .decision ? "decided" : "agreed to do")") }
            guard meeting(on: m.meeting) != nil else { throw EditError("there is no meeting on \(m.meeting.label)") }
            guard m.kind == .decision || !m.owner.isEmpty else { throw EditError("an action needs an owner") }
            guard m.due?.exists != false else { throw EditError("the due date must exist") }
            let withdrawing = m.status == .dropped && !isNew && minutes.first { $0.id == m.id }?.status != .dropped
            guard !withdrawing || m.updates.last.map({ $0.status == .dropped && !$0.note.allSatisfy(\.isWhitespace) }) == true else {
                throw EditError("say why the \(m.kind.rawValue) is withdrawn, in the update's note")
            }
            guard Minute.Status.choices(for: m.kind).contains(m.status) else {
                throw EditError("a \(m.kind.rawValue) is \(Minute.Status.choices(for: m.kind).map(\.rawValue).joined(separator: " or "))")
            }
        }
    }

    /// Refuses to remove a record that others refer to, naming them.
    private func checkNothingRefers(to key: RecordKey) throws(EditError) {
        var users: [String] = []
        switch key {
        case .line(let id):
            users += personalBudgets.filter { $0.lineID == id }.map { "personal budget \($0.id)" }
            users += ledgerRules.filter { $0.lineID == id }.map { "ledger rule \($0.id)" }
            users += contracts.filter { $0.lineIDs.contains(id) }.map { "contract \($0.id)" }
            users += chargeBacks.filter { $0.lineID == id }.map { "charge-back \($0.id)" }
            users += priorPeriodAdjustments.filter { $0.lineID == id }.map { "adjustment \($0.id)" }
            users += variations(of: id).map { "variation \($0.id)" }
            users += people.filter { $0.lines.contains(id) }.map { "person \($0.account)" }
            users += risks.filter { $0.lineIDs.contains(id) }.map { "risk \($0.id)" }
            let months = monitoring.entries(for: id).map(\.period.label)
            if !months.isEmpty {
                throw EditError("line \(id) has monitoring returns for \(months.joined(separator: ", ")); remove those first")
            }
        case .partner(let id):
            users += contributions.filter { $0.partnerID == id }.map { "contribution \($0.id)" }
            users += lines.filter { $0.leadCommissionerID == id }.map { "line \($0.id)" }
            users += chargeBacks.filter { $0.partnerID == id }.map { "charge-back \($0.id)" }
            users += people.filter { $0.partnerID == id }.map { "person \($0.account)" }
            users += settlementPayments.filter { $0.fromPartnerID == id || $0.toPartnerID == id }.map { "settlement \($0.id)" }
            if self.hostPartnerID == id { users.append("the agreement (host)") }
        case .provider(let id):
            users += lines.filter { $0.providerIDs.contains(id) }.map { "line \($0.id)" }
            users += contracts.filter { $0.providerID == id }.map { "contract \($0.id)" }
        case .metric(let id):
            users += payments(dependingOn: id).map { "contract \($0.contract.id)" }
        case .meeting(let date):
            users += minutes.filter { $0.meeting == date }.map { "\($0.kind.rawValue) \($0.id)" }
        case .contribution(let id):
            users += instalments(of: id).map { "instalment \($0.id)" }
        case .person(let id):
            if let pfm = people.first(where: { $0.id == id }), pfm.roles.contains(.pfm),
               !people.contains(where: { $0.id != id && $0.roles.contains(.pfm) }), people.count > 1 {
                throw EditError("\(pfm.name) is the only pooled fund manager: give the role to someone else before removing them")
            }
        default:
            break
        }
        if !users.isEmpty { throw EditError("\(key) is used by \(users.joined(separator: ", ")); change or remove those first") }
    }
}
