import Foundation
import S75Domain

/// The whole agreement as one versioned JSON document (`s75 export` and `import`): explicit, stable key names,
/// money in whole pence, tagged enumerations with a `"kind"`, keys sorted. Everything the file holds but the audit
/// trail. See docs/interchange.md and docs/agreement.schema.json.
public enum AgreementDocument {
    public static let format = "s75-agreement"
    public static let version: Int64 = 1

    /// The document for `a`.
    public static func value(_ a: Agreement) -> JSONValue {
        .fields([
            "format": .text(format), "version": .int(version),
            "agreement": details(a.details),
            "partners": .array(a.partners.map(partner)),
            "contributions": .array(a.contributions.map(contribution)),
            "schemes": .array(schemes(a)),
            "providers": .array(a.providers.map(provider)),
            "contracts": .array(a.contracts.map(contract)),
            "metrics": .array(a.metrics.map(metric)),
            "personalBudgets": .array(a.personalBudgets.map(personalBudget)),
            "ledgerRules": .array(a.ledgerRules.map(ledgerRule)),
            "chargeBacks": .array(a.chargeBacks.map(chargeBack)),
            "monthCloses": .array(a.monthCloses.map(monthClose)),
            "priorPeriodAdjustments": .array(a.priorPeriodAdjustments.map(adjustment)),
            "budgetVariations": .array(a.budgetVariations.map(variation)),
            "contributionInstalments": .array(a.contributionInstalments.map(instalment)),
            "people": .array(a.people.map(person)),
            "signOffs": .array(a.signOffs.map(signOff)),
            "settlementPayments": .array(a.settlementPayments.map(settlementPayment)),
            "bcfReturns": .array(a.bcfAnswers.map(bcfAnswers)),
            "risks": .array(a.risks.map(risk)),
            "meetings": .array(a.meetings.map { meeting in Self.meeting(meeting, minutes: a.minutes.filter { $0.meeting == meeting.date }) }),
        ])
    }

    /// The document for `a` as text: the same agreement always gives the same bytes.
    public static func text(_ a: Agreement) throws -> String { try value(a).serialized() }

    /// The agreement a document describes, checked record by record as the forms check an edit; the first problem is
    /// thrown with its path.
    public static func agreement(from data: Data) throws(InterchangeError) -> Agreement {
        try agreement(from: try JSONValue.parse(data))
    }

    /// The most records of one kind (lines, contracts, contributions…) a document may hold: 50,000 amounts at £10^12
    /// still add up within 64-bit pence, so no total of them can overflow. Monthly returns are bounded by the lines.
    public static let mostRecordsOfAKind = 50_000

    private static func refuseTooMany(_ records: [(AgreementRecord, Node)]) throws(InterchangeError) {
        var counts: [String: Int] = [:]
        for (record, node) in records where record.key.entity != "monitoring" {
            counts[record.key.entity, default: 0] += 1
            if counts[record.key.entity] == mostRecordsOfAKind + 1 {
                throw node.failure("more than \(MoneyText.grouped(UInt64(mostRecordsOfAKind))) of one kind (\(record.key.entity)), "
                                   + "the most an agreement holds")
            }
        }
    }

