/// The agreement's own fields (everything but its lists of records): what the details form edits.
public struct AgreementDetails: Hashable, Sendable {
    public var id: String
    public var title: String
    public var legalBasis: String
    public var area: String
    public var start: DateOnly
    public var end: DateOnly
    public var noticeMonths: Int
    public var noticeExpiry: String
    public var reviewNote: String
    public var hostPartnerID: Partner.ID
    public var poolName: String
    public var pooledFundManager: String
    public var governance: Governance
    public var riskReserve: Money
    public var schedules: [Schedule]
    public var reportingPeriod: Period
    public var financeRAG: FinanceRAGRule
    public var riskShare: RiskShareRule
    public var ascMinimum: Money
    public var signConvention: SignConvention

    /// The details of `a`.
    public init(_ a: Agreement) {
        id = a.id
        title = a.title
        legalBasis = a.legalBasis
        area = a.area
        start = a.start
        end = a.end
        noticeMonths = a.noticeMonths
        noticeExpiry = a.noticeExpiry
        reviewNote = a.reviewNote
        hostPartnerID = a.hostPartnerID
        poolName = a.poolName
        pooledFundManager = a.pooledFundManager
        governance = a.governance
        riskReserve = a.riskReserve
        schedules = a.schedules
        reportingPeriod = a.reportingPeriod
        financeRAG = a.financeRAG
        riskShare = a.riskShare
        ascMinimum = a.ascMinimum
        signConvention = a.signConvention
    }

    /// `a` with these details.
    public func applied(to a: Agreement) -> Agreement {
        var a = a
        a.id = id
        a.title = title
        a.legalBasis = legalBasis
        a.area = area
        a.start = start
        a.end = end
        a.noticeMonths = noticeMonths
        a.noticeExpiry = noticeExpiry
        a.reviewNote = reviewNote
        a.hostPartnerID = hostPartnerID
        a.poolName = poolName
        a.pooledFundManager = pooledFundManager
        a.governance = governance
        a.riskReserve = riskReserve
        a.schedules = schedules
        a.reportingPeriod = reportingPeriod
        a.financeRAG = financeRAG
        a.riskShare = riskShare
        a.ascMinimum = ascMinimum
        a.signConvention = signConvention
        return a
    }
}
