/// A record of the agreement that an edit writes, addressed by its kind and key.
public enum RecordKey: Hashable, Sendable, CustomStringConvertible {
    /// The agreement's own details (there is one).
    case agreement
    case partner(Partner.ID)
    case contribution(Contribution.ID)
    case line(SchemeLine.ID)
    case monitoring(SchemeLine.ID, Period)
    case provider(Provider.ID)
    case contract(Contract.ID)
    case metric(Metric.ID)
    /// A board meeting, by its day.
    case meeting(DateOnly)
    /// A decision or action recorded at a meeting.
    case minute(Minute.ID)
    case personalBudget(IntegratedPersonalBudget.ID)
    /// A rule mapping ledger transactions to a line.
    case ledgerRule(LedgerRule.ID)
    /// Unauthorised spend charged back to a partner.
    case chargeBack(ChargeBack.ID)
    /// A month's close and its reopenings.
    case monthClose(Period)
    /// A correction to a closed month entered in an open one.
    case adjustment(PriorPeriodAdjustment.ID)
    /// A dated change to lines' budgets.
    case variation(BudgetVariation.ID)
    /// An instalment of a contribution.
    case instalment(ContributionInstalment.ID)
    /// A person the agreement names, by their account.
    case person(Person.ID)
    /// A signature on a month or minutes, by what it signs.
    case signOff(SignOff.ID)
    /// A payment settling a year's risk share.
    case settlement(SettlementPayment.ID)
    /// A BCF return's answers, "2025-26 q3".
    case bcfAnswers(BCFReturnAnswers.ID)
    /// A risk on the board's register.
    case risk(Risk.ID)

    /// The kind of record, as the audit trail names it: "monitoring", "line", "contribution" …
    public var entity: String {
        switch self {
        case .agreement: "agreement"
        case .partner: "partner"
        case .contribution: "contribution"
        case .line: "line"
        case .monitoring: "monitoring"
        case .provider: "provider"
        case .contract: "contract"
        case .metric: "metric"
        case .meeting: "meeting"
        case .minute: "minute"
        case .personalBudget: "personal budget"
        case .ledgerRule: "ledger rule"
        case .chargeBack: "charge-back"
        case .monthClose: "month"
        case .adjustment: "adjustment"
        case .variation: "variation"
        case .instalment: "instalment"
        case .person: "person"
        case .signOff: "sign-off"
        case .settlement: "settlement"
        case .bcfAnswers: "bcf return"
        case .risk: "risk"
        }
    }

    /// The record's identifier within its kind: "S02 2025-12", "S02", "C1"; "details" for the agreement.
    public var id: String {
        switch self {
        case .agreement: "details"
        case .monitoring(let line, let period): "\(line) \(period)"
        case .meeting(let date): date.description
        case .monthClose(let period): period.description
        case .adjustment(let id), .variation(let id), .instalment(let id), .person(let id), .signOff(let id), .settlement(let id), .bcfAnswers(let id), .risk(let id), .line(let id), .contribution(let id), .partner(let id), .provider(let id), .contract(let id), .metric(let id), .minute(let id), .personalBudget(let id), .ledgerRule(let id), .chargeBack(let id): id
        }
    }

    /// "monitoring S02 2025-12".
    public var description: String { "\(entity) \(id)" }
}

/// A record's whole content: what an edit writes.
public enum AgreementRecord: Hashable, Sendable {
    case agreement(AgreementDetails)
    case partner(Partner)
    case contribution(Contribution)
    case line(SchemeLine)
    case monitoring(MonitoringEntry)
    case provider(Provider)
    case contract(Contract)
    case metric(Metric)
    case meeting(Meeting)
    case minute(Minute)
    case personalBudget(IntegratedPersonalBudget)
    case ledgerRule(LedgerRule)
    case chargeBack(ChargeBack)
    case monthClose(MonthClose)
    case adjustment(PriorPeriodAdjustment)
    case variation(BudgetVariation)
    case instalment(ContributionInstalment)
    case person(Person)
    case signOff(SignOff)
    case settlement(SettlementPayment)
    case bcfAnswers(BCFReturnAnswers)
    case risk(Risk)

    /// Which record this is.
    public var key: RecordKey {
        switch self {
        case .agreement: .agreement
        case .partner(let p): .partner(p.id)
        case .contribution(let c): .contribution(c.id)
        case .line(let l): .line(l.id)
        case .monitoring(let e): .monitoring(e.lineID, e.period)
        case .provider(let p): .provider(p.id)
        case .contract(let c): .contract(c.id)
        case .metric(let m): .metric(m.id)
        case .meeting(let m): .meeting(m.date)
        case .minute(let m): .minute(m.id)
        case .personalBudget(let b): .personalBudget(b.id)
        case .ledgerRule(let r): .ledgerRule(r.id)
        case .chargeBack(let c): .chargeBack(c.id)
        case .monthClose(let c): .monthClose(c.period)
        case .adjustment(let a): .adjustment(a.id)
        case .variation(let v): .variation(v.id)
        case .instalment(let i): .instalment(i.id)
        case .person(let p): .person(p.id)
        case .signOff(let s): .signOff(s.id)
        case .settlement(let p): .settlement(p.id)
        case .bcfAnswers(let b): .bcfAnswers(b.id)
        case .risk(let r): .risk(r.id)
        }
    }