    public static func agreement(from value: JSONValue) throws(InterchangeError) -> Agreement {
        let root = try Node(value: value, path: "").object(["format", "version", "agreement", "partners", "contributions", "schemes",
                                                             "providers", "contracts", "metrics", "meetings", "personalBudgets",
                                                             "ledgerRules", "chargeBacks", "monthCloses", "priorPeriodAdjustments",
                                                             "budgetVariations", "contributionInstalments", "people", "signOffs",
                                                             "settlementPayments", "bcfReturns", "risks"])
        let formatNode = try root.node("format")
        guard try formatNode.string() == format else { throw formatNode.failure("this is not an s75 agreement document (expected \"\(format)\")") }
        let versionNode = try root.node("version")
        guard try versionNode.int() == version else {
            throw versionNode.failure("version \(try versionNode.int()) is not one this s75 reads (it reads version \(version))")
        }
        let detailsNode = try root.node("agreement")
        let details = try details(detailsNode)
        var records: [(AgreementRecord, Node)] = []
        records += try root.list("partners").map { n throws(InterchangeError) in (.partner(try partner(n)), n) }
        records.append((.agreement(details), detailsNode))
        records += try root.list("contributions").map { n throws(InterchangeError) in (.contribution(try contribution(n)), n) }
        // written since the agreement named its people; a document from before has none (one trusted team)
        records += try (root.optionalNode("people")?.list() ?? []).map { n throws(InterchangeError) in (.person(try person(n)), n) }
        // written since contributions were paid in instalments; a document from before has none
        records += try (root.optionalNode("contributionInstalments")?.list() ?? []).map { n throws(InterchangeError) in
            (.instalment(try instalment(n)), n)
        }
        records += try root.list("providers").map { n throws(InterchangeError) in (.provider(try provider(n)), n) }
        let (lineRecords, legacyVariations) = try schemeRecords(try root.list("schemes"), start: details.start.period)
        records += lineRecords
        records += try root.list("contracts").map { n throws(InterchangeError) in (.contract(try contract(n)), n) }
        records += try root.list("metrics").map { n throws(InterchangeError) in (.metric(try metric(n)), n) }
        records += try root.list("personalBudgets").map { n throws(InterchangeError) in (.personalBudget(try personalBudget(n)), n) }
        let (meetingRecords, closings) = try meetingRecords(try root.list("meetings"))
        records += meetingRecords
        // written since ledger mapping came in; a document from before has no rules
        records += try (root.optionalNode("ledgerRules")?.list() ?? []).map { n throws(InterchangeError) in (.ledgerRule(try ledgerRule(n)), n) }
        // written since charge-backs could be recorded; a document from before has none
        records += try (root.optionalNode("chargeBacks")?.list() ?? []).map { n throws(InterchangeError) in (.chargeBack(try chargeBack(n)), n) }
        // written since settlements were recorded as payments; a document from before has none
        records += try (root.optionalNode("settlementPayments")?.list() ?? []).map { n throws(InterchangeError) in
            (.settlement(try settlementPayment(n)), n)
        }
        // written since a BCF return's answers were recorded; a document from before has none
        records += try (root.optionalNode("bcfReturns")?.list() ?? []).map { n throws(InterchangeError) in (.bcfAnswers(try bcfAnswers(n)), n) }
        // written since the board kept a risk register; a document from before has none
        records += try (root.optionalNode("risks")?.list() ?? []).map { n throws(InterchangeError) in (.risk(try risk(n)), n) }
        records += legacyVariations
        records += try closesAdjustmentsAndVariations(root)
        try refuseTooMany(records)
        var a = Agreement.blank(startYear: details.start.period.financialYear.startYear)
        a.details = AgreementDetails.blanking(host: details)
        for (record, node) in records {
            if a.record(record.key) != nil, record.key != .agreement { throw node.failure("\(record.key) appears twice") }
            do {
                try a.apply(Change(record))
            } catch {
                throw node.failure(error.message)
            }
        }
        for (meeting, node) in closings {
            do {
                try a.apply(Change(.meeting(meeting)))
            } catch {
                throw node.failure(error.message)
            }
        }
        // written since figures were signed; last, as a sign-off covers what is already there (absent before: none)
        for n in try root.optionalNode("signOffs")?.list() ?? [] {
            let signed = try signOff(n)
            do {
                try a.apply(Change(.signOff(signed)))
            } catch {
                throw n.failure(error.message)
            }
        }
        return a
    }

