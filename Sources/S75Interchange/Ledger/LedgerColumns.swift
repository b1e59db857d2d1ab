import S75Documents

/// The columns of a ledger export, found by their header names (case ignored); a TOML map names them for exports that
/// differ (Oracle, Unit4, SAP): `[columns] posting_date = "GL Date"`.
public struct LedgerColumns: Hashable, Sendable {
    /// A column the export has, by its default header name.
    public enum Field: String, CaseIterable, Sendable {
        case postingDate = "posting_date", period, costCentre = "cost_centre", costCentreName = "cost_centre_name", account
        case accountName = "account_name", supplier, description, document, amount, debit, credit

        /// Its place in `allCases`, found without building that array.
        public var place: Int {
            switch self {
            case .postingDate: 0
            case .period: 1
            case .costCentre: 2
            case .costCentreName: 3
            case .account: 4
            case .accountName: 5
            case .supplier: 6
            case .description: 7
            case .document: 8
            case .amount: 9
            case .debit: 10
            case .credit: 11
            }
        }

        /// Whether an export must have the column (the amount, unless it has debit and credit columns instead).
        var isRequired: Bool { [.postingDate, .costCentre, .account].contains(self) }
    }

    /// How the period column is written, where the column map says: a financial year and its period number, "202505"
    /// or "2025/05" (the year the financial year starts; period 01 is April). Otherwise each row's period is read in
    /// whichever common form it has (docs/ledger.md).
    public enum PeriodForm: String, Hashable, Sendable, CaseIterable {
        case any = "any"
        case yearPeriod = "YYYYPP"
        case yearSlashPeriod = "YYYY/PP"
    }

    public var headers: [Field: String]
    public var periodForm: PeriodForm = .any

    /// The default headers: the fields' own names.
    public static let standard = LedgerColumns(headers: Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0, $0.rawValue) }))

    /// The default headers with those a TOML map names instead, and `[formats] period = "YYYYPP"`; an unknown key is an
    /// error naming it.
    public static func map(toml text: String, file: String) throws(InterchangeError) -> LedgerColumns {
        var columns = standard
        let map = try ColumnMapFile.read(toml: text, file: file, known: Field.allCases.map(\.rawValue),
                                         formats: ["period": PeriodForm.allCases.map(\.rawValue)])
        for (name, header) in map.headers {
            if let known = Field(rawValue: name) { columns.headers[known] = header }
        }
        columns.periodForm = map.formats["period"].flatMap(PeriodForm.init) ?? .any
        return columns
    }

    /// How headers are compared: case ignored, and a space the same as an underscore ("Cost Centre" is cost_centre).
    static func normalised(_ header: String) -> String {
        header.trimmingSpaces().lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "_")
    }

    /// Where each field is in `header`; the first required column missing is an error naming it.
    func positions(in header: [String]) throws(InterchangeError) -> [Field: Int] {
        guard header.contains(where: { !$0.trimmingSpaces().isEmpty }) else {
            throw InterchangeError(path: "line 1", "there is no header: a ledger export starts with a line of column names "
                                   + "(posting_date, cost_centre, account, amount …), and this file is empty or starts blank")
        }
        let normalised = header.map(Self.normalised)
        for (index, name) in normalised.enumerated() where !name.isEmpty {
            if let earlier = normalised[..<index].firstIndex(of: name) {
                throw InterchangeError(path: "line 1", "the header has \"\(LedgerText.quoted(header[index], quotes: false))\" twice "
                                       + "(columns \(earlier + 1) and \(index + 1)): which is meant cannot be told")
            }
        }
        var at: [Field: Int] = [:]
        for field in Field.allCases {
            let wanted = Self.normalised(headers[field] ?? field.rawValue)
            if let index = normalised.firstIndex(of: wanted) { at[field] = index }
            else if field.isRequired {
                throw InterchangeError(path: "line 1", "no column \"\(headers[field] ?? field.rawValue)\" (the header has \(LedgerText.quoted(header.joined(separator: ", "), quotes: false)))")
            }
        }
        if at[.amount] == nil, at[.debit] == nil || at[.credit] == nil {
            throw InterchangeError(path: "line 1", "no column \"\(headers[.amount] ?? "amount")\", nor \"\(headers[.debit] ?? "debit")\" and "
                                   + "\"\(headers[.credit] ?? "credit")\" columns (the header has \(LedgerText.quoted(header.joined(separator: ", "), quotes: false)))")
        }
        return at
    }
}
