import S75Domain

/// One record of an agreement as JSON, as a store that keeps records one by one holds it (the region's server): the
/// agreement document's own fragment for it, so both say the same, and a line carries its scheme, a return its line and
/// a minute its meeting. The agreement is made again from them through the document, which checks every record.
public enum RecordDocument {
    /// The body kept for `record`.
    public static func body(of record: AgreementRecord) -> JSONValue {
        typealias D = AgreementDocument
        switch record {
        case .agreement(let d): return D.details(d)
        case .partner(let p): return D.partner(p)
        case .contribution(let c): return D.contribution(c)
        case .line(let l):
            var alone = Agreement.blank(startYear: 2000)
            alone.lines = [l]
            return .object(["scheme": .string(l.schemeID), "line": D.line(l, in: alone)])
        case .monitoring(let e): return .object(["line": .string(e.lineID), "entry": D.entry(e)])
        case .provider(let p): return D.provider(p)
        case .contract(let c): return D.contract(c)
        case .metric(let m): return D.metric(m)
        case .meeting(let m): return D.meeting(m, minutes: [])
        case .minute(let m): return .object(["meeting": .string(m.meeting.description), "minute": D.minute(m, withMeeting: false)])
        case .personalBudget(let b): return D.personalBudget(b)
        case .ledgerRule(let r): return D.ledgerRule(r)
        case .chargeBack(let c): return D.chargeBack(c)
        case .monthClose(let c): return D.monthClose(c)
        case .adjustment(let a): return D.adjustment(a)
        case .variation(let v): return D.variation(v)
        case .instalment(let i): return D.instalment(i)
        case .settlement(let p): return D.settlementPayment(p)
        case .bcfAnswers(let b): return D.bcfAnswers(b)
        case .risk(let r): return D.risk(r)
        case .person(let p): return D.person(p)
        case .signOff(let s): return D.signOff(s)
        }
    }

    /// Every record of `a`, each kind in its order, the people last but for the sign-offs: a store that lets only the
    /// people write once there are any can take them in one by one.
    public static func records(of a: Agreement) -> [AgreementRecord] {
        var records: [AgreementRecord] = [.agreement(a.details)]
        records += a.partners.map(AgreementRecord.partner) + a.contributions.map(AgreementRecord.contribution)
        records += a.lines.map(AgreementRecord.line) + a.monitoring.map(AgreementRecord.monitoring)
        records += a.providers.map(AgreementRecord.provider) + a.contracts.map(AgreementRecord.contract) + a.metrics.map(AgreementRecord.metric)
        records += a.meetings.map(AgreementRecord.meeting) + a.minutes.map(AgreementRecord.minute)
        records += a.personalBudgets.map(AgreementRecord.personalBudget) + a.ledgerRules.map(AgreementRecord.ledgerRule)
        records += a.chargeBacks.map(AgreementRecord.chargeBack) + a.monthCloses.map(AgreementRecord.monthClose)
        records += a.priorPeriodAdjustments.map(AgreementRecord.adjustment) + a.budgetVariations.map(AgreementRecord.variation)
        records += a.contributionInstalments.map(AgreementRecord.instalment) + a.settlementPayments.map(AgreementRecord.settlement)
        records += a.bcfAnswers.map(AgreementRecord.bcfAnswers) + a.risks.map(AgreementRecord.risk)
        return records + a.signOffs.map(AgreementRecord.signOff) + a.people.map(AgreementRecord.person)
    }

    /// The record a body of `entity` (as `RecordKey.entity` names it) holds.
    public static func record(entity: String, body: JSONValue) throws(InterchangeError) -> AgreementRecord {
        typealias D = AgreementDocument
        let node = Node(value: body, path: entity)
        switch entity {
        case "agreement": return .agreement(try D.details(node))
        case "partner": return .partner(try D.partner(node))
        case "contribution": return .contribution(try D.contribution(node))
        case "line":
            let f = try node.object(["scheme", "line"])
            let scheme = Node(value: .object(["id": .string(try f.string("scheme")), "lines": .array([try f.node("line").value])]), path: entity)
            guard case .line(let line)? = try D.schemeRecords([scheme], start: Period(year: 2000, month: 4)).records.first?.0 else {
                throw node.failure("a line without its fields")
            }
            return .line(line)
        case "monitoring":
            let f = try node.object(["line", "entry"])
            return .monitoring(try D.entry(try f.node("entry"), line: try f.string("line")))
        case "provider": return .provider(try D.provider(node))
        case "contract": return .contract(try D.contract(node))
        case "metric": return .metric(try D.metric(node))
        case "meeting":
            let (records, closings) = try D.meetingRecords([node])
            if let closed = closings.first?.0 { return .meeting(closed) }
            guard let open = records.first?.0 else { throw node.failure("a meeting without its fields") }
            return open
        case "minute":
            let f = try node.object(["meeting", "minute"])
            return .minute(try D.minute(try f.node("minute"), meeting: try f.date("meeting")))
        case "personal budget": return .personalBudget(try D.personalBudget(node))
        case "ledger rule": return .ledgerRule(try D.ledgerRule(node))
        case "charge-back": return .chargeBack(try D.chargeBack(node))
        case "month": return .monthClose(try D.monthClose(node))
        case "adjustment": return .adjustment(try D.adjustment(node))
        case "variation": return .variation(try D.variation(node))
        case "instalment": return .instalment(try D.instalment(node))
        case "settlement": return .settlement(try D.settlementPayment(node))
        case "bcf return": return .bcfAnswers(try D.bcfAnswers(node))
        case "risk": return .risk(try D.risk(node))
        case "person": return .person(try D.person(node))
        case "sign-off": return .signOff(try D.signOff(node))
        default: throw node.failure("\"\(entity)\" is not a kind of record")
        }
    }