    static func details(_ d: AgreementDetails) -> JSONValue {
        .fields([
            "id": .text(d.id), "title": .text(d.title), "legalBasis": .text(d.legalBasis), "area": .text(d.area),
            "start": .text(d.start.description), "end": .text(d.end.description), "noticeMonths": .number(d.noticeMonths),
            "noticeExpiry": .text(d.noticeExpiry), "reviewNote": .text(d.reviewNote), "host": .text(d.hostPartnerID),
            "poolName": .text(d.poolName), "pooledFundManager": .text(d.pooledFundManager),
            "governance": governance(d.governance),
            "riskReservePence": .money(d.riskReserve),
            "schedules": schedules(d.schedules),
            "reportingPeriod": .text(d.reportingPeriod.description),
            "financeRAG": financeRAG(d.financeRAG),
            "riskShare": RiskShareDocument.value(d.riskShare),
            "ascMinimumPence": .money(d.ascMinimum), "signConvention": .text(d.signConvention.rawValue),
        ])
    }

    static func details(_ node: Node) throws(InterchangeError) -> AgreementDetails {
        let f = try node.object(["id", "title", "legalBasis", "area", "start", "end", "noticeMonths", "noticeExpiry", "reviewNote", "host",
                                 "poolName", "pooledFundManager", "governance", "riskReservePence", "schedules", "reportingPeriod",
                                 "financeRAG", "riskShare", "ascMinimumPence", "signConvention"])
        var a = Agreement.blank(startYear: 2000)
        a.id = try f.string("id")
        a.title = try f.string("title")
        a.legalBasis = try f.string("legalBasis")
        a.area = try f.string("area")
        a.start = try f.date("start")
        a.end = try f.date("end")
        a.noticeMonths = try f.int32("noticeMonths")
        a.noticeExpiry = try f.string("noticeExpiry")
        a.reviewNote = try f.string("reviewNote")
        a.hostPartnerID = try f.string("host")
        a.poolName = try f.string("poolName")
        a.pooledFundManager = try f.string("pooledFundManager")
        a.governance = try governance(try f.node("governance"))
        a.riskReserve = try f.money("riskReservePence")
        a.schedules = try schedules(try f.node("schedules"))
        a.reportingPeriod = try f.period("reportingPeriod")
        a.financeRAG = try financeRAG(try f.node("financeRAG"))
        a.riskShare = try RiskShareDocument.rule(try f.node("riskShare"))
        a.ascMinimum = try f.money("ascMinimumPence")
        a.signConvention = try f.code("signConvention", "sign convention")
        return a.details
    }

    static func governance(_ g: Governance) -> JSONValue {
        .fields([
            "boardName": .text(g.boardName), "meetingFrequency": .text(g.meetingFrequency), "chairs": .texts(g.chairs),
            "quorum": .text(g.quorum), "decisionRule": .text(g.decisionRule),
            "delegations": .array(g.delegations.map { .fields(["holder": .text($0.holder), "authority": .text($0.authority)]) }),
            "healthAndWellbeingBoard": .text(g.healthAndWellbeingBoard),
            "limits": .fields(["poolFundManagerWithinSchemePence": g.limits.poolFundManagerWithinScheme.map(JSONValue.money),
                               "boardVirementPence": g.limits.boardVirement.map(JSONValue.money),
                               "boardShareOfReceivingBasisPoints": g.limits.boardShareOfReceivingBasisPoints.map { .number(Int($0)) }]),
            "members": .array(g.members.map { .fields(["name": .text($0.name), "partner": .text($0.partnerID), "voting": .bool($0.voting),
                                                       "role": .text($0.role)]) }),
            "votingMembersPerPartner": .number(g.votingMembersPerPartner), "retainedDecisions": .texts(g.retainedDecisions),
        ])
    }

