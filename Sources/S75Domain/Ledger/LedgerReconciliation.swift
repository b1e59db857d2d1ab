/// Each line's ledger actuals to date beside the actual to date its monitoring return reports, for one month.
public struct LedgerReconciliation: Hashable, Sendable {
    /// One line's comparison.
    public struct Row: Hashable, Sendable {
        public var line: SchemeLine
        /// The mapped transactions from the start of the financial year to the end of the month.
        public var ledger: Money
        /// The return's actual to date; nil when the line has no return for the month.
        public var reported: Money?

        /// Ledger minus reported; nil without a return.
        public var difference: Money? { reported.map { ledger - $0 } }
        /// Whether the two agree to the penny (a line without a return does not).
        public var agrees: Bool { difference == .zero }
        /// Whether the line's money is outside the pooled fund (aligned or non-pooled), so its transactions are not the pool's.
        public var isOutsidePool: Bool { line.budgetType != .pooled }
    }

    public var period: Period
    public var rows: [Row]

    /// Every line of `agreement`, in ledger order, at `period`.
    public init(_ agreement: Agreement, overview: LedgerOverview, at period: Period) {
        self.period = period
        rows = agreement.linesByLedger.map { line in
            Row(line: line, ledger: overview.actualToDate(line.id, at: period),
                reported: agreement.entry(for: line.id, at: period)?.actualToDate)
        }
    }

    /// The rows that do not agree.
    public var disagreeing: [Row] { rows.filter { !$0.agrees } }

    public var ledgerTotal: Money { rows.reduce(.zero) { $0 + $1.ledger } }
    public var reportedTotal: Money { rows.reduce(.zero) { $0 + ($1.reported ?? .zero) } }

    /// The edits that take the ledger's actuals into the month's returns: each line that disagrees gets the ledger's
    /// figure as its actual to date (a line without a return gets one, its budget to date from its profile and its
    /// forecast carried forward). Lines that agree are left alone.
    public func changesTakingLedgerActuals(in agreement: Agreement) -> [Change] {
        disagreeing.map { row in
            var entry = agreement.entry(for: row.line.id, at: period) ?? agreement.newReturn(for: row.line, at: period)
            entry.actualToDate = row.ledger
            return Change(.monitoring(entry))
        }
    }
}

extension Agreement {
    /// The return a line starts a month with: its budget to date from its profile, nothing spent yet, and the forecast
    /// carried forward from its latest earlier return (else its budget).
    public func newReturn(for line: SchemeLine, at period: Period) -> MonitoringEntry {
        let forecast = monitoring.latest(for: line.id, before: period)?.forecastOutturn
            ?? line.budget
        return MonitoringEntry(lineID: line.id, period: period,
                               budgetToDate: line.profile.budgetToDate(line.budget, monthOfYear: period.monthOfYear),
                               actualToDate: .zero, forecastOutturn: forecast)
    }
}
