/// The BCF planning template's provider types (brief §3.4): the only values its Provider column takes.
public enum ProviderType: String, Hashable, Sendable, CaseIterable {
    case localAuthority = "Local Authority"
    case nhsAcute = "NHS Acute Provider"
    case nhsCommunity = "NHS Community Provider"
    case nhsMentalHealth = "NHS Mental Health Provider"
    case privateSector = "Private Sector"
    case charity = "Charity / Voluntary Sector"
    case other = "Other"

    /// The type `text` names, however it is spaced or cased ("charity/voluntary sector", "LA"); nil for anything else.
    public init?(named text: String) {
        if let exact = Self(rawValue: text) { self = exact; return }  // as stored: no text to normalise
        let wanted = Self.normalised(text)
        if wanted == "la" { self = .localAuthority; return }
        guard let found = Self.byNormalisedName[wanted] else { return nil }
        self = found
    }

    /// Every type by its normalised name, worked out once: an agreement's check names every provider's type.
    private static let byNormalisedName = Dictionary(allCases.map { (normalised($0.rawValue), $0) }, uniquingKeysWith: { first, _ in first })

    private static func normalised(_ text: String) -> String {
        text.lowercased().filter { !$0.isWhitespace && $0 != "/" }
    }
}
