/// A section 75 partnership agreement: its parties, term, governance and pooled fund.
///
/// The agreement is a plain value. Derived figures (totals, variances, RAG) are computed
/// from it by ``PoolSummary`` and ``LineMonitoring``; the store persists it and the
/// screens draw it.
@dynamicMemberLookup
public struct Agreement: Hashable, Sendable {
    /// Its identity, term, governance and rules: everything but its partners and records, edited as one record.
    /// Each is read and written as a property of the agreement itself (`a.title`, `a.reportingPeriod`).
    public var details: AgreementDetails
    /// The partners; exactly one of them hosts the pool.
    public var partners: [Partner]

    public var contributions: [Contribution]
    public var lines: RecordList<SchemeLine>
    public var monitoring: MonitoringReturns
    public var providers: RecordList<Provider>
    public var contracts: RecordList<Contract>
    public var metrics: RecordList<Metric>
    /// The board's meetings, and the decisions and actions they recorded.
    public var meetings: [Meeting]
    public var minutes: [Minute]
    /// Integrated personal budgets funded from the pool's lines.
    public var personalBudgets: [IntegratedPersonalBudget]
    /// The rules that map ledger transactions to scheme lines.
    public var ledgerRules: [LedgerRule]
    /// Unauthorised spend charged back to the partner responsible (Schedule 3).
    public var chargeBacks: [ChargeBack]
    /// The months closed once reported, oldest first, each with its history of reopenings.
    public var monthCloses: [MonthClose]
    /// Corrections to closed months, each entered in a later open month with its reason.
    public var priorPeriodAdjustments: [PriorPeriodAdjustment]
    /// Dated changes to the lines' budgets, in the order they were made.
    public var budgetVariations: [BudgetVariation]
    /// The contributions' instalments: what is due when, and what was received.
    public var contributionInstalments: [ContributionInstalment]
    /// The people the agreement names, with their accounts and roles; none: one trusted team.
    public var people: [Person]
    /// Signatures on months and minutes, each with the figures it covers.
    public var signOffs: [SignOff]
    /// The payments between partners that settle each year's risk share.
    public var settlementPayments: [SettlementPayment]
    /// What each BCF return answers besides its figures: the national conditions and the narrative.
    public var bcfAnswers: [BCFReturnAnswers]
    /// The board's risk register.
    public var risks: [Risk]

    public init(id: String, title: String, legalBasis: String, area: String, start: DateOnly, end: DateOnly,
                noticeMonths: Int, noticeExpiry: String, reviewNote: String, partners: [Partner],
                hostPartnerID: Partner.ID, poolName: String, pooledFundManager: String, governance: Governance,
                riskReserve: Money, schedules: [Schedule], reportingPeriod: Period,
                financeRAG: FinanceRAGRule = .standard,
                riskShare: RiskShareRule = RiskShareRule(overspend: .proportional, underspend: .returnProRata),
                ascMinimum: Money = .zero, signConvention: SignConvention = .overspendPositive, contributions: [Contribution] = [],
                lines: [SchemeLine] = [], monitoring: [MonitoringEntry] = [], providers: [Provider] = [],
                contracts: [Contract] = [], metrics: [Metric] = [], meetings: [Meeting] = [], minutes: [Minute] = [],
                personalBudgets: [IntegratedPersonalBudget] = [], ledgerRules: [LedgerRule] = [], chargeBacks: [ChargeBack] = [],
                monthCloses: [MonthClose] = [], priorPeriodAdjustments: [PriorPeriodAdjustment] = [],
                budgetVariations: [BudgetVariation] = [], contributionInstalments: [ContributionInstalment] = [],
                people: [Person] = [], signOffs: [SignOff] = [], settlementPayments: [SettlementPayment] = [],
                bcfAnswers: [BCFReturnAnswers] = [], risks: [Risk] = []) {
        self.details = AgreementDetails(id: id, title: title, legalBasis: legalBasis, area: area, start: start, end: end,
                                        noticeMonths: noticeMonths, noticeExpiry: noticeExpiry, reviewNote: reviewNote,
                                        hostPartnerID: hostPartnerID, poolName: poolName, pooledFundManager: pooledFundManager,
                                        governance: governance, riskReserve: riskReserve, schedules: schedules,
                                        reportingPeriod: reportingPeriod, financeRAG: financeRAG, riskShare: riskShare,
                                        ascMinimum: ascMinimum, signConvention: signConvention)
        self.partners = partners
        self.contributions = contributions
        self.lines = RecordList(lines)
        self.monitoring = MonitoringReturns(monitoring)
        self.providers = RecordList(providers)
        self.contracts = RecordList(contracts)
        self.metrics = RecordList(metrics)
        self.meetings = meetings
        self.minutes = minutes
        self.personalBudgets = personalBudgets
        self.ledgerRules = ledgerRules
        self.chargeBacks = chargeBacks
        self.monthCloses = monthCloses
        self.priorPeriodAdjustments = priorPeriodAdjustments
        self.budgetVariations = budgetVariations
        self.contributionInstalments = contributionInstalments
        self.people = people
        self.signOffs = signOffs
        self.settlementPayments = settlementPayments
        self.bcfAnswers = bcfAnswers
        self.risks = risks
    }

    /// A detail of the agreement (`a.title`), read and written in ``details``.
    public subscript<Value>(dynamicMember path: WritableKeyPath<AgreementDetails, Value>) -> Value {
        get { details[keyPath: path] }
        set { details[keyPath: path] = newValue }
    }

    /// The financial year the agreement's reporting period falls in.
    public var financialYear: FinancialYear { self.reportingPeriod.financialYear }

    /// The partner with `id`, if any.
    public func partner(_ id: Partner.ID) -> Partner? { partners.first { $0.id == id } }

    /// The provider with `id`, if any.
    public func provider(_ id: Provider.ID) -> Provider? { providers[id: id] }

    /// The scheme line with `id`, if any.
    public func line(_ id: SchemeLine.ID) -> SchemeLine? { lines[id: id] }

    /// The host partner.
    public var host: Partner? { partner(self.hostPartnerID) }

    /// The scheme lines with revenue lines first, then capital, as tables list them.
    public var linesByLedger: [SchemeLine] { Ledger.allCases.flatMap { ledger in lines.filter { $0.ledger == ledger } } }

    /// The scheme lines' IDs in the same order, without copying the lines.
    public var lineIDsByLedger: [SchemeLine.ID] {
        var ids: [SchemeLine.ID] = []
        ids.reserveCapacity(lines.count)
        for ledger in Ledger.allCases {
            lines.records.withUnsafeBufferPointer { records in
                for index in records.indices where records[index].ledger == ledger { ids.append(records[index].id) }
            }
        }
        return ids
    }

    /// The months that have monitoring entries, oldest first.
    public var monitoredPeriods: [Period] { monitoring.periods }

    /// The monitoring entry for `lineID` at `period`, if one was recorded.
    public func entry(for lineID: SchemeLine.ID, at period: Period) -> MonitoringEntry? {
        monitoring.entry(for: lineID, at: period)
    }
}
