/// One line of the expenditure plan: a scheme funded from one source and delivered by one provider.
///
/// A scheme may have several lines (S01a, S01b) when it draws on several sources.
public struct SchemeLine: Hashable, Sendable, Codable, Identifiable, CustomReflectable {
    /// The line's fields, shared by its copies until one of them is changed. A line is copied far more often than it is
    /// changed (by every filter of the lines, and by the state that keeps the agreement a change replaces), and a copy is
    /// then one reference rather than a dozen strings and lists.
    private var storage: Storage

    /// Stable identifier, e.g. "S08a".
    public var id: String { get { storage.fields.id } set { change { $0.id = newValue } } }
    /// The scheme the line belongs to, e.g. "S08".
    public var schemeID: String { get { storage.fields.schemeID } set { change { $0.schemeID = newValue } } }
    public var name: String { get { storage.fields.name } set { change { $0.name = newValue } } }
    /// The BCF scheme type, e.g. "Home Care or Domiciliary Care".
    public var schemeType: String { get { storage.fields.schemeType } set { change { $0.schemeType = newValue } } }
    public var subType: String { get { storage.fields.subType } set { change { $0.subType = newValue } } }
    public var areaOfSpend: AreaOfSpend { get { storage.fields.areaOfSpend } set { change { $0.areaOfSpend = newValue } } }
    public var commissioner: Commissioner { get { storage.fields.commissioner } set { change { $0.commissioner = newValue } } }
    /// The partner that commissions the line and holds its contracts.
    public var leadCommissionerID: Partner.ID { get { storage.fields.leadCommissionerID } set { change { $0.leadCommissionerID = newValue } } }
    /// The providers that deliver the line (several for an alliance pool).
    public var providerIDs: [Provider.ID] { get { storage.fields.providerIDs } set { change { $0.providerIDs = newValue } } }
    public var source: FundingSource { get { storage.fields.source } set { change { $0.source = newValue } } }
    /// The annual budget as the agreement signed it. The budget in force at a month adds the variations effective by
    /// then (``Agreement/budget(of:at:)``); this figure itself is never varied.
    public var budget: Money { get { storage.fields.budget } set { change { $0.budget = newValue } } }
    /// The planned outputs, in words (e.g. "1,050 packages").
    public var plannedOutput: String { get { storage.fields.plannedOutput } set { change { $0.plannedOutput = newValue } } }
    /// How the annual budget is spread over the months.
    public var profile: BudgetProfile { get { storage.fields.profile } set { change { $0.profile = newValue } } }
    public var budgetType: BudgetType { get { storage.fields.budgetType } set { change { $0.budgetType = newValue } } }
    public var arrangement: CommissioningArrangement { get { storage.fields.arrangement } set { change { $0.arrangement = newValue } } }
    /// The statutory functions delegated for this line (e.g. "Care Act 2014 assessment").
    public var delegatedFunctions: [String] { get { storage.fields.delegatedFunctions } set { change { $0.delegatedFunctions = newValue } } }
    /// The scheme's brief description, as the planning template has it.
    public var description: String { get { storage.fields.description } set { change { $0.description = newValue } } }
    /// Whether the planning template calls the scheme new (true) or existing (false); nil when it does not say.
    public var isNewScheme: Bool? { get { storage.fields.isNewScheme } set { change { $0.isNewScheme = newValue } } }

    public init(id: String, schemeID: String, name: String, schemeType: String, subType: String,
                areaOfSpend: AreaOfSpend, commissioner: Commissioner, leadCommissionerID: Partner.ID,
                providerIDs: [Provider.ID], source: FundingSource, budget: Money, plannedOutput: String,
                profile: BudgetProfile = .straightLine, budgetType: BudgetType = .pooled,
                arrangement: CommissioningArrangement = .leadCommissioning, delegatedFunctions: [String] = [],
                description: String = "", isNewScheme: Bool? = nil) {
        storage = Storage(Fields(id: id, schemeID: schemeID, name: name, schemeType: schemeType, subType: subType,
                                 areaOfSpend: areaOfSpend, commissioner: commissioner, leadCommissionerID: leadCommissionerID,
                                 providerIDs: providerIDs, source: source, budget: budget, plannedOutput: plannedOutput,
                                 profile: profile, budgetType: budgetType, arrangement: arrangement,
                                 delegatedFunctions: delegatedFunctions, description: description, isNewScheme: isNewScheme))
    }

    /// Revenue or capital, decided by the funding source.
    public var ledger: Ledger { storage.fields.source.ledger }

    public init(from decoder: any Decoder) throws { storage = Storage(try Fields(from: decoder)) }

    public func encode(to encoder: any Encoder) throws { try storage.fields.encode(to: encoder) }

    public static func == (lhs: SchemeLine, rhs: SchemeLine) -> Bool { lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields }

    public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

    /// The line's fields by name, as the audit trail lists them.
    public var customMirror: Mirror { Mirror(reflecting: storage.fields) }

    /// Changes a field in a storage of this line's own.
    private mutating func change(_ edit: (inout Fields) -> Void) {
        var fields = storage.fields
        edit(&fields)
        storage = Storage(fields)
    }

    /// The fields themselves, as a line is written and read.
    private struct Fields: Hashable, Sendable, Codable {
        var id, schemeID, name, schemeType, subType: String
        var areaOfSpend: AreaOfSpend
        var commissioner: Commissioner
        var leadCommissionerID: Partner.ID
        var providerIDs: [Provider.ID]
        var source: FundingSource
        var budget: Money
        var plannedOutput: String
        var profile: BudgetProfile
        var budgetType: BudgetType
        var arrangement: CommissioningArrangement
        var delegatedFunctions: [String]
        var description: String
        var isNewScheme: Bool?
    }

    /// A line's fields, never changed once made.
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
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
