/// How the agreement is governed: the board, its quorum and the delegations.
public struct Governance: Hashable, Sendable, Codable {
    /// The board's name, e.g. "Northmoor Joint Commissioning Board".
    public var boardName: String
    /// How often the board meets.
    public var meetingFrequency: String
    /// The co-chairs or the chair.
    public var chairs: [String]
    public var quorum: String
    public var decisionRule: String
    /// Who may decide what (virements, new schemes, termination).
    public var delegations: [Delegation]
    /// The Health and Wellbeing Board's part.
    public var healthAndWellbeingBoard: String
    /// The limits on varying budgets that the delegations set, as figures the variations are checked against.
    public var limits: DelegatedLimits
    /// The board's members under its terms of reference.
    public var members: [BoardMember]
    /// The quorum as a rule: at least this many voting members present from each partner (brief §1.5: often 1 or 2).
    public var votingMembersPerPartner: Int
    /// The decisions the partners keep for themselves, in words.
    public var retainedDecisions: [String]

    public init(boardName: String, meetingFrequency: String, chairs: [String], quorum: String,
                decisionRule: String, delegations: [Delegation], healthAndWellbeingBoard: String, limits: DelegatedLimits = .none,
                members: [BoardMember] = [], votingMembersPerPartner: Int = 1, retainedDecisions: [String] = []) {
        self.boardName = boardName
        self.meetingFrequency = meetingFrequency
        self.chairs = chairs
        self.quorum = quorum
        self.decisionRule = decisionRule
        self.delegations = delegations
        self.healthAndWellbeingBoard = healthAndWellbeingBoard
        self.limits = limits
        self.members = members
        self.votingMembersPerPartner = votingMembersPerPartner
        self.retainedDecisions = retainedDecisions
    }

    private enum CodingKeys: String, CodingKey {
        case boardName, meetingFrequency, chairs, quorum, decisionRule, delegations, healthAndWellbeingBoard, limits
    }

    /// Reads the synthesised shape files written by s75 0.4 hold, which have no limits (none set).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(boardName: try c.decode(String.self, forKey: .boardName), meetingFrequency: try c.decode(String.self, forKey: .meetingFrequency),
                  chairs: try c.decode([String].self, forKey: .chairs), quorum: try c.decode(String.self, forKey: .quorum),
                  decisionRule: try c.decode(String.self, forKey: .decisionRule), delegations: try c.decode([Delegation].self, forKey: .delegations),
                  healthAndWellbeingBoard: try c.decode(String.self, forKey: .healthAndWellbeingBoard),
                  limits: try c.decodeIfPresent(DelegatedLimits.self, forKey: .limits) ?? .none)
    }
}

/// One delegated authority: who may do what, up to what limit.
public struct Delegation: Hashable, Sendable, Codable {
    /// Who holds the authority ("Pooled fund manager", "JCB", "Cabinet and ICB Board").
    public var holder: String
    /// What they may decide.
    public var authority: String

    public init(holder: String, authority: String) {
        self.holder = holder
        self.authority = authority
    }
}

/// A schedule of the agreement (scheme specifications, risk share, …).
public struct Schedule: Hashable, Sendable, Codable {
    public var number: Int
    public var title: String

    public init(number: Int, title: String) {
        self.number = number
        self.title = title
    }
}