    static func governance(_ node: Node) throws(InterchangeError) -> Governance {
        let g = try node.object(["boardName", "meetingFrequency", "chairs", "quorum", "decisionRule", "delegations", "healthAndWellbeingBoard",
                                 "limits", "members", "votingMembersPerPartner", "retainedDecisions"])
        return Governance(
            boardName: try g.string("boardName"), meetingFrequency: try g.string("meetingFrequency"), chairs: try g.strings("chairs"),
            quorum: try g.string("quorum"), decisionRule: try g.string("decisionRule"),
            delegations: try g.list("delegations").map { n throws(InterchangeError) in
                let d = try n.object(["holder", "authority"])
                return Delegation(holder: try d.string("holder"), authority: try d.string("authority"))
            },
            healthAndWellbeingBoard: try g.string("healthAndWellbeingBoard"),
            limits: try g.optionalNode("limits").map { n throws(InterchangeError) in try limits(n) } ?? .none,
            // the terms of reference, written since quorum was judged; absent before, read as no members and one from each
            members: try (g.optionalNode("members")?.list() ?? []).map { n throws(InterchangeError) in
                let m = try n.object(["name", "partner", "voting", "role"])
                return BoardMember(name: try m.string("name"), partnerID: try m.string("partner"), voting: try m.bool("voting"), role: try m.string("role"))
            },
            votingMembersPerPartner: Int(try g.optionalInt("votingMembersPerPartner") ?? 1),
            retainedDecisions: g.optionalNode("retainedDecisions") == nil ? [] : try g.strings("retainedDecisions"))
    }

    /// The delegated limits (written since variations were checked against them; absent before, read as none set).
    static func limits(_ node: Node) throws(InterchangeError) -> DelegatedLimits {
        let l = try node.object(["poolFundManagerWithinSchemePence", "boardVirementPence", "boardShareOfReceivingBasisPoints"])
        return DelegatedLimits(poolFundManagerWithinScheme: try l.optionalMoney("poolFundManagerWithinSchemePence"),
                               boardVirement: try l.optionalMoney("boardVirementPence"),
                               boardShareOfReceivingBasisPoints: try l.optionalInt("boardShareOfReceivingBasisPoints"))
    }

    static func schedules(_ schedules: [Schedule]) -> JSONValue {
        .array(schedules.map { .fields(["number": .number($0.number), "title": .text($0.title)]) })
    }

    static func schedules(_ node: Node) throws(InterchangeError) -> [Schedule] {
        try node.list().map { n throws(InterchangeError) in
            let s = try n.object(["number", "title"])
            return Schedule(number: try s.int32("number"), title: try s.string("title"))
        }
    }

    static func financeRAG(_ rule: FinanceRAGRule) -> JSONValue {
        .fields(["amberAboveBasisPoints": .int(rule.amberAboveBasisPoints), "redAboveBasisPoints": .int(rule.redAboveBasisPoints),
                 "underAboveBasisPoints": .int(rule.underAboveBasisPoints), "remedialAboveBasisPoints": rule.remedialAboveBasisPoints.map(JSONValue.int),
                 "remedialPlanDays": .number(rule.remedialPlanDays)])
    }

    static func financeRAG(_ node: Node) throws(InterchangeError) -> FinanceRAGRule {
        let rag = try node.object(["amberAboveBasisPoints", "redAboveBasisPoints", "underAboveBasisPoints", "remedialAboveBasisPoints",
                                   "remedialPlanDays"])
        // the remedial trigger is written since remedial plans were tracked; a rule from before triggers at Red, 21 days
        let days = try rag.optionalInt("remedialPlanDays") ?? 21
        guard (0...366).contains(days) else { throw try rag.node("remedialPlanDays").failure("a remedial plan is due 0 to 366 days after its month") }
        return FinanceRAGRule(amberAboveBasisPoints: try rag.int("amberAboveBasisPoints"), redAboveBasisPoints: try rag.int("redAboveBasisPoints"),
                              underAboveBasisPoints: try rag.int("underAboveBasisPoints"),
                              remedialAboveBasisPoints: try rag.optionalInt("remedialAboveBasisPoints"), remedialPlanDays: Int(days))
    }

    static func partner(_ p: Partner) -> JSONValue {
        .fields(["id": .text(p.id), "name": .text(p.name), "shortName": .text(p.shortName), "kind": .text(p.kind.rawValue), "role": .text(p.role)])
    }

    static func partner(_ node: Node) throws(InterchangeError) -> Partner {
        let f = try node.object(["id", "name", "shortName", "kind", "role"])
        return Partner(id: try f.string("id"), name: try f.string("name"), shortName: try f.string("shortName"),
                       kind: try f.code("kind", "kind of partner"), role: try f.string("role"))
    }

