import S75Domain

/// A ledger export read record by record: each row a transaction, or refused with its line number and why.
public final class LedgerReader {
    /// What one record of the export is.
    public enum Record: Sendable {
        case row(line: Int, LedgerRow)
        /// A row that cannot be taken: its line, why, and its fields as read.
        case rejected(line: Int, reason: String, fields: [String])
    }

    private let records: CSVRecords
    /// The agreement's financial year, in which a period number ("05", "P05") is read.
    private let year: FinancialYear?
    private let periodForm: LedgerColumns.PeriodForm
    /// Where each field is in a record, by the field's place in `LedgerColumns.Field.allCases`; nil for a column the export lacks.
    private let at: [Int?]
    private let width: Int
    /// The header's fields.
    public let header: [String]

    /// Opens `path` and reads its header; a missing required column is an error naming it. Period numbers are read
    /// in `year`, the agreement's financial year.
    public init(path: String, columns: LedgerColumns = .standard, year: FinancialYear? = nil) throws {
        records = try CSVRecords(path: path)
        self.year = year
        periodForm = columns.periodForm
        header = try records.next() ?? []
        let positions = try columns.positions(in: header)
        at = LedgerColumns.Field.allCases.map { positions[$0] }
        width = header.count
    }

    /// How far through the file the reader is, in bytes.
    public var bytesRead: Int { records.bytesRead }

    /// The fingerprint of the file's bytes, once it has been read to its end (``FileDigest``).
    public var digest: String { records.digest.text }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    public func next() throws -> Record? {
        while let fields = try records.next() {
            if fields.allSatisfy({ $0.isEmpty }) { continue }
            return record(fields, line: records.line)
        }
        return nil
    }

    private func record(_ fields: [String], line: Int) -> Record {
        guard fields.count == width else {
            return .rejected(line: line, reason: "\(fields.count) columns where the header has \(width)", fields: fields)
        }
        if let column = fields.firstIndex(where: { $0.utf8.contains(0) }) {
            return .rejected(line: line, reason: "a NUL byte in column \(column + 1) (\(LedgerText.quoted(header.indices.contains(column) ? header[column] : "")));"
                             + " the field cannot be read exactly", fields: fields)
        }
        let values = at.map { $0.map { fields[$0].trimmingSpaces() } ?? "" }
        func value(_ field: LedgerColumns.Field) -> String { values[field.place] }
        guard let date = LedgerText.date(value(.postingDate)) else {
            return .rejected(line: line, reason: "posting date \(LedgerText.quoted(value(.postingDate))) is not a date (2025-08-07 or 07/08/2025)", fields: fields)
        }
        let amount: Money
        switch self.amount(value) {
        case .success(let read): amount = read
        case .failure(let reason): return .rejected(line: line, reason: reason.message, fields: fields)
        }
        var period = date.period
        if !value(.period).isEmpty {
            guard let given = LedgerText.period(value(.period), in: year, form: periodForm) else {
                return .rejected(line: line, reason: "period \(LedgerText.quoted(value(.period))) is not a period (2025-08, 05 or P05 for August, "
                                 + "AUG-25\(periodForm == .any ? "" : ", or as the column map says: \(periodForm.rawValue)"))", fields: fields)
            }
            guard given == date.period else {
                return .rejected(line: line, reason: "period \(LedgerText.quoted(value(.period))) (\(given.label)) and posting date \(date) disagree", fields: fields)
            }
            period = given
        }
        guard !value(.costCentre).isEmpty else { return .rejected(line: line, reason: "no cost centre", fields: fields) }
        return .row(line: line, LedgerRow(postingDate: date, period: period, costCentre: value(.costCentre), costCentreName: value(.costCentreName),
                                          account: value(.account), accountName: value(.accountName), supplier: value(.supplier),
                                          description: value(.description), document: value(.document), amount: amount))
    }

    /// The row's amount: its amount column, or its debit less its credit where the export has those instead.
    private func amount(_ value: (LedgerColumns.Field) -> String) -> Result<Money, EditError> {
        let expected = "is not pounds and pence (1,234.56, (12.00), 12.00CR or 12.00-)"
        guard at[LedgerColumns.Field.amount.place] == nil else {
            return LedgerText.amount(value(.amount)).map { .success($0) } ?? .failure(EditError("amount \(LedgerText.quoted(value(.amount))) \(expected)"))
        }
        let debit = value(.debit), credit = value(.credit)
        guard !debit.isEmpty || !credit.isEmpty else { return .failure(EditError("neither a debit nor a credit")) }
        guard let debits = debit.isEmpty ? .zero : LedgerText.amount(debit) else { return .failure(EditError("debit \(LedgerText.quoted(debit)) \(expected)")) }
        guard let credits = credit.isEmpty ? .zero : LedgerText.amount(credit) else { return .failure(EditError("credit \(LedgerText.quoted(credit)) \(expected)")) }
        return .success(debits - credits)
    }
}
