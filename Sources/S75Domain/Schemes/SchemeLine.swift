/// One line of the expenditure plan: a scheme funded from one source and delivered by one provider.
///
/// A scheme may have several lines (S01a, S01b) when it draws on several sources.
public struct SchemeLine: Hashable, Sendable, Codable, Identifiable {
    /// Stable identifier, e.g. "S08a".
    public var id: String
    /// The scheme the line belongs to, e.g. "S08".
    public var schemeID: String
    public var name: String
    /// The BCF scheme type, e.g. "Home Care or Domiciliary Care".
    public var schemeType: String
    public var subType: String
    public var areaOfSpend: AreaOfSpend
    public var commissioner: Commissioner
    /// The partner that commissions the line and holds its contracts.
    public var leadCommissionerID: Partner.ID
    /// The providers that deliver the line (several for an alliance pool).
    public var providerIDs: [Provider.ID]
    public var source: FundingSource
    /// The annual budget as the agreement signed it. The budget in force at a month adds the variations effective by
    /// then (``Agreement/budget(of:at:)``); this figure itself is never varied.
    public var budget: Money
    /// The planned outputs, in words (e.g. "1,050 packages").
    public var plannedOutput: String
    /// How the annual budget is spread over the months.
    public var profile: BudgetProfile
    public var budgetType: BudgetType
    public var arrangement: CommissioningArrangement
    /// The statutory functions delegated for this line (e.g. "Care Act 2014 assessment").
    public var delegatedFunctions: [String]
    /// The scheme's brief description, as the planning template has it.
    public var description: String
    /// Whether the planning template calls the scheme new (true) or existing (false); nil when it does not say.
    public var isNewScheme: Bool?

    public init(id: String, schemeID: String, name: String, schemeType: String, subType: String,
                areaOfSpend: AreaOfSpend, commissioner: Commissioner, leadCommissionerID: Partner.ID,
                providerIDs: [Provider.ID], source: FundingSource, budget: Money, plannedOutput: String,
                profile: BudgetProfile = .straightLine, budgetType: BudgetType = .pooled,
                arrangement: CommissioningArrangement = .leadCommissioning, delegatedFunctions: [String] = [],
                description: String = "", isNewScheme: Bool? = nil) {
        self.id = id
        self.schemeID = schemeID
        self.name = name
        self.schemeType = schemeType
        self.subType = subType
        self.areaOfSpend = areaOfSpend
        self.commissioner = commissioner
        self.leadCommissionerID = leadCommissionerID
        self.providerIDs = providerIDs
        self.source = source
        self.budget = budget
        self.plannedOutput = plannedOutput
        self.profile = profile
        self.budgetType = budgetType
        self.arrangement = arrangement
        self.delegatedFunctions = delegatedFunctions
        self.description = description
        self.isNewScheme = isNewScheme
    }

    /// Revenue or capital, decided by the funding source.
    public var ledger: Ledger { source.ledger }
}

/// The BCF "area of spend" of a scheme line.
public enum AreaOfSpend: String, Hashable, Sendable, Codable, CaseIterable {
    case socialCare = "social-care"
    case communityHealth = "community-health"
    case mentalHealth = "mental-health"
    case continuingCare = "continuing-care"
    case primaryCare = "primary-care"
    case acute
    case other

    /// The template's name for the area.
    public var label: String {
        switch self {
        case .socialCare: "Social Care"
        case .communityHealth: "Community Health"
        case .mentalHealth: "Mental Health"
        case .continuingCare: "Continuing Care"
        case .primaryCare: "Primary Care"
        case .acute: "Acute"
        case .other: "Other"
        }
    }
}

/// Who commissions a line: the council, the ICB, or both jointly with an NHS share in basis points.
public enum Commissioner: Hashable, Sendable, Codable {
    case localAuthority
    case integratedCareBoard
    /// Joint commissioning; `nhsBasisPoints` is the NHS share in basis points, 4400 = 44%, 3333 = 33.33% (the council has the rest).
    case joint(nhsBasisPoints: Int64)

    /// "LA", "ICB" or "Joint 44/56".
    public var label: String {
        switch self {
        case .localAuthority: "LA"
        case .integratedCareBoard: "ICB"
        case .joint(let nhs): "Joint \(PercentText.number(nhs))/\(PercentText.number(10_000 - nhs))"
        }
    }

    private enum CodingKeys: String, CodingKey { case localAuthority, integratedCareBoard, joint }
    private enum JointKeys: String, CodingKey { case nhsBasisPoints, nhsPercent }

