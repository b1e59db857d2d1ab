import GRDB
import S75Domain

/// Writes one record with an optimistic version check, and its audit rows, in the caller's transaction.
///
/// Every row carries a `version`: an update or removal names the version it was based on and matches
/// no row if someone else has changed it since, which is a conflict, never a silent overwrite.
enum RecordWriter {
    /// The table and the key columns of each kind of record.
    static func location(of key: RecordKey) -> (table: String, filter: String, arguments: StatementArguments) {
        switch key {
        case .agreement: ("agreement", "1 = 1", [])
        case .monitoring(let line, let period): ("monitoringEntry", "lineID = ? AND period = ?", [line, period.description])
        case .line(let id): ("schemeLine", "id = ?", [id])
        case .contribution(let id): ("contribution", "id = ?", [id])
        case .partner(let id): ("partner", "id = ?", [id])
        case .provider(let id): ("provider", "id = ?", [id])
        case .contract(let id): ("contract", "id = ?", [id])
        case .metric(let id): ("metric", "id = ?", [id])
        case .meeting(let date): ("meeting", "date = ?", [date.description])
        case .minute(let id): ("minute", "id = ?", [id])
        case .personalBudget(let id): ("personalBudget", "id = ?", [id])
        case .ledgerRule(let id): ("ledgerRule", "id = ?", [id])
        case .chargeBack(let id): ("chargeBack", "id = ?", [id])
        case .monthClose(let period): ("monthClose", "period = ?", [period.description])
        case .adjustment(let id): ("priorPeriodAdjustment", "id = ?", [id])
        case .variation(let id): ("budgetVariation", "id = ?", [id])
        case .instalment(let id): ("contributionInstalment", "id = ?", [id])
        case .settlement(let id): ("settlementPayment", "id = ?", [id])
        case .bcfAnswers(let id): ("bcfReturnAnswers", "id = ?", [id])
        case .risk(let id): ("risk", "id = ?", [id])
        case .person(let account): ("person", "account = ?", [account])
        case .signOff(let id): ("signOff", "id = ?", [id])
        }
    }

    /// The stored version of the record with `key`; nil when there is none.
    static func version(of key: RecordKey, in db: Database) throws -> Int? {
        let (table, filter, arguments) = location(of: key)
        return try Int.fetchOne(db, sql: "SELECT version FROM \(table) WHERE \(filter)", arguments: arguments)
    }

    /// The version of every record changed since it was made, for the edits a session makes: a record not among them is at
    /// version 1 (``RecordVersions``), so a year of returns none of which was corrected reads nothing here.
    static func versions(in db: Database) throws -> RecordVersions {
        var versions: [RecordKey: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT lineID, period, version FROM monitoringEntry WHERE version <> 1") {
            guard let period = Period(try row.decode(String.self, forColumn: "period")) else { continue }
            versions[.monitoring(try row.decode(String.self, forColumn: "lineID"), period)] = try row.decode(Int.self, forColumn: "version")
        }
        if let version = try Int.fetchOne(db, sql: "SELECT version FROM agreement LIMIT 1") { versions[.agreement] = version }
        for row in try Row.fetchAll(db, sql: "SELECT period, version FROM monthClose WHERE version <> 1") {
            guard let period = Period(try row.decode(String.self, forColumn: "period")) else { continue }
            versions[.monthClose(period)] = try row.decode(Int.self, forColumn: "version")
        }
        for row in try Row.fetchAll(db, sql: "SELECT date, version FROM meeting WHERE version <> 1") {
            guard let date = DateOnly(try row.decode(String.self, forColumn: "date")) else { continue }
            versions[.meeting(date)] = try row.decode(Int.self, forColumn: "version")
        }
        for row in try Row.fetchAll(db, sql: "SELECT account, version FROM person WHERE version <> 1") { versions[.person(row[0])] = row[1] }
        for (table, make) in [("schemeLine", RecordKey.line), ("contribution", RecordKey.contribution), ("partner", RecordKey.partner),
                              ("provider", RecordKey.provider), ("contract", RecordKey.contract), ("metric", RecordKey.metric),
                              ("minute", RecordKey.minute), ("personalBudget", RecordKey.personalBudget),
                              ("ledgerRule", RecordKey.ledgerRule), ("chargeBack", RecordKey.chargeBack),
                              ("priorPeriodAdjustment", RecordKey.adjustment), ("budgetVariation", RecordKey.variation),
                              ("contributionInstalment", RecordKey.instalment), ("settlementPayment", RecordKey.settlement),
                              ("bcfReturnAnswers", RecordKey.bcfAnswers), ("risk", RecordKey.risk), ("signOff", RecordKey.signOff)] {
            for row in try Row.fetchAll(db, sql: "SELECT id, version FROM \(table) WHERE version <> 1") { versions[make(row[0])] = row[1] }
        }
        return RecordVersions(versions)
    }

