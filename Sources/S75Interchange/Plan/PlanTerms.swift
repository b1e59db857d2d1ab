import S75Domain

/// The words the planning template uses for s75's codes, and the other spellings plans are found to use.
enum PlanTerms {
    /// The template's name of each funding source.
    static func name(_ source: FundingSource) -> String {
        switch source {
        case .nhsMinimum: "NHS Minimum Contribution"
        case .additionalNHS: "Additional NHS Contribution"
        case .laBetterCareGrant: "Local Authority Better Care Grant"
        case .additionalLA: "Additional LA Contribution"
        case .disabledFacilitiesGrant: "DFG"
        }
    }

    static func source(_ text: String) -> FundingSource? {
        let wanted = PlanColumns.normalised(text)
        return FundingSource.allCases.first { source in
            [name(source), source.label, source.rawValue, source.shortLabel].map(PlanColumns.normalised).contains(wanted)
        } ?? (wanted == "disabled facilities grant" ? .disabledFacilitiesGrant : wanted == "minimum nhs contribution" ? .nhsMinimum : nil)
    }

    static func area(_ text: String) -> AreaOfSpend? {
        AreaOfSpend.allCases.first { PlanColumns.normalised($0.label) == PlanColumns.normalised(text) || $0.rawValue == text.lowercased() }
    }

    /// The national scheme type `text` names (a shortened name is taken too: "Bed-based intermediate care").
    static func knownSchemeType(_ text: String) -> Bool {
        let wanted = PlanColumns.normalised(text)
        return !wanted.isEmpty && SchemeLine.nationalSchemeTypes.map(PlanColumns.normalised).contains { $0 == wanted || $0.hasPrefix(wanted) }
    }

    /// "Local Authority", "NHS" or "Joint".
    static func commissioner(_ c: Commissioner) -> String {
        switch c {
        case .localAuthority: "Local Authority"
        case .integratedCareBoard: "NHS"
        case .joint: "Joint"
        }
    }

    /// A share written "44%", "33.33%", "44" or (as a spreadsheet keeps a percentage) "0.44" or "0.3333", in basis points
    /// from 0 to 10,000; nil for anything else.
    static func share(_ text: String) -> Int64? {
        guard case .success(let basisPoints) = FieldInput.percent(text), basisPoints <= 10_000 else { return nil }
        return basisPoints
    }

    /// Pounds as the plan writes them: "3400000" or "1234.56".
    static func pounds(_ money: Money) -> String {
        let pence = money.pence.magnitude
        return (money.isNegative ? "-" : "") + "\(pence / 100)" + (pence % 100 == 0 ? "" : ".\(pence % 100 < 10 ? "0" : "")\(pence % 100)")
    }
}