    /// Reads the synthesised shape that files written by s75 0.4 hold (`{"joint":{"nhsPercent":44}}`, whole per cent).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.joint) {
            let joint = try container.nestedContainer(keyedBy: JointKeys.self, forKey: .joint)
            if let percent = try joint.decodeIfPresent(Int64.self, forKey: .nhsPercent) {
                self = .joint(nhsBasisPoints: percent * 100)
            } else {
                self = .joint(nhsBasisPoints: try joint.decode(Int64.self, forKey: .nhsBasisPoints))
            }
        } else if container.contains(.integratedCareBoard) {
            self = .integratedCareBoard
        } else if container.contains(.localAuthority) {
            self = .localAuthority
        } else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath,
                                                                    debugDescription: "not a commissioner: no localAuthority, integratedCareBoard or joint"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .localAuthority: _ = container.nestedContainer(keyedBy: JointKeys.self, forKey: .localAuthority)
        case .integratedCareBoard: _ = container.nestedContainer(keyedBy: JointKeys.self, forKey: .integratedCareBoard)
        case .joint(let nhs):
            var joint = container.nestedContainer(keyedBy: JointKeys.self, forKey: .joint)
            try joint.encode(nhs, forKey: .nhsBasisPoints)
        }
    }
}

/// How an annual budget is spread over the twelve months of the financial year.
public enum BudgetProfile: Hashable, Sendable, Codable {
    /// Equal twelfths: month m has m/12 of the budget to date.
    case straightLine
    /// Paid at year end: nothing is due until month 12.
    case yearEnd
    /// A custom cumulative profile: the percentage of the budget due by each month (12 values, ending at 100).
    case cumulativePercent([Int])

    /// The part of `budget` due by month `monthOfYear` (1 = April), in whole pounds until month 12.
    ///
    /// Finance systems profile in whole pounds: the year-to-date budget at month m is the budget × m/12
    /// (straight line) or × the month's cumulative percentage (custom), rounded down to the pound; month
    /// 12 is the whole budget. So every month's own amount is whole pounds, the twelve add up exactly to
    /// the budget, and a total of lines' year-to-date figures is exactly what each line shows.
    public func budgetToDate(_ budget: Money, monthOfYear: Int) -> Money {
        guard monthOfYear < 12 else { return budget }
        let pounds = budget.pence / 100
        switch self {
        case .straightLine:
            return .pounds(pounds * Int64(max(monthOfYear, 0)) / 12)
        case .yearEnd:
            return .zero
        case .cumulativePercent(let percents):
            guard monthOfYear >= 1, !percents.isEmpty else { return .zero }
            return .pounds(pounds * Int64(percents[min(monthOfYear, percents.count) - 1]) / 100)
        }
    }

    /// The share of the year's budget due by month `monthOfYear` (0 = none yet, 12 = the year), as a fraction
    /// `due / whole`: m/12 on a straight line, the month's percentage on a custom profile, nothing until month 12 at
    /// year end.
    public func shareDue(byMonth monthOfYear: Int) -> (due: Int64, whole: Int64) {
        guard monthOfYear >= 1 else { return (0, 1) }
        guard monthOfYear < 12 else { return (1, 1) }
        switch self {
        case .straightLine: return (Int64(monthOfYear), 12)
        case .yearEnd: return (0, 1)
        case .cumulativePercent(let percents):
            return percents.isEmpty ? (0, 1) : (Int64(percents[min(monthOfYear, percents.count) - 1]), 100)
        }
    }

    /// The part of a variation of `amount`, effective from month `effective`, that is due by month `monthOfYear`: the
    /// months before it keep what they had, and the amount is spread over the months from `effective` to 12 in the
    /// proportions the profile gives those months, rounded towards zero to the pound until month 12, which has it all.
    public func variationToDate(_ amount: Money, effective: Int, monthOfYear: Int) -> Money {
        guard monthOfYear >= effective else { return .zero }
        guard monthOfYear < 12 else { return amount }
        let before = shareDue(byMonth: effective - 1), now = shareDue(byMonth: monthOfYear)
        // (now − before) / (1 − before), each share over its own whole: cross-multiplied to stay in integers
        let numerator = now.due * before.whole - before.due * now.whole
        let denominator = now.whole * (before.whole - before.due)
        guard denominator > 0 else { return amount }
        return .pounds(Int64(clamping: Int128(amount.pence / 100) * Int128(numerator) / Int128(denominator)))
    }

    /// A one-line description ("straight-line", "year-end", "custom: 60% by month 9").
    public var label: String {
        switch self {
        case .straightLine: "straight line (twelfths, whole pounds)"
        case .yearEnd: "paid at year end (month 12)"
        case .cumulativePercent: "custom cumulative profile"
        }
    }
}
