import GRDB
import S75Domain

/// Reads the agreement back from the store (the whole of it, or what one edit's check needs), checking every stored
/// code as it goes.
struct AgreementReader {
    let db: Database
    let path: String

    func read() throws -> Agreement {
        var a = try details()
        // the metrics' definitions are JSON, the slowest part of an agreement to decode: their texts are read first and
        // decoded on the other core while this one reads the rest (decision 77)
        let definitions = try metricDefinitions(), path = self.path
        let decoded = Concurrently { try definitions.map { try JSONColumn.decode(.metricDefinition, from: $0, path: path, column: "metric") } }
        a.contributions = try contributions()
        a.lines = RecordList(try lines())
        // the returns are indexed on the other core too, once it has decoded the definitions, while this one reads on
        let returns = try monitoring()
        let indexed = Concurrently { MonitoringReturns(returns) }
        a.providers = RecordList(try providers())
        a.contracts = RecordList(try contracts())
        a.metrics = RecordList(try withValues(try decoded.value()))
        a.meetings = try meetings()
        a.minutes = try minutes()
        a.personalBudgets = try personalBudgets()
        a.ledgerRules = try ledgerRules()
        a.chargeBacks = try chargeBacks()
        a.monthCloses = try monthCloses()
        a.priorPeriodAdjustments = try priorPeriodAdjustments()
        a.budgetVariations = try budgetVariations()
        a.contributionInstalments = try contributionInstalments()
        a.settlementPayments = try settlementPayments()
        a.bcfAnswers = try bcfAnswers()
        a.risks = try risks()
        a.signOffs = try signOffs()
        a.monitoring = indexed.value()
        return a
    }

    /// What checking an edit of the record with `key` needs: for a monthly return, the agreement's details with the
    /// return's line, the return itself and its month's close (the check asks only that the line exists, the month is in
    /// the term and open); for a month's close, the lines and the month's returns; for a meeting, every meeting and the
    /// minutes that refer to it; for any other record, the whole agreement, as the checks of lines, contracts and
    /// removals look across it.
    func read(for key: RecordKey) throws -> Agreement {
        switch key {
        case .monitoring(let line, let period):
            var a = try details()
            a.lines = RecordList(try lines(where: "WHERE id = ?", [line]))
            a.monitoring = MonitoringReturns(try monitoring(where: "WHERE lineID = ? AND period = ?", [line, period.description]))
            a.monthCloses = try monthCloses(where: "WHERE period = ?", [period.description])
            return a
        case .monthClose(let period):
            var a = try details()
            a.lines = RecordList(try lines())
            a.monitoring = MonitoringReturns(try monitoring(where: "WHERE period = ?", [period.description]))
            a.monthCloses = try monthCloses(where: "WHERE period = ?", [period.description])
            return a
        case .meeting(let date):
            var a = try details()
            a.meetings = try meetings()  // every meeting, as a meeting's approval of earlier minutes is checked against them
            a.minutes = try minutes(where: "WHERE meetingDate = ?", [date.description])
            return a
        default:
            return try read()
        }
    }

    /// The people and their roles: read with the details, as every write is checked against them.
    private func people() throws -> [Person] {
        try Row.fetchAll(db, sql: "SELECT * FROM person ORDER BY position").map {
            Person(account: $0["account"], otherAccounts: try JSONColumn.decode(.texts, from: $0["otherAccounts"], path: path, column: "otherAccounts"),
                   name: $0["name"], partnerID: $0["partnerID"],
                   roles: try JSONColumn.decode(.texts, from: $0["roles"], path: path, column: "roles").map { try parse($0, "roles", Role.init(rawValue:)) },
                   lines: try JSONColumn.decode(.texts, from: $0["lines"], path: path, column: "lines"))
        }
    }

