/// A risk on the board's register: what could go wrong, who owns it, how likely and how severe (each 1 to 5), what is
/// being done about it, which way it is moving, and the lines it touches.
public struct Risk: Hashable, Sendable, Identifiable {
    /// Which way a risk is moving since the board last looked at it.
    public enum Trend: String, Hashable, Sendable, CaseIterable {
        case rising, steady, falling

        /// "↑ rising", as a register shows it, the word as well as the arrow.
        public var label: String {
            switch self {
            case .rising: "↑ rising"
            case .steady: "→ steady"
            case .falling: "↓ falling"
            }
        }
    }

    /// "RR1".
    public var id: String
    public var title: String
    public var owner: String
    /// 1 (rare) to 5 (almost certain).
    public var likelihood: Int
    /// 1 (negligible) to 5 (severe).
    public var impact: Int
    public var mitigation: String
    public var trend: Trend
    public var lineIDs: [SchemeLine.ID]

    public init(id: String, title: String, owner: String, likelihood: Int, impact: Int, mitigation: String, trend: Trend = .steady,
                lineIDs: [SchemeLine.ID] = []) {
        self.id = id
        self.title = title
        self.owner = owner
        self.likelihood = likelihood
        self.impact = impact
        self.mitigation = mitigation
        self.trend = trend
        self.lineIDs = lineIDs
    }

    /// Likelihood × impact, 1 to 25.
    public var score: Int { likelihood * impact }

    /// "High" from 15, "Medium" from 8, "Low" below: the usual five-by-five matrix's bands.
    public var rating: String { score >= 15 ? "High" : score >= 8 ? "Medium" : "Low" }
}

extension Agreement {
    /// What a risk must be: an identifier, a title and an owner, likelihood and impact from 1 to 5, lines that exist.
    func check(_ risk: Risk) throws(EditError) {
        guard !risk.id.isEmpty, !risk.id.contains(" ") else { throw EditError("an identifier is needed, without spaces, e.g. RR1") }
        guard !risk.title.isEmpty else { throw EditError("a risk needs its title: what could go wrong") }
        guard !risk.owner.isEmpty else { throw EditError("a risk needs an owner") }
        guard (1...5).contains(risk.likelihood), (1...5).contains(risk.impact) else {
            throw EditError("likelihood and impact are each from 1 to 5")
        }
        for id in risk.lineIDs where !lines.contains(id: id) { throw EditError("there is no line \(id)") }
    }

    /// The register, highest score first.
    public var riskRegister: [Risk] { risks.sorted { ($1.score, $0.id) < ($0.score, $1.id) } }
}