    /// Makes `change` if the record is still at `expected` (nil: it must not exist yet); returns the new version
    /// (nil once removed). Throws a conflict carrying the record as it is now if someone else got there first.
    static func apply(_ change: Change, expecting expected: Int?, author: Author, at time: String, path: String,
                      in db: Database) throws -> Int? {
        let agreement = try AgreementReader(db: db, path: path).read(for: change.key)
        let old = agreement.record(change.key)
        let current = try version(of: change.key, in: db)
        guard current == expected else {
            throw StoreError(.conflict(current: old, version: current), path: path)
        }
        if change.new == old { return current }  // nothing changes: nothing is written or audited
        if let refusal = agreement.refusal(of: change, by: author.user) { throw StoreError(.invalidEdit(refusal), path: path) }
        do {
            _ = try agreement.applying(change)
        } catch {
            throw StoreError(.invalidEdit(error.message), path: path)
        }
        let (table, filter, arguments) = location(of: change.key)
        let newVersion: Int?
        let matched: Bool
        switch change.new {
        case nil:
            if case .metric(let id) = change.key { try db.run("DELETE FROM metricValue WHERE metricID = ?", [id]) }
            try db.run("DELETE FROM \(table) WHERE \(filter) AND version = ?", arguments + [expected])
            (matched, newVersion) = (db.changesCount == 1, nil)
        case .some(let record) where old == nil:
            try insert(record, in: db)
            (matched, newVersion) = (true, 1)
        case .some(let record):
            (matched, newVersion) = (try update(record, expecting: expected ?? 0, in: db), (expected ?? 0) + 1)
        }
        guard matched else { throw StoreError(.conflict(current: old, version: current), path: path) }
        if case .ledgerRule = change.key {
            try LedgerMapper.remap(after: change, old: old, rules: try agreement.applying(change).ledgerRules, in: db)
        }
        for difference in Change.differences(from: old, to: change.new) {
            try AuditChain.append(.init(at: time, user: author.user, client: author.client, entity: change.key.entity, entityID: change.key.id,
                                        field: difference.field, old: difference.old, new: difference.new), in: db)
        }
        return newVersion
    }

    private static func insert(_ record: AgreementRecord, in db: Database) throws {
        var single = Agreement.blank(startYear: 2000)
        switch record {
        case .agreement: return
        case .monitoring(let entry): single.monitoring = [entry]
        case .line(let line): single.lines = [line]
        case .contribution(let contribution): single.contributions = [contribution]
        case .partner(let partner): single.partners = [partner]
        case .provider(let provider): single.providers = [provider]
        case .contract(let contract): single.contracts = [contract]
        case .metric(let metric): single.metrics = [metric]
        case .meeting(let meeting): single.meetings = [meeting]
        case .minute(let minute): single.minutes = [minute]
        case .personalBudget(let budget): single.personalBudgets = [budget]
        case .ledgerRule(let rule): single.ledgerRules = [rule]
        case .chargeBack(let charge): single.chargeBacks = [charge]
        case .monthClose(let close): single.monthCloses = [close]
        case .adjustment(let adjustment): single.priorPeriodAdjustments = [adjustment]
        case .variation(let variation): single.budgetVariations = [variation]
        case .instalment(let instalment): single.contributionInstalments = [instalment]
        case .settlement(let payment): single.settlementPayments = [payment]
        case .bcfAnswers(let answers): single.bcfAnswers = [answers]
        case .risk(let risk): single.risks = [risk]
        case .person(let person): single.people = [person]
        case .signOff(let signOff): single.signOffs = [signOff]
        }
        let (table, _, _) = location(of: record.key)
        let position = try Int.fetchOne(db, sql: ["monitoringEntry", "meeting", "monthClose"].contains(table) ? "SELECT 0" : "SELECT coalesce(max(position) + 1, 0) FROM \(table)") ?? 0
        try AgreementWriter.insertRecords(of: single, into: db, position: position)
    }

