import GRDB
import S75Domain

/// Writes a whole agreement (or single records) into the store, table by table, in the caller's transaction.
enum AgreementWriter {
    static func insert(_ a: Agreement, into db: Database) throws {
        try db.run("""
            INSERT INTO agreement (id, title, legalBasis, area, start, "end", noticeMonths, noticeExpiry, reviewNote,
              hostPartnerID, poolName, pooledFundManager, governance, riskReservePence, schedules, reportingPeriod, financeRAG,
              riskShare, ascMinimumPence, signConvention)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [a.id, a.title, a.legalBasis, a.area, a.start.description, a.end.description, a.noticeMonths,
                             a.noticeExpiry, a.reviewNote, a.hostPartnerID, a.poolName, a.pooledFundManager,
                             try JSONColumn.encode(a.governance, .governance), a.riskReserve.pence, try JSONColumn.encode(a.schedules, .schedules),
                             a.reportingPeriod.description, try JSONColumn.encode(a.financeRAG, .financeRAG), try JSONColumn.encode(a.riskShare, .riskShare),
                             a.ascMinimum.pence, a.signConvention.rawValue])
        try insertRecords(of: a, into: db)
    }

    /// Inserts every record of `a` but the agreement row itself, numbering positions from `position`.
    static func insertRecords(of a: Agreement, into db: Database, position first: Int = 0) throws {
        for (i, p) in a.partners.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("INSERT INTO partner (id, position, name, shortName, kind, role) VALUES (?, ?, ?, ?, ?, ?)",
                           [p.id, i, p.name, p.shortName, p.kind.rawValue, p.role])
        }
        for (i, c) in a.contributions.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("INSERT INTO contribution (id, position, partnerID, source, amountPence, notes) VALUES (?, ?, ?, ?, ?, ?)",
                           [c.id, i, c.partnerID, c.source.rawValue, c.amount.pence, c.notes])
        }
        for (i, p) in a.providers.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("INSERT INTO provider (id, position, name, providerType, allianceShareBasisPoints) VALUES (?, ?, ?, ?, ?)",
                           [p.id, i, p.name, p.providerType, p.allianceShareBasisPoints])
        }
        for (i, l) in a.lines.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO schemeLine (id, position, schemeID, name, schemeType, subType, areaOfSpend, commissioner,
                  leadCommissionerID, providerIDs, source, budgetPence, plannedOutput, profile, budgetType, arrangement,
                  delegatedFunctions, description, isNewScheme)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [l.id, i, l.schemeID, l.name, l.schemeType, l.subType, l.areaOfSpend.rawValue,
                                 try JSONColumn.encode(l.commissioner, .commissioner), l.leadCommissionerID, try JSONColumn.encode(l.providerIDs, .texts),
                                 l.source.rawValue, l.budget.pence, l.plannedOutput, try JSONColumn.encode(l.profile, .profile),
                                 l.budgetType.rawValue, l.arrangement.rawValue, try JSONColumn.encode(l.delegatedFunctions, .texts),
                                 l.description, l.isNewScheme])
        }
        for e in a.monitoring {
            try db.run("""
                INSERT INTO monitoringEntry (lineID, period, budgetToDatePence, actualToDatePence, forecastOutturnPence, commentary)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [e.lineID, e.period.description, e.budgetToDate.pence, e.actualToDate.pence,
                                 e.forecastOutturn.pence, e.commentary])
        }
        for (i, c) in a.contracts.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO contract (id, position, providerID, form, title, valuePence, paymentBasis, atRiskPence, payment, lineIDs)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [c.id, i, c.providerID, c.form.rawValue, c.title, c.value.pence, c.paymentBasis, c.atRisk.pence,
                                 try c.payment.map { try JSONColumn.encode($0, .payment) }, try JSONColumn.encode(c.lineIDs, .texts)])
        }
        for (i, m) in a.metrics.enumerated().map({ ($0.offset + first, $0.element) }) {
            var definition = m
            definition.values = []
            try db.run("INSERT INTO metric (id, position, body) VALUES (?, ?, ?)",
                           [m.id, i, try JSONColumn.encode(definition, .metricDefinition)])
            try insertValues(of: m, into: db)
        }
        for (i, b) in a.personalBudgets.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO personalBudget (id, position, person, lineID, planPence, healthBasisPoints, weeklyClientContributionPence, route)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [b.id, i, b.person, b.lineID, b.plan.pence, b.healthBasisPoints, b.weeklyClientContribution.pence,
                                 b.route.rawValue])
        }
        for (i, r) in a.ledgerRules.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO ledgerRule (id, position, costCentre, accountFrom, accountTo, supplier, lineID) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [r.id, i, r.costCentre, r.accountFrom, r.accountTo, r.supplier, r.lineID])
        }
        for (i, c) in a.chargeBacks.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO chargeBack (id, position, partnerID, lineID, amountPence, period, reason) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [c.id, i, c.partnerID, c.lineID, c.amount.pence, c.period.description, c.reason])
        }
        for (i, adjustment) in a.priorPeriodAdjustments.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO priorPeriodAdjustment (id, position, lineID, enteredIn, relatesTo, amountPence, reason) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [adjustment.id, i, adjustment.lineID, adjustment.enteredIn.description, adjustment.relatesTo.description,
                                 adjustment.amount.pence, adjustment.reason])
        }
        for (i, v) in a.budgetVariations.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO budgetVariation (id, position, fromLineID, toLineID, amountPence, effective, reason, partnerID, decision,
                  partnersApproval) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [v.id, i, v.fromLineID, v.toLineID, v.amount.pence, v.effective.description, v.reason, v.partnerID,
                                 v.decision, v.partnersApproval])
        }
        for (i, instalment) in a.contributionInstalments.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO contributionInstalment (id, position, contributionID, due, amountPence, receivedOn, receivedPence)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [instalment.id, i, instalment.contributionID, instalment.due.description, instalment.amount.pence,
                                 instalment.receivedOn?.description, instalment.received?.pence])
        }
        for (i, r) in a.risks.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO risk (id, position, title, owner, likelihood, impact, mitigation, trend, lineIDs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [r.id, i, r.title, r.owner, r.likelihood, r.impact, r.mitigation, r.trend.rawValue, try JSONColumn.encode(r.lineIDs, .texts)])
        }
        for (i, b) in a.bcfAnswers.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("INSERT INTO bcfReturnAnswers (id, position, conditions, achievements, challenges) VALUES (?, ?, ?, ?, ?)",
                       [b.id, i, try JSONColumn.encode(b.conditions, .conditions), b.achievements, b.challenges])
        }
        for (i, p) in a.settlementPayments.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO settlementPayment (id, position, year, fromPartnerID, toPartnerID, amountPence, due, invoice, paidOn)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [p.id, i, p.year.startYear, p.fromPartnerID, p.toPartnerID, p.amount.pence, p.due.description, p.invoice,
                      p.paidOn?.description])
        }
        for (i, p) in a.people.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("INSERT INTO person (account, position, otherAccounts, name, partnerID, roles, lines) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [p.account, i, try JSONColumn.encode(p.otherAccounts, .texts), p.name, p.partnerID,
                                       try JSONColumn.encode(p.roles.map(\.rawValue), .texts), try JSONColumn.encode(p.lines, .texts)])
        }
        for (i, s) in a.signOffs.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO signOff (id, position, signedBy, signedOn, covers, underDelegatedAuthority) VALUES (?, ?, ?, ?, ?, ?)
                """, [s.id, i, s.by, s.on.description, s.covers, s.underDelegatedAuthority])
        }
        for c in a.monthCloses {
            try db.run("INSERT INTO monthClose (period, closedOn, closedBy, firstReported, reopenings) VALUES (?, ?, ?, ?, ?)",
                           [c.period.description, c.closedOn.description, c.closedBy, try JSONColumn.encode(c.firstReported, .returns),
                                       try JSONColumn.encode(c.reopenings, .reopenings)])
        }
        for m in a.meetings {
            try db.run("""
                INSERT INTO meeting (date, attendance, period, stepReached, figures, approves, closed, nextMeeting, participation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [m.date.description, m.attendance, m.period.description, m.stepReached.name,
                                 try JSONColumn.encode(m.figures, .figures), try m.approves.map { try JSONColumn.encode($0, .minutesApproval) },
                                 try m.closed.map { try JSONColumn.encode($0, .meetingRecord) }, m.nextMeeting?.description,
                                 try JSONColumn.encode(m.participation, .participation)])
        }
        for (i, m) in a.minutes.enumerated().map({ ($0.offset + first, $0.element) }) {
            try db.run("""
                INSERT INTO minute (id, position, kind, meetingDate, item, text, owner, due, status, updates)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [m.id, i, m.kind.rawValue, m.meeting.description, m.item, m.text, m.owner, m.due?.description,
                                 m.status.rawValue, try JSONColumn.encode(m.updates, .minuteUpdates)])
        }
    }

    /// Inserts the recorded values of metric `m`.
    static func insertValues(of m: Metric, into db: Database) throws {
        for v in m.values {
            try db.run("""
                INSERT INTO metricValue (metricID, period, valueThousandths, basis, numerator, denominator) VALUES (?, ?, ?, ?, ?, ?)
                """, [m.id, v.period.storedName, v.value.thousandths, v.basis, v.numerator, v.denominator])
        }
    }
}
