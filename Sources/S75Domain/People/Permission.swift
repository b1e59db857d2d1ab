/// Who may make each change, in one place that every write path asks (the screen before anything is typed, the store
/// in the transaction that writes): docs/people.md has the table.
///
/// An agreement with no people is one trusted team: anyone who can write the file may change it. Once it has people,
/// an account that is not among them reads only, and each change needs a role that may make it.
extension Agreement {
    /// Why `account` may not make `change`, naming who may; nil when it may.
    public func refusal(of change: Change, by account: String) -> String? {
        guard !people.isEmpty else { return nil }
        guard let person = person(loggingInAs: account) else {
            return "\(account) is not among the agreement's people, so reads only: the pooled fund manager adds people (s75 people)"
        }
        let roles = Set(person.roles)
        func only(_ who: String, _ what: String) -> String { "only \(who) \(what); \(person.name) is \(person.roles.map(\.label).joined(separator: ", "))" }
        switch change.key {
        case .monitoring(let lineID, _):
            guard let line = line(lineID) else { return roles.contains(.pfm) ? nil : only("the pooled fund manager", "enters returns") }
            if roles.contains(.pfm) { return nil }
            if roles.contains(.financeLead), person.partnerID == line.leadCommissionerID { return nil }
            if roles.contains(.schemeLead), person.lines.contains(lineID) { return nil }
            return only("the pooled fund manager, \(line.leadCommissionerID)'s finance lead or \(lineID)'s scheme lead", "enters \(lineID)'s returns")
        case .meeting(let date):
            let old = meeting(on: date)
            if case .meeting(let new)? = change.new, new.closed != nil && old?.closed == nil || new.approves != old?.approves {
                return roles.contains(.chair) ? nil : only("the chair", new.closed != nil && old?.closed == nil ? "closes a meeting" : "records the approval of minutes")
            }
            return roles.isDisjoint(with: [.chair, .member, .pfm]) ? only("the chair, a board member or the pooled fund manager", "records a meeting's attendance and declarations") : nil
        case .minute(let id):
            let minute: Minute? = if case .minute(let m)? = change.new { m } else { minutes.first { $0.id == id } }
            if minute?.kind == .decision { return roles.contains(.chair) ? nil : only("the chair", "records the board's decisions") }
            return roles.isDisjoint(with: [.chair, .pfm]) ? only("the chair or the pooled fund manager", "records and updates actions") : nil
        case .monthClose:
            return roles.contains(.pfm) ? nil : only("the pooled fund manager", "closes and reopens months")
        case .risk:
            return roles.isDisjoint(with: [.pfm, .chair]) ? only("the pooled fund manager or the chair", "keeps the risk register") : nil
        case .person:
            return roles.contains(.pfm) ? nil : only("the pooled fund manager", "changes who the agreement's people are")
        case .signOff(let id):
            switch SignOff.Scope(id: id) {
            case .submitted(_, let partner)?:
                return roles.contains(.financeLead) && person.partnerID == partner ? nil : only("\(partner)'s finance lead", "submits its returns")
            case .approved?: return roles.contains(.pfm) ? nil : only("the pooled fund manager", "approves a month")
            case .minutes?: return roles.contains(.chair) ? nil : only("the chair", "signs the minutes")
            case .yearEnd(_, let partner)?:
                return roles.contains(.signatory) && person.partnerID == partner ? nil
                    : only("\(partner)'s s151 or CFO signatory", "signs its part of the year-end settlement")
            case .bcfReturn?:
                return roles.contains(.pfm) ? nil : only("the pooled fund manager", "records the Health and Wellbeing Board's sign-off of a BCF return")
            case nil: return only("the pooled fund manager", "records sign-offs")
            }
        case .agreement, .partner, .contribution, .line, .provider, .contract, .metric, .personalBudget, .ledgerRule, .chargeBack,
             .adjustment, .variation, .instalment, .settlement, .bcfAnswers:
            return roles.contains(.pfm) ? nil : only("the pooled fund manager", "changes the financial records (\(change.key.entity))")
        }
    }

    /// Why `account` may not import `partnerID`'s ledger, naming who may; nil when it may.
    public func refusalOfLedgerImport(for partnerID: Partner.ID?, by account: String) -> String? {
        guard !people.isEmpty else { return nil }
        guard let person = person(loggingInAs: account) else {
            return "\(account) is not among the agreement's people, so reads only: the pooled fund manager adds people (s75 people)"
        }
        if person.roles.contains(.pfm) || person.roles.contains(.financeLead) && (partnerID == nil || partnerID == person.partnerID) { return nil }
        return "only the pooled fund manager or \(partnerID ?? "the partner")'s finance lead imports its ledger; \(person.name) is "
            + person.roles.map(\.label).joined(separator: ", ")
    }

    /// Why `account` may not replace the whole agreement by an import; nil when it may.
    public func refusalOfReplacement(by account: String) -> String? {
        guard !people.isEmpty, person(loggingInAs: account)?.roles.contains(.pfm) != true else { return nil }
        return "only the pooled fund manager replaces the whole agreement"
    }
}