    static func contribution(_ c: Contribution) -> JSONValue {
        .fields(["id": .text(c.id), "partner": .text(c.partnerID), "source": .text(c.source.rawValue), "amountPence": .money(c.amount),
                 "notes": .text(c.notes)])
    }

    static func contribution(_ node: Node) throws(InterchangeError) -> Contribution {
        let f = try node.object(["id", "partner", "source", "amountPence", "notes"])
        return Contribution(id: try f.string("id"), partnerID: try f.string("partner"), source: try f.code("source", "funding source"),
                            amount: try f.money("amountPence"), notes: try f.string("notes"))
    }

    static func personalBudget(_ b: IntegratedPersonalBudget) -> JSONValue {
        .fields(["id": .text(b.id), "person": .text(b.person), "line": .text(b.lineID), "planPence": .money(b.plan),
                 "healthBasisPoints": .int(b.healthBasisPoints), "weeklyClientContributionPence": .money(b.weeklyClientContribution),
                 "route": .text(b.route.rawValue)])
    }

    static func personalBudget(_ node: Node) throws(InterchangeError) -> IntegratedPersonalBudget {
        let f = try node.object(["id", "person", "line", "planPence", "healthBasisPoints", "weeklyClientContributionPence", "route"])
        return IntegratedPersonalBudget(id: try f.string("id"), person: try f.string("person"), lineID: try f.string("line"),
                                        plan: try f.money("planPence"), healthBasisPoints: try f.int("healthBasisPoints"),
                                        weeklyClientContribution: try f.money("weeklyClientContributionPence"),
                                        route: try f.code("route", "route"))
    }

    static func ledgerRule(_ r: LedgerRule) -> JSONValue {
        .fields(["id": .text(r.id), "costCentre": .text(r.costCentre), "accountFrom": .text(r.accountFrom), "accountTo": .text(r.accountTo),
                 "supplier": .text(r.supplier), "line": .text(r.lineID)])
    }

    static func ledgerRule(_ node: Node) throws(InterchangeError) -> LedgerRule {
        let f = try node.object(["id", "costCentre", "accountFrom", "accountTo", "supplier", "line"])
        return LedgerRule(id: try f.string("id"), costCentre: try f.string("costCentre"), accountFrom: try f.string("accountFrom"),
                          accountTo: try f.string("accountTo"), supplier: try f.string("supplier"), lineID: try f.string("line"))
    }

    static func chargeBack(_ c: ChargeBack) -> JSONValue {
        .fields(["id": .text(c.id), "partner": .text(c.partnerID), "line": .text(c.lineID), "amountPence": .money(c.amount),
                 "period": .text(c.period.description), "reason": .text(c.reason)])
    }

    static func chargeBack(_ node: Node) throws(InterchangeError) -> ChargeBack {
        let f = try node.object(["id", "partner", "line", "amountPence", "period", "reason"])
        return ChargeBack(id: try f.string("id"), partnerID: try f.string("partner"), lineID: try f.string("line"),
                          amount: try f.money("amountPence"), period: try f.period("period"), reason: try f.string("reason"))
    }

    static func provider(_ p: Provider) -> JSONValue {
        .fields(["id": .text(p.id), "name": .text(p.name), "providerType": .text(p.providerType),
                 "allianceShareBasisPoints": .int(p.allianceShareBasisPoints)])
    }

    static func provider(_ node: Node) throws(InterchangeError) -> Provider {
        let f = try node.object(["id", "name", "providerType", "allianceShareBasisPoints"])
        return Provider(id: try f.string("id"), name: try f.string("name"), providerType: try f.string("providerType"),
                        allianceShareBasisPoints: try f.int("allianceShareBasisPoints"))
    }
}

extension AgreementDetails {
    /// The details with no host yet: what an import starts from, before the partners it names exist.
    static func blanking(host details: AgreementDetails) -> AgreementDetails {
        var d = details
        d.hostPartnerID = ""
        return d
    }
}