    /// Each field as the audit trail shows it, in a stable order: name and value in words.
    public var fields: [(name: String, value: String)] {
        switch self {
        case .monitoring(let e):
            [("budgetToDate", MoneyText.pounds(e.budgetToDate)), ("actualToDate", MoneyText.pounds(e.actualToDate)),
             ("forecastOutturn", MoneyText.pounds(e.forecastOutturn)), ("commentary", e.commentary)]
        case .agreement(let details): AuditText.fields(of: details)
        case .partner(let p): AuditText.fields(of: p)
        case .contribution(let c): AuditText.fields(of: c)
        case .line(let l): AuditText.fields(of: l)
        case .provider(let p): AuditText.fields(of: p)
        case .contract(let c): AuditText.fields(of: c)
        case .metric(let m): AuditText.fields(of: m)
        case .minute(let m): AuditText.fields(of: m)
        case .personalBudget(let b): AuditText.fields(of: b)
        case .ledgerRule(let r): AuditText.fields(of: r)
        case .chargeBack(let c): AuditText.fields(of: c)
        case .monthClose(let c): AuditText.fields(of: c)
        case .adjustment(let a): AuditText.fields(of: a)
        case .variation(let v): AuditText.fields(of: v)
        case .instalment(let i): AuditText.fields(of: i)
        case .person(let p): AuditText.fields(of: p)
        case .signOff(let s): [("by", s.by), ("on", s.on.description), ("covers", s.covers)]
        case .settlement(let p): AuditText.fields(of: p)
        case .risk(let r): AuditText.fields(of: r)
        case .bcfAnswers(let b):
            b.conditions.enumerated().map { ("condition \($0.offset + 1)", "\($0.element.answer)" + ($0.element.commentary.isEmpty ? "" : ": \($0.element.commentary)")) }
                + [("achievements", b.achievements), ("challenges", b.challenges)]
        case .meeting(let m):
            [("date", m.date.description), ("attendance", m.attendance), ("period", m.period.description), ("stepReached", m.stepReached.title)]
                + WalkStep.allCases.compactMap { step in m.figures[step.name].map { ("figures.\(step.name)", $0) } }
                + (m.nextMeeting.map { [("nextMeeting", $0.label)] } ?? [])
                + (m.approves.map { [("approves", "the minutes of \($0.meeting.label), moved by \($0.movedBy)")] } ?? [])
                + (m.closed.map { r in
                    let own = r.minutes.filter { $0.meeting == m.date }.count
                    return [("closed", "\(r.closedOn.label)" + (r.closedBy.isEmpty ? "" : " by \(r.closedBy)")
                             + ": \(own) recorded at it, \(r.minutes.count - own) outstanding from before")]
                } ?? [])
        }
    }
}

extension AuditText {
    /// A month's close as the audit trail shows it: when and by whom, what was first reported, and each reopening.
    static func fields(of close: MonthClose) -> [(name: String, value: String)] {
        let first = close.firstReported
        var fields = [("closed", close.closedOn.label + (close.closedBy.isEmpty ? "" : " by \(close.closedBy)")),
                      ("firstReported", "\(first.count) returns: actual to date \(MoneyText.pounds(first.sum(\.actualToDate))), "
                        + "forecast \(MoneyText.pounds(first.sum(\.forecastOutturn)))")]
        for (index, r) in close.reopenings.enumerated() {
            fields.append(("reopening \(index + 1)", "\(r.on.label)" + (r.by.isEmpty ? "" : " by \(r.by)") + ": \(r.reason)"
                           + (r.reclosedOn.map { "; closed again \($0.label)" } ?? "")))
        }
        return fields
    }
}

/// Any record's fields in words, for the audit trail: money as "£1,234", dates and periods as text,
/// lists joined, anything else as Swift describes it.
enum AuditText {
    static func fields(of value: Any) -> [(name: String, value: String)] {
        Mirror(reflecting: value).children.compactMap { child in child.label.map { ($0, text(child.value)) } }
    }

    static func text(_ value: Any) -> String {
        switch value {
        case let money as Money: return MoneyText.pounds(money)
        case let text as String: return text
        case let convertible as CustomStringConvertible where !(value is [Any]): return convertible.description
        case let list as [Any]: return list.map(text).joined(separator: "; ")
        default:
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional { return mirror.children.first.map { text($0.value) } ?? "" }
            return String(describing: value)
        }
    }
}

extension RecordKey {
    /// The key the audit trail names by `entity` and `id` ("monitoring", "S03 2025-12"); nil for an entity that is not a
    /// record of the agreement (a ledger import).
    public init?(entity: String, id: String) {
        switch entity {
        case "agreement": self = .agreement
        case "monitoring":
            let parts = id.split(separator: " ")
            guard parts.count == 2, let period = Period(String(parts[1])) else { return nil }
            self = .monitoring(String(parts[0]), period)
        case "meeting": guard let date = DateOnly(id) else { return nil }; self = .meeting(date)
        case "month": guard let period = Period(id) else { return nil }; self = .monthClose(period)
        case "partner": self = .partner(id)
        case "contribution": self = .contribution(id)
        case "line": self = .line(id)
        case "provider": self = .provider(id)
        case "contract": self = .contract(id)
        case "metric": self = .metric(id)
        case "minute": self = .minute(id)
        case "personal budget": self = .personalBudget(id)
        case "ledger rule": self = .ledgerRule(id)
        case "charge-back": self = .chargeBack(id)
        case "adjustment": self = .adjustment(id)
        case "variation": self = .variation(id)
        case "instalment": self = .instalment(id)
        case "person": self = .person(id)
        case "sign-off": self = .signOff(id)
        case "settlement": self = .settlement(id)
        case "bcf return": self = .bcfAnswers(id)
        case "risk": self = .risk(id)
        default: return nil
        }
    }
}
