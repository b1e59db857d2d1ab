/// A section 75 partnership agreement: its parties, term, governance and pooled fund.
///
/// The agreement is a plain value. Derived figures (totals, variances, RAG) are computed
/// from it by ``PoolSummary`` and ``LineMonitoring``; the store persists it and the
/// screens draw it.
public struct Agreement: Hashable, Sendable {
    /// Stable identifier, e.g. "northmoor-2025-26".
    public var id: String
    public var title: String
    /// The legal basis, e.g. "NHS Act 2006 s75; SI 2000/617".
    public var legalBasis: String
    /// The area covered, with its population.
    public var area: String
    public var start: DateOnly
    public var end: DateOnly
    /// How long a notice of termination must be, in months.
    public var noticeMonths: Int
    /// When a notice may expire, e.g. "31 March".
    public var noticeExpiry: String
    public var reviewNote: String
    /// The partners; exactly one of them hosts the pool.
    public var partners: [Partner]
    public var hostPartnerID: Partner.ID
    public var poolName: String
    /// The officer who manages the pool.
    public var pooledFundManager: String
    public var governance: Governance
    /// The risk reserve brought forward and held by the host.
    public var riskReserve: Money
    public var schedules: [Schedule]
    /// The month whose monitoring the screens show by default.
    public var reportingPeriod: Period
    /// The thresholds that turn a forecast variance into a RAG rating.
    public var financeRAG: FinanceRAGRule
    /// How year-end over- and underspends on the pooled revenue budget are shared (Schedule 3).
    public var riskShare: RiskShareRule
    /// The least the NHS minimum contribution must spend on adult social care.
    public var ascMinimum: Money
    /// Whether an overspend is shown as a positive variance (the default) or a negative one.
    public var signConvention: SignConvention

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

    public init(id: String, title: String, legalBasis: String, area: String, start: DateOnly, end: DateOnly,
                noticeMonths: Int, noticeExpiry: String, reviewNote: String, partners: [Partner],
                hostPartnerID: Partner.ID, poolName: String, pooledFundManager: String, governance: Governance,
                riskReserve: Money, schedules: [Schedule], reportingPeriod: Period,
                financeRAG: FinanceRAGRule = .standard,
                riskShare: RiskShareRule = RiskShareRule(overspend: .proportional, underspend: .returnProRata),
                ascMinimum: Money = .zero, signConvention: SignConvention = .overspendPositive, contributions: [Contribution] = [],
                lines: [SchemeLine] = [], monitoring: [MonitoringEntry] = [], providers: [Provider] = [],
                contracts: [Contract] = [], metrics: [Metric] = [], meetings: [Meeting] = [], minutes: [Minute] = [],
                personalBudgets: [IntegratedPersonalBudget] = [], ledgerRules: [LedgerRule] = [], chargeBacks: [ChargeBack] = []) {
        self.id = id
        self.title = title
        self.legalBasis = legalBasis
        self.area = area
        self.start = start
        self.end = end
        self.noticeMonths = noticeMonths
        self.noticeExpiry = noticeExpiry
        self.reviewNote = reviewNote
        self.partners = partners
        self.hostPartnerID = hostPartnerID
        self.poolName = poolName
        self.pooledFundManager = pooledFundManager
        self.governance = governance
        self.riskReserve = riskReserve
        self.schedules = schedules
        self.reportingPeriod = reportingPeriod
        self.financeRAG = financeRAG
        self.riskShare = riskShare
        self.ascMinimum = ascMinimum
        self.signConvention = signConvention
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
    }

    /// The financial year the agreement's reporting period falls in.
    public var financialYear: FinancialYear { reportingPeriod.financialYear }

    /// The partner with `id`, if any.
    public func partner(_ id: Partner.ID) -> Partner? { partners.first { $0.id == id } }

    /// The provider with `id`, if any.
    public func provider(_ id: Provider.ID) -> Provider? { providers[id: id] }

    /// The scheme line with `id`, if any.
    public func line(_ id: SchemeLine.ID) -> SchemeLine? { lines[id: id] }

    /// The host partner.
    public var host: Partner? { partner(hostPartnerID) }

    /// The scheme lines with revenue lines first, then capital, as tables list them.
    public var linesByLedger: [SchemeLine] { Ledger.allCases.flatMap { ledger in lines.filter { $0.ledger == ledger } } }

    /// The scheme lines' IDs in the same order, without copying the lines.
    public var lineIDsByLedger: [SchemeLine.ID] { Ledger.allCases.flatMap { ledger in lines.lazy.filter { $0.ledger == ledger }.map(\.id) } }

    /// The months that have monitoring entries, oldest first.
    public var monitoredPeriods: [Period] { monitoring.periods }

    /// The monitoring entry for `lineID` at `period`, if one was recorded.
    public func entry(for lineID: SchemeLine.ID, at period: Period) -> MonitoringEntry? {
        monitoring.entry(for: lineID, at: period)
    }
}
