/// Where a contribution's money comes from (the Better Care Fund's funding sources).
public enum FundingSource: String, Hashable, Sendable, Codable, CaseIterable {
    case nhsMinimum = "nhs-minimum"
    case additionalNHS = "additional-nhs"
    case laBetterCareGrant = "la-better-care-grant"
    case additionalLA = "additional-la"
    case disabledFacilitiesGrant = "dfg"

    /// The name used in the national templates.
    public var label: String {
        switch self {
        case .nhsMinimum: "NHS minimum contribution"
        case .additionalNHS: "Additional NHS contribution"
        case .laBetterCareGrant: "Local Authority Better Care Grant"
        case .additionalLA: "Additional LA contribution"
        case .disabledFacilitiesGrant: "Disabled Facilities Grant"
        }
    }

    /// A short name for narrow columns.
    public var shortLabel: String {
        switch self {
        case .nhsMinimum: "NHS minimum"
        case .additionalNHS: "Additional NHS"
        case .laBetterCareGrant: "LA Better Care Grant"
        case .additionalLA: "Additional LA"
        case .disabledFacilitiesGrant: "DFG (capital)"
        }
    }

    /// Whether the source is capital money (kept apart from revenue).
    public var ledger: Ledger { self == .disabledFacilitiesGrant ? .capital : .revenue }
}

/// Revenue or capital: the two parts of the pool, never mixed.
public enum Ledger: String, Hashable, Sendable, Codable, CaseIterable {
    case revenue
    case capital

    /// "Revenue" or "Capital".
    public var label: String { self == .revenue ? "Revenue" : "Capital" }
}