    /// The agreement the stored records make (each `(entity, body)`, in the order they were first stored), read and
    /// checked as a document is, with its returns in the order they were stored.
    public static func agreement(from records: [(entity: String, body: JSONValue)]) throws(InterchangeError) -> Agreement {
        var agreement = try AgreementDocument.agreement(from: try document(from: records))
        var order: [String: Int] = [:]
        for (entity, body) in records where entity == "monitoring" {
            guard case .object(let fields) = body, case .string(let line)? = fields["line"], case .object(let entry)? = fields["entry"],
                  case .string(let period)? = entry["period"] else { continue }
            order[line + " " + period] = order.count
        }
        agreement.monitoring = MonitoringReturns(agreement.monitoring.sorted { a, b in
            (order["\(a.lineID) \(a.period)"] ?? .max) < (order["\(b.lineID) \(b.period)"] ?? .max)
        })
        return agreement
    }

    /// The agreement document the stored records make, for `AgreementDocument.agreement(from:)` to read and check.
    static func document(from records: [(entity: String, body: JSONValue)]) throws(InterchangeError) -> JSONValue {
        var details: JSONValue?
        var lists: [String: [JSONValue]] = [:]
        var schemes: [String] = [], lines: [String: [(id: String, fields: [String: JSONValue])]] = [:]
        var entries: [String: [JSONValue]] = [:], meetings: [(date: String, fields: [String: JSONValue])] = [], minutes: [String: [JSONValue]] = [:]
        for (entity, body) in records {
            let node = Node(value: body, path: entity)
            switch entity {
            case "agreement": details = body
            case "line":
                let f = try node.object(["scheme", "line"])
                let scheme = try f.string("scheme")
                guard case .object(let fields) = try f.node("line").value, case .string(let id)? = fields["id"] else {
                    throw node.failure("a line without its fields")
                }
                if lines[scheme] == nil { schemes.append(scheme) }
                lines[scheme, default: []].append((id, fields))
            case "monitoring":
                let f = try node.object(["line", "entry"])
                entries[try f.string("line"), default: []].append(try f.node("entry").value)
            case "meeting":
                guard case .object(let fields) = body, case .string(let date)? = fields["date"] else { throw node.failure("a meeting without its date") }
                meetings.append((date, fields))
            case "minute":
                let f = try node.object(["meeting", "minute"])
                minutes[try f.string("meeting"), default: []].append(try f.node("minute").value)
            default:
                guard let list = listName[entity] else { throw node.failure("\"\(entity)\" is not a kind of record") }
                lists[list, default: []].append(body)
            }
        }
        guard let details else { throw InterchangeError(path: "agreement", "the agreement's details are missing") }
        var document: [String: JSONValue] = ["format": .string(AgreementDocument.format), "version": .int(AgreementDocument.version),
                                             "agreement": details]
        for name in Set(listName.values) { document[name] = .array(lists[name] ?? []) }
        document["schemes"] = .array(schemes.map { scheme in
            .object(["id": .string(scheme), "lines": .array((lines[scheme] ?? []).map { line in
                var fields = line.fields
                fields["monitoring"] = .array(entries[line.id] ?? [])
                return .object(fields)
            })])
        })
        document["meetings"] = .array(meetings.map { meeting in
            var fields = meeting.fields
            fields["minutes"] = .array(minutes[meeting.date] ?? [])
            return .object(fields)
        })
        return .object(document)
    }

    /// The document's list that holds each other kind of record.
    private static let listName = [
        "partner": "partners", "contribution": "contributions", "provider": "providers", "contract": "contracts", "metric": "metrics",
        "personal budget": "personalBudgets", "ledger rule": "ledgerRules", "charge-back": "chargeBacks", "month": "monthCloses",
        "adjustment": "priorPeriodAdjustments", "variation": "budgetVariations", "instalment": "contributionInstalments",
        "person": "people", "sign-off": "signOffs", "settlement": "settlementPayments", "bcf return": "bcfReturns", "risk": "risks",
    ]
}