    /// Updates the stored record if it is still at `version`; false when no row matched (someone else changed it).
    private static func update(_ record: AgreementRecord, expecting version: Int, in db: Database) throws -> Bool {
        switch record {
        case .monitoring(let e):
            try db.run("""
                UPDATE monitoringEntry SET budgetToDatePence = ?, actualToDatePence = ?, forecastOutturnPence = ?, commentary = ?,
                  version = version + 1 WHERE lineID = ? AND period = ? AND version = ?
                """, [e.budgetToDate.pence, e.actualToDate.pence, e.forecastOutturn.pence, e.commentary,
                                 e.lineID, e.period.description, version])
        case .line(let l):
            try db.run("""
                UPDATE schemeLine SET schemeID = ?, name = ?, schemeType = ?, subType = ?, areaOfSpend = ?, commissioner = ?,
                  leadCommissionerID = ?, providerIDs = ?, source = ?, budgetPence = ?, plannedOutput = ?, profile = ?, budgetType = ?,
                  arrangement = ?, delegatedFunctions = ?, description = ?, isNewScheme = ?, version = version + 1
                  WHERE id = ? AND version = ?
                """, [l.schemeID, l.name, l.schemeType, l.subType, l.areaOfSpend.rawValue, try JSONColumn.encode(l.commissioner, .commissioner),
                                 l.leadCommissionerID, try JSONColumn.encode(l.providerIDs, .texts), l.source.rawValue, l.budget.pence,
                                 l.plannedOutput, try JSONColumn.encode(l.profile, .profile), l.budgetType.rawValue, l.arrangement.rawValue,
                                 try JSONColumn.encode(l.delegatedFunctions, .texts), l.description, l.isNewScheme, l.id, version])
        case .contribution(let c):
            try db.run("""
                UPDATE contribution SET partnerID = ?, source = ?, amountPence = ?, notes = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, [c.partnerID, c.source.rawValue, c.amount.pence, c.notes, c.id, version])
        case .partner(let p):
            try db.run("""
                UPDATE partner SET name = ?, shortName = ?, kind = ?, role = ?, version = version + 1 WHERE id = ? AND version = ?
                """, [p.name, p.shortName, p.kind.rawValue, p.role, p.id, version])
        case .provider(let p):
            try db.run("""
                UPDATE provider SET name = ?, providerType = ?, allianceShareBasisPoints = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, [p.name, p.providerType, p.allianceShareBasisPoints, p.id, version])
        case .contract(let c):
            try db.run("""
                UPDATE contract SET providerID = ?, form = ?, title = ?, valuePence = ?, paymentBasis = ?, atRiskPence = ?, payment = ?,
                  lineIDs = ?, version = version + 1 WHERE id = ? AND version = ?
                """, [c.providerID, c.form.rawValue, c.title, c.value.pence, c.paymentBasis, c.atRisk.pence,
                                 try c.payment.map { try JSONColumn.encode($0, .payment) }, try JSONColumn.encode(c.lineIDs, .texts), c.id, version])
        case .metric(let m):
            var definition = m
            definition.values = []
            try db.run("UPDATE metric SET body = ?, version = version + 1 WHERE id = ? AND version = ?",
                           [try JSONColumn.encode(definition, .metricDefinition), m.id, version])
            guard db.changesCount == 1 else { return false }
            try db.run("DELETE FROM metricValue WHERE metricID = ?", [m.id])
            try AgreementWriter.insertValues(of: m, into: db)
            return true
        case .personalBudget(let b):
            try db.run("""
                UPDATE personalBudget SET person = ?, lineID = ?, planPence = ?, healthBasisPoints = ?, weeklyClientContributionPence = ?,
                  route = ?, version = version + 1 WHERE id = ? AND version = ?
                """, [b.person, b.lineID, b.plan.pence, b.healthBasisPoints, b.weeklyClientContribution.pence, b.route.rawValue,
                                 b.id, version])
        case .ledgerRule(let r):
            try db.run("""
                UPDATE ledgerRule SET costCentre = ?, accountFrom = ?, accountTo = ?, supplier = ?, lineID = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, [r.costCentre, r.accountFrom, r.accountTo, r.supplier, r.lineID, r.id, version])
        case .chargeBack(let c):
            try db.run("""
                UPDATE chargeBack SET partnerID = ?, lineID = ?, amountPence = ?, period = ?, reason = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, [c.partnerID, c.lineID, c.amount.pence, c.period.description, c.reason, c.id, version])
        case .adjustment(let a):
            try db.run("""
                UPDATE priorPeriodAdjustment SET lineID = ?, enteredIn = ?, relatesTo = ?, amountPence = ?, reason = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, [a.lineID, a.enteredIn.description, a.relatesTo.description, a.amount.pence, a.reason, a.id, version])
        case .variation(let v):
            try db.run("""
                UPDATE budgetVariation SET fromLineID = ?, toLineID = ?, amountPence = ?, effective = ?, reason = ?, partnerID = ?,
                  decision = ?, partnersApproval = ?, version = version + 1 WHERE id = ? AND version = ?
                """, [v.fromLineID, v.toLineID, v.amount.pence, v.effective.description, v.reason, v.partnerID, v.decision,
                                 v.partnersApproval, v.id, version])
        case .signOff(let s):
            try db.run("""
                UPDATE signOff SET signedBy = ?, signedOn = ?, covers = ?, underDelegatedAuthority = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, [s.by, s.on.description, s.covers, s.underDelegatedAuthority, s.id, version])
        case .person(let p):
            try db.run("""
                UPDATE person SET otherAccounts = ?, name = ?, partnerID = ?, roles = ?, lines = ?, version = version + 1
                WHERE account = ? AND version = ?
                """, [try JSONColumn.encode(p.otherAccounts, .texts), p.name, p.partnerID,
                                 try JSONColumn.encode(p.roles.map(\.rawValue), .texts), try JSONColumn.encode(p.lines, .texts), p.account, version])
        case .instalment(let i):
            try db.run("""
                UPDATE contributionInstalment SET contributionID = ?, due = ?, amountPence = ?, receivedOn = ?, receivedPence = ?,
                  version = version + 1 WHERE id = ? AND version = ?
                """, [i.contributionID, i.due.description, i.amount.pence, i.receivedOn?.description, i.received?.pence, i.id, version])
        case .risk(let r):
            try db.run("""
                UPDATE risk SET title = ?, owner = ?, likelihood = ?, impact = ?, mitigation = ?, trend = ?, lineIDs = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, [r.title, r.owner, r.likelihood, r.impact, r.mitigation, r.trend.rawValue, try JSONColumn.encode(r.lineIDs, .texts), r.id, version])
        case .bcfAnswers(let b):
            try db.run("""
                UPDATE bcfReturnAnswers SET conditions = ?, achievements = ?, challenges = ?, version = version + 1 WHERE id = ? AND version = ?
                """, [try JSONColumn.encode(b.conditions, .conditions), b.achievements, b.challenges, b.id, version])
        case .settlement(let p):
            try db.run("""
                UPDATE settlementPayment SET year = ?, fromPartnerID = ?, toPartnerID = ?, amountPence = ?, due = ?, invoice = ?, paidOn = ?,
                  version = version + 1 WHERE id = ? AND version = ?
                """, [p.year.startYear, p.fromPartnerID, p.toPartnerID, p.amount.pence, p.due.description, p.invoice,
                      p.paidOn?.description, p.id, version])
        case .monthClose(let c):
            try db.run("""
                UPDATE monthClose SET closedOn = ?, closedBy = ?, firstReported = ?, reopenings = ?, version = version + 1
                WHERE period = ? AND version = ?
                """, [c.closedOn.description, c.closedBy, try JSONColumn.encode(c.firstReported, .returns),
                                 try JSONColumn.encode(c.reopenings, .reopenings), c.period.description, version])
        case .meeting(let m):
            try db.run("""
                UPDATE meeting SET attendance = ?, period = ?, stepReached = ?, figures = ?, approves = ?, closed = ?, nextMeeting = ?,
                  participation = ?,
                  version = version + 1 WHERE date = ? AND version = ?
                """, [m.attendance, m.period.description, m.stepReached.name, try JSONColumn.encode(m.figures, .figures),
                                 try m.approves.map { try JSONColumn.encode($0, .minutesApproval) },
                                 try m.closed.map { try JSONColumn.encode($0, .meetingRecord) }, m.nextMeeting?.description,
                                 try JSONColumn.encode(m.participation, .participation), m.date.description, version])
        case .minute(let m):
            try db.run("""
                UPDATE minute SET kind = ?, meetingDate = ?, item = ?, text = ?, owner = ?, due = ?, status = ?, updates = ?,
                  version = version + 1 WHERE id = ? AND version = ?
                """, [m.kind.rawValue, m.meeting.description, m.item, m.text, m.owner, m.due?.description,
                                 m.status.rawValue, try JSONColumn.encode(m.updates, .minuteUpdates), m.id, version])
        case .agreement(let d):
            try db.run("""
                UPDATE agreement SET id = ?, title = ?, legalBasis = ?, area = ?, start = ?, "end" = ?, noticeMonths = ?, noticeExpiry = ?,
                  reviewNote = ?, hostPartnerID = ?, poolName = ?, pooledFundManager = ?, governance = ?, riskReservePence = ?,
                  schedules = ?, reportingPeriod = ?, financeRAG = ?, riskShare = ?, ascMinimumPence = ?, signConvention = ?,
                  version = version + 1 WHERE version = ?
                """, [d.id, d.title, d.legalBasis, d.area, d.start.description, d.end.description, d.noticeMonths,
                                 d.noticeExpiry, d.reviewNote, d.hostPartnerID, d.poolName, d.pooledFundManager,
                                 try JSONColumn.encode(d.governance, .governance), d.riskReserve.pence, try JSONColumn.encode(d.schedules, .schedules),
                                 d.reportingPeriod.description, try JSONColumn.encode(d.financeRAG, .financeRAG), try JSONColumn.encode(d.riskShare, .riskShare),
                                 d.ascMinimum.pence, d.signConvention.rawValue, version])
        }
        return db.changesCount == 1
    }
}