    /// The agreement's details, partners and people, with no records: what deciding who may write needs.
    func details() throws -> Agreement {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM agreement LIMIT 1") else {
            throw StoreError(.empty, path: path)
        }
        return Agreement(
            id: row["id"], title: row["title"], legalBasis: row["legalBasis"], area: row["area"],
            start: try parse(row["start"], "start", DateOnly.init), end: try parse(row["end"], "end", DateOnly.init),
            noticeMonths: row["noticeMonths"], noticeExpiry: row["noticeExpiry"], reviewNote: row["reviewNote"],
            partners: try partners(), hostPartnerID: row["hostPartnerID"], poolName: row["poolName"],
            pooledFundManager: row["pooledFundManager"],
            governance: try JSONColumn.decode(.governance, from: row["governance"], path: path, column: "governance"),
            riskReserve: Money(pence: row["riskReservePence"]),
            schedules: try JSONColumn.decode(.schedules, from: row["schedules"], path: path, column: "schedules"),
            reportingPeriod: try parse(row["reportingPeriod"], "reportingPeriod", Period.init),
            financeRAG: try JSONColumn.decode(.financeRAG, from: row["financeRAG"], path: path, column: "financeRAG"),
            riskShare: try (row["riskShare"] as String?).map {
                try JSONColumn.decode(.riskShare, from: $0, path: path, column: "riskShare")
            } ?? RiskShareRule(overspend: .proportional, underspend: .returnProRata),
            ascMinimum: Money(pence: row["ascMinimumPence"]),
            signConvention: try code(row["signConvention"], "signConvention"), people: try people())
    }

    private func parse<T>(_ text: String, _ column: String, _ make: (String) -> T?) throws -> T {
        guard let value = make(text) else { throw StoreError(.invalidData("column \(column)"), path: path) }
        return value
    }

    private func code<T: RawRepresentable>(_ text: String, _ column: String) throws -> T where T.RawValue == String {
        try parse(text, column, T.init(rawValue:))
    }

    private func partners() throws -> [Partner] {
        try Row.fetchAll(db, sql: "SELECT * FROM partner ORDER BY position").map {
            Partner(id: $0["id"], name: $0["name"], shortName: $0["shortName"], kind: try code($0["kind"], "kind"), role: $0["role"])
        }
    }

    func contributions(where filter: String = "", _ arguments: StatementArguments = []) throws -> [Contribution] {
        try Row.fetchAll(db, sql: "SELECT * FROM contribution \(filter) ORDER BY position", arguments: arguments).map {
            Contribution(id: $0["id"], partnerID: $0["partnerID"], source: try code($0["source"], "source"),
                         amount: Money(pence: $0["amountPence"]), notes: $0["notes"])
        }
    }

    private func providers() throws -> [Provider] {
        try inPositionOrder(Row.fetchCursor(db, sql: "SELECT * FROM provider ORDER BY rowid").map {
            (position: $0["position"], value: Provider(id: $0["id"], name: $0["name"], providerType: $0["providerType"],
                                                       allianceShareBasisPoints: $0["allianceShareBasisPoints"]))
        })
    }

    /// The scheme lines, their columns read by position: they are many, and a lookup by name costs more than the value.
    func lines(where filter: String = "", _ arguments: StatementArguments = []) throws -> [SchemeLine] {
        let commissioners = DecodedColumn(.commissioner, column: "commissioner", path: path)
        let providerIDs = DecodedColumn(.texts, column: "providerIDs", path: path)
        let profiles = DecodedColumn(.profile, column: "profile", path: path)
        let functions = DecodedColumn(.texts, column: "delegatedFunctions", path: path)
        return try inPositionOrder(Row.fetchCursor(db, sql: """
            SELECT id, schemeID, name, schemeType, subType, areaOfSpend, commissioner, leadCommissionerID, providerIDs, source,
              budgetPence, plannedOutput, profile, budgetType, arrangement, delegatedFunctions, description, isNewScheme, position
            FROM schemeLine \(filter) ORDER BY rowid
            """, arguments: arguments).map {
            (position: $0[18], value: SchemeLine(id: $0[0], schemeID: $0[1], name: $0[2], schemeType: $0[3], subType: $0[4], areaOfSpend: try code($0[5], "areaOfSpend"),
                       commissioner: try commissioners.value($0[6]), leadCommissionerID: $0[7], providerIDs: try providerIDs.value($0[8]),
                       source: try code($0[9], "source"), budget: Money(pence: $0[10]), plannedOutput: $0[11],
                       profile: try profiles.value($0[12]), budgetType: try code($0[13], "budgetType"),
                       arrangement: try code($0[14], "arrangement"), delegatedFunctions: try functions.value($0[15]),
                       description: $0[16], isNewScheme: $0[17]))
        })
    }

    /// The returns in the order they were recorded (as the server keeps them): the most numerous records, so their columns
    /// are read by position and each month's text is parsed once (a year has a dozen, found faster by comparing than by
    /// hashing). They are not sorted: SQLite sorting 60,000 whole rows took 38 ms, most of the opening's read.
    func monitoring(where filter: String = "", _ arguments: StatementArguments = []) throws -> [MonitoringEntry] {
        var periods: [(text: String, period: Period)] = []
        var entries: [MonitoringEntry] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT lineID, period, budgetToDatePence, actualToDatePence, forecastOutturnPence, commentary
            FROM monitoringEntry \(filter) ORDER BY rowid
            """, arguments: arguments)
        while let row = try rows.next() {
            let text: String = row[1]
            let period = try periods.first { $0.text == text }?.period ?? {
                let period = try parse(text, "period", Period.init)
                periods.append((text, period))
                return period
            }()
            entries.append(MonitoringEntry(lineID: row[0], period: period, budgetToDate: Money(pence: row[2]),
                                           actualToDate: Money(pence: row[3]), forecastOutturn: Money(pence: row[4]), commentary: row[5]))
        }
        return entries
    }

    /// The contracts, their columns read by position, as the lines' are.
    private func contracts() throws -> [Contract] {
        let lineIDs = DecodedColumn(.texts, column: "lineIDs", path: path)
        let payments = DecodedColumn(.payment, column: "payment", path: path)
        return try inPositionOrder(Row.fetchCursor(db, sql: """
            SELECT id, providerID, form, title, valuePence, paymentBasis, atRiskPence, payment, lineIDs, position FROM contract ORDER BY rowid
            """).map {
            (position: $0[9], value: Contract(id: $0[0], providerID: $0[1], form: try code($0[2], "form"), title: $0[3],
                                              value: Money(pence: $0[4]), paymentBasis: $0[5], atRisk: Money(pence: $0[6]),
                                              payment: try ($0[7] as String?).map(payments.value), lines: try lineIDs.value($0[8])))
        })
    }

    private func meetings(where filter: String = "", _ arguments: StatementArguments = []) throws -> [Meeting] {
        try Row.fetchAll(db, sql: "SELECT * FROM meeting \(filter) ORDER BY date", arguments: arguments).map {
            Meeting(date: try parse($0["date"], "date", DateOnly.init), attendance: $0["attendance"],
                    period: try parse($0["period"], "period", Period.init),
                    stepReached: try parse($0["stepReached"], "stepReached", WalkStep.init(name:)),
                    figures: try JSONColumn.decode(.figures, from: $0["figures"], path: path, column: "figures"),
                    nextMeeting: try ($0["nextMeeting"] as String?).map { try parse($0, "nextMeeting", DateOnly.init) },
                    approves: try ($0["approves"] as String?).map { try JSONColumn.decode(.minutesApproval, from: $0, path: path, column: "approves") },
                    closed: try ($0["closed"] as String?).map { try JSONColumn.decode(.meetingRecord, from: $0, path: path, column: "closed") },
                    participation: try JSONColumn.decode(.participation, from: $0["participation"], path: path, column: "participation"))
        }
    }

    private func personalBudgets() throws -> [IntegratedPersonalBudget] {
        try Row.fetchAll(db, sql: "SELECT * FROM personalBudget ORDER BY position").map {
            IntegratedPersonalBudget(id: $0["id"], person: $0["person"], lineID: $0["lineID"], plan: Money(pence: $0["planPence"]),
                                     healthBasisPoints: $0["healthBasisPoints"],
                                     weeklyClientContribution: Money(pence: $0["weeklyClientContributionPence"]), route: try code($0["route"], "route"))
        }
    }

    private func chargeBacks() throws -> [ChargeBack] {
        try Row.fetchAll(db, sql: "SELECT * FROM chargeBack ORDER BY position").map {
            ChargeBack(id: $0["id"], partnerID: $0["partnerID"], lineID: $0["lineID"], amount: Money(pence: $0["amountPence"]),
                       period: try parse($0["period"], "period", Period.init), reason: $0["reason"])
        }
    }

    private func monthCloses(where filter: String = "", _ arguments: StatementArguments = []) throws -> [MonthClose] {
        try Row.fetchAll(db, sql: "SELECT * FROM monthClose \(filter) ORDER BY period", arguments: arguments).map {
            MonthClose(period: try parse($0["period"], "period", Period.init), closedOn: try parse($0["closedOn"], "closedOn", DateOnly.init),
                       closedBy: $0["closedBy"],
                       firstReported: try JSONColumn.decode(.returns, from: $0["firstReported"], path: path, column: "firstReported"),
                       reopenings: try JSONColumn.decode(.reopenings, from: $0["reopenings"], path: path, column: "reopenings"))
        }
    }

    private func priorPeriodAdjustments() throws -> [PriorPeriodAdjustment] {
        try Row.fetchAll(db, sql: "SELECT * FROM priorPeriodAdjustment ORDER BY position").map {
            PriorPeriodAdjustment(id: $0["id"], lineID: $0["lineID"], enteredIn: try parse($0["enteredIn"], "enteredIn", Period.init),
                                  relatesTo: try parse($0["relatesTo"], "relatesTo", Period.init), amount: Money(pence: $0["amountPence"]),
                                  reason: $0["reason"])
        }
    }

    private func budgetVariations() throws -> [BudgetVariation] {
        try Row.fetchAll(db, sql: "SELECT * FROM budgetVariation ORDER BY position").map {
            BudgetVariation(id: $0["id"], fromLineID: $0["fromLineID"], toLineID: $0["toLineID"], amount: Money(pence: $0["amountPence"]),
                            effective: try parse($0["effective"], "effective", Period.init), reason: $0["reason"],
                            partnerID: $0["partnerID"], decision: $0["decision"], partnersApproval: $0["partnersApproval"])
        }
    }

    private func signOffs() throws -> [SignOff] {
        try Row.fetchAll(db, sql: "SELECT * FROM signOff ORDER BY position").map {
            SignOff(scope: try parse($0["id"], "id", SignOff.Scope.init(id:)), by: $0["signedBy"],
                    on: try parse($0["signedOn"], "signedOn", DateOnly.init), covers: $0["covers"],
                    underDelegatedAuthority: $0["underDelegatedAuthority"])
        }
    }

    private func contributionInstalments() throws -> [ContributionInstalment] {
        try Row.fetchAll(db, sql: "SELECT * FROM contributionInstalment ORDER BY position").map {
            ContributionInstalment(id: $0["id"], contributionID: $0["contributionID"], due: try parse($0["due"], "due", DateOnly.init),
                                   amount: Money(pence: $0["amountPence"]),
                                   receivedOn: try ($0["receivedOn"] as String?).map { try parse($0, "receivedOn", DateOnly.init) },
                                   received: ($0["receivedPence"] as Int64?).map(Money.init(pence:)))
        }
    }

    private func risks() throws -> [Risk] {
        try Row.fetchAll(db, sql: "SELECT * FROM risk ORDER BY position").map {
            Risk(id: $0["id"], title: $0["title"], owner: $0["owner"], likelihood: $0["likelihood"], impact: $0["impact"],
                 mitigation: $0["mitigation"], trend: try parse($0["trend"], "trend", Risk.Trend.init(rawValue:)),
                 lineIDs: try JSONColumn.decode(.texts, from: $0["lineIDs"], path: path, column: "lineIDs"))
        }
    }

    private func bcfAnswers() throws -> [BCFReturnAnswers] {
        try Row.fetchAll(db, sql: "SELECT * FROM bcfReturnAnswers ORDER BY position").map {
            var answers = try parse($0["id"], "id", BCFReturnAnswers.init(id:))
            answers.conditions = try JSONColumn.decode(.conditions, from: $0["conditions"], path: path, column: "conditions")
            (answers.achievements, answers.challenges) = ($0["achievements"], $0["challenges"])
            return answers
        }
    }

    private func settlementPayments() throws -> [SettlementPayment] {
        try Row.fetchAll(db, sql: "SELECT * FROM settlementPayment ORDER BY position").map {
            SettlementPayment(id: $0["id"], year: FinancialYear(startYear: $0["year"]), from: $0["fromPartnerID"], to: $0["toPartnerID"],
                              amount: Money(pence: $0["amountPence"]), due: try parse($0["due"], "due", DateOnly.init), invoice: $0["invoice"],
                              paidOn: try ($0["paidOn"] as String?).map { try parse($0, "paidOn", DateOnly.init) })
        }
    }

    private func ledgerRules() throws -> [LedgerRule] {
        try Row.fetchAll(db, sql: "SELECT * FROM ledgerRule ORDER BY position").map {
            LedgerRule(id: $0["id"], costCentre: $0["costCentre"], accountFrom: $0["accountFrom"], accountTo: $0["accountTo"],
                       supplier: $0["supplier"], lineID: $0["lineID"])
        }
    }

    private func minutes(where filter: String = "", _ arguments: StatementArguments = []) throws -> [Minute] {
        try Row.fetchAll(db, sql: "SELECT * FROM minute \(filter) ORDER BY position", arguments: arguments).map {
            Minute(id: $0["id"], kind: try code($0["kind"], "kind"), meeting: try parse($0["meetingDate"], "meetingDate", DateOnly.init),
                   item: $0["item"], text: $0["text"], owner: $0["owner"],
                   due: try ($0["due"] as String?).map { try parse($0, "due", DateOnly.init) }, status: try code($0["status"], "status"),
                   updates: try JSONColumn.decode(.minuteUpdates, from: $0["updates"], path: path, column: "updates"))
        }
    }

    /// The metrics' definitions as stored, in their order: JSON texts, decoded by the caller.
    private func metricDefinitions() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT body FROM metric ORDER BY position")
    }

    /// Values read in the table's own order, each with its position, put in the order of their positions. A record is
    /// written after those before it, so the two orders are almost always one and the values are kept as read; SQLite
    /// sorting 5,000 whole lines by position took 7 ms.
    private func inPositionOrder<Rows: Cursor, Value>(_ rows: Rows) throws -> [Value] where Rows.Element == (position: Int, value: Value) {
        var (positions, values) = ([Int](), [Value]())
        while let (position, value) = try rows.next() {
            positions.append(position)
            values.append(value)
        }
        if zip(positions, positions.dropFirst()).allSatisfy({ $0 < $1 }) { return values }
        return positions.indices.sorted { positions[$0] < positions[$1] }.map { values[$0] }
    }

    /// `metrics` with their values, each metric's in period order. The values are many, so their columns are read by
    /// position.
    private func withValues(_ metrics: [Metric]) throws -> [Metric] {
        var values: [Metric.ID: [MetricValue]] = [:]  // grouped once, not searched for each metric, and sorted by period
        let rows = try Row.fetchCursor(db, sql: """
            SELECT metricID, period, valueThousandths, basis, numerator, denominator FROM metricValue ORDER BY rowid
            """)
        while let row = try rows.next() {
            values[row[0], default: []].append(
                MetricValue(period: try parse(row[1], "period", MetricPeriod.init(storedName:)), value: MetricNumber(thousandths: row[2]),
                            basis: row[3], numerator: row[4], denominator: row[5]))
        }
        return metrics.map { metric in
            var metric = metric
            metric.values = (values[metric.id] ?? []).sorted { $0.period < $1.period }
            return metric
        }
    }
}
