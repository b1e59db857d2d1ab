import S75Documents

/// The expenditure plan's columns, found by their header names; a TOML map names them for other template years:
///
/// ```toml
/// [columns]
/// expenditure = "Expenditure for 2026-27 (£)"
/// ```
public struct PlanColumns: Hashable, Sendable {
    /// A column the plan has, by the key a map uses.
    public enum Field: String, CaseIterable, Sendable {
        case schemeID = "scheme_id", schemeName = "scheme_name", description, schemeType = "scheme_type", subType = "sub_type"
        case outputs = "planned_outputs", units, areaOfSpend = "area_of_spend", commissioner, nhsPercent = "nhs_percent"
        case laPercent = "la_percent", provider, source, expenditure, newOrExisting = "new_or_existing"

        /// The header in the 2025-26 planning template.
        public var standardHeader: String {
            switch self {
            case .schemeID: "Scheme ID"
            case .schemeName: "Scheme Name"
            case .description: "Brief Description of Scheme"
            case .schemeType: "Scheme Type"
            case .subType: "Sub Types"
            case .outputs: "Planned Outputs"
            case .units: "Units"
            case .areaOfSpend: "Area of Spend"
            case .commissioner: "Commissioner"
            case .nhsPercent: "% NHS (if Joint Commissioner)"
            case .laPercent: "% LA (if Joint Commissioner)"
            case .provider: "Provider"
            case .source: "Source of Funding"
            case .expenditure: "Expenditure (£)"
            case .newOrExisting: "New/ Existing Scheme"
            }
        }

        /// Whether a plan must have the column.
        var isRequired: Bool { [.schemeID, .schemeName, .schemeType, .areaOfSpend, .commissioner, .source, .expenditure].contains(self) }
    }

    /// The header of each field.
    public var headers: [Field: String]

    /// The 2025-26 planning template's headers.
    public static let standard = PlanColumns(headers: Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0, $0.standardHeader) }))

    /// The standard headers with those a TOML map names instead; an unknown key is an error naming it.
    public static func map(toml text: String, file: String) throws(InterchangeError) -> PlanColumns {
        var columns = standard
        for (name, header) in try ColumnMapFile.headers(toml: text, file: file, known: Field.allCases.map(\.rawValue)) {
            if let known = Field(rawValue: name) { columns.headers[known] = header }
        }
        return columns
    }

    /// How a header is compared: case and spacing ignored.
    static func normalised(_ header: String) -> String {
        header.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
