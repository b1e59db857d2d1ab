/// A body that is party to the agreement: the council or the NHS integrated care board.
public struct Partner: Hashable, Sendable, Codable, Identifiable {
    /// The kinds of body that may enter a section 75 partnership.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case localAuthority = "local-authority"
        case integratedCareBoard = "icb"
        case nhsTrust = "nhs-trust"

        /// The plain-English name of the kind.
        public var label: String {
            switch self {
            case .localAuthority: "Local authority"
            case .integratedCareBoard: "Integrated care board"
            case .nhsTrust: "NHS trust"
            }
        }
    }

    /// Stable identifier, e.g. "ICB" or "LA".
    public var id: String
    /// Full legal name.
    public var name: String
    /// Short name for narrow columns ("ICB", "Council").
    public var shortName: String
    public var kind: Kind
    /// What the partner does under the agreement (e.g. "LSSA and housing authority").
    public var role: String

    public init(id: String, name: String, shortName: String, kind: Kind, role: String) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.role = role
    }
}
