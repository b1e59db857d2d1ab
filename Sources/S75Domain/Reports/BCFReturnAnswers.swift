/// What a BCF return to NHS England states besides the figures (brief §3.5): each national condition confirmed or not,
/// with commentary, and the narrative of achievements and challenges. One record for each return of a year.
public struct BCFReturnAnswers: Hashable, Sendable, Identifiable {
    public var year: FinancialYear
    public var kind: BCFReturnKind
    /// The year's national conditions, in order, each answered.
    public var conditions: [NationalConditionAnswer]
    public var achievements: String
    public var challenges: String

    /// "2025-26 q3".
    public var id: String { "\(year) \(kind.rawValue)" }

    public init(year: FinancialYear, kind: BCFReturnKind, conditions: [NationalConditionAnswer], achievements: String = "", challenges: String = "") {
        self.year = year
        self.kind = kind
        self.conditions = conditions
        self.achievements = achievements
        self.challenges = challenges
    }

    /// The return of `id` ("2025-26 q3") with the year's conditions not yet answered.
    public init?(id: String) {
        let words = id.split(separator: " ").map(String.init)
        guard words.count == 2, words[0].count == 7, let start = Int(words[0].prefix(4)), let kind = BCFReturnKind(rawValue: words[1]) else {
            return nil
        }
        let year = FinancialYear(startYear: start)
        self.init(year: year, kind: kind, conditions: NationalCondition.conditions(of: year).map { NationalConditionAnswer(condition: $0) })
    }
}

/// One national condition as a return answers it: confirmed met, not met, or not yet answered (nil), with commentary.
public struct NationalConditionAnswer: Hashable, Sendable, Codable {
    public var condition: String
    public var confirmed: Bool?
    public var commentary: String

    public init(condition: String, confirmed: Bool? = nil, commentary: String = "") {
        self.condition = condition
        self.confirmed = confirmed
        self.commentary = commentary
    }

    /// "Yes", "No" or "Not answered", as the return states it.
    public var answer: String { confirmed.map { $0 ? "Yes" : "No" } ?? "Not answered" }
}

/// The BCF's national conditions (brief §3.2).
public enum NationalCondition {
    /// The conditions of `year`: the policy framework of 2025-26 for that year and after, of 2023-25 before.
    public static func conditions(of year: FinancialYear) -> [String] {
        year.startYear >= 2025
            ? ["Plans jointly agreed", "Implementing the BCF objectives",
               "Complying with grant and funding conditions, including maintaining the NHS minimum contribution to adult social care",
               "Complying with oversight and support processes"]
            : ["A jointly agreed plan signed off by the Health and Wellbeing Board", "Implementing BCF objective 1",
               "Implementing BCF objective 2",
               "Maintaining the NHS contribution to adult social care and investment in NHS-commissioned out-of-hospital services"]
    }
}

extension Agreement {
    /// The answers of `year`'s `kind` return as recorded, or the year's conditions not yet answered.
    public func bcfReturnAnswers(_ year: FinancialYear, _ kind: BCFReturnKind) -> BCFReturnAnswers {
        bcfAnswers.first { $0.year == year && $0.kind == kind }
            ?? BCFReturnAnswers(year: year, kind: kind, conditions: NationalCondition.conditions(of: year).map { NationalConditionAnswer(condition: $0) })
    }

    /// What answers must be: a condition named for each answer, commentary where a condition is not met.
    func check(_ answers: BCFReturnAnswers) throws(EditError) {
        guard !answers.conditions.isEmpty else { throw EditError("a BCF return answers the year's national conditions") }
        for (i, c) in answers.conditions.enumerated() {
            guard !c.condition.isEmpty else { throw EditError("national condition \(i + 1) needs its wording") }
            if c.confirmed == false, c.commentary.isEmpty {
                throw EditError("national condition \(i + 1) is not met: say why, and what is being done, in its commentary")
            }
        }
    }
}
