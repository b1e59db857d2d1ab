/// The agreement's own fields (everything but its lists of records): what the details form edits.
public struct AgreementDetails: Hashable, Sendable {
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
    /// The partner that hosts the pool.
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

    public init(id: String, title: String, legalBasis: String, area: String, start: DateOnly, end: DateOnly, noticeMonths: Int,
                noticeExpiry: String, reviewNote: String, hostPartnerID: Partner.ID, poolName: String, pooledFundManager: String,
                governance: Governance, riskReserve: Money, schedules: [Schedule], reportingPeriod: Period, financeRAG: FinanceRAGRule,
                riskShare: RiskShareRule, ascMinimum: Money, signConvention: SignConvention) {
        self.id = id
        self.title = title
        self.legalBasis = legalBasis
        self.area = area
        self.start = start
        self.end = end
        self.noticeMonths = noticeMonths
        self.noticeExpiry = noticeExpiry
        self.reviewNote = reviewNote
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
    }
}
