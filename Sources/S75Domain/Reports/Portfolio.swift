/// Several agreements side by side, as a region holds them: each one's pool and forecast at its reporting month, what
/// each partner is forecast to bear under its risk share, how far its months are closed and signed, and its overdue
/// actions; and each partner's exposure across all of them. A figure an agreement cannot give yet (a month without
/// every return) is missing, never counted as nothing.
public struct Portfolio: Hashable, Sendable {
    /// One agreement's row.
    public struct Row: Hashable, Sendable {
        public var id: String
        public var title: String
        public var period: Period
        /// The pool's budget for the year.
        public var pool: Money
        /// The revenue pool's forecast outturn less its budget (overspend positive), which the risk share divides; nil while
        /// a line has no return for the month.
        public var forecastVariance: Money?
        /// The revenue pool's rating.
        public var rag: String
        /// Each partner (by name, and as the agreement calls it for short) and its forecast share of the variance; nil where
        /// it cannot be worked out yet.
        public var liabilities: [(partner: String, short: String, amount: Money?)]
        public var monthsClosed: Int
        public var monthsApproved: Int
        public var overdueActions: Int

        public static func == (a: Row, b: Row) -> Bool {
            a.id == b.id && a.title == b.title && a.period == b.period && a.pool == b.pool && a.forecastVariance == b.forecastVariance
                && a.rag == b.rag && a.liabilities.map(\.partner) == b.liabilities.map(\.partner)
                && a.liabilities.map(\.amount) == b.liabilities.map(\.amount) && a.monthsClosed == b.monthsClosed
                && a.monthsApproved == b.monthsApproved && a.overdueActions == b.overdueActions
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(id) }

        /// Agreement `a`'s row at its reporting month, overdue actions counted on `today`.
        public init(_ a: Agreement, today: DateOnly) {
            let period = a.reportingPeriod
            let report = BoardReport(a, at: period)
            let pool = report.totals.first { $0.key == "pool" }, revenue = report.totals.first { $0.key == Ledger.revenue.rawValue }
            let year = period.financialYear
            self.init(id: a.id, title: a.title, period: period, pool: Money(pence: pool?.budget ?? 0),
                      forecastVariance: revenue?.forecastVariance.map { Money(pence: $0) }, rag: revenue?.rag ?? "Not rated",
                      liabilities: report.partners.map { p in
                          (p.name, a.partner(p.partner)?.shortName ?? p.partner, p.riskShare.map { Money(pence: $0) })
                      },
                      monthsClosed: a.monthCloses.filter { $0.period.financialYear == year && $0.isLocked }.count,
                      monthsApproved: a.signOffs.filter { if case .approved(let p) = $0.scope { p.financialYear == year } else { false } }.count,
                      overdueActions: a.minutes.filter { $0.kind == .action && $0.isOverdue(on: today) }.count)
        }

        init(id: String, title: String, period: Period, pool: Money, forecastVariance: Money?, rag: String,
             liabilities: [(partner: String, short: String, amount: Money?)], monthsClosed: Int, monthsApproved: Int, overdueActions: Int) {
            (self.id, self.title, self.period, self.pool, self.forecastVariance, self.rag) = (id, title, period, pool, forecastVariance, rag)
            (self.liabilities, self.monthsClosed, self.monthsApproved, self.overdueActions) = (liabilities, monthsClosed, monthsApproved, overdueActions)
        }
    }

    /// A partner's forecast share across the agreements it is in.
    public struct Exposure: Hashable, Sendable {
        public var partner: String
        /// The sum of its known shares.
        public var known: Money
        /// The agreements whose share cannot be worked out yet: when any, `known` is not the whole.
        public var missing: [String]
        public var agreements: Int
    }

    public var rows: [Row]
    public var exposures: [Exposure]

    /// The portfolio of `agreements` on `today` (for overdue actions), each at its own reporting month.
    public init(_ agreements: [Agreement], today: DateOnly) {
        self.init(rows: agreements.map { Row($0, today: today) })
    }

    /// The portfolio of rows already worked out (an agreement unchanged keeps its row), with each partner's exposure.
    public init(rows: [Row]) {
        self.rows = rows
        var byPartner: [String: Exposure] = [:]
        var order: [String] = []
        for row in rows {
            for (partner, _, amount) in row.liabilities {
                if byPartner[partner] == nil { order.append(partner) }
                var e = byPartner[partner] ?? Exposure(partner: partner, known: .zero, missing: [], agreements: 0)
                e.agreements += 1
                if let amount { e.known = e.known + amount } else { e.missing.append(row.id) }
                byPartner[partner] = e
            }
        }
        exposures = order.compactMap { byPartner[$0] }
    }

    /// The pools added together.
    public var poolTotal: Money { rows.reduce(.zero) { $0 + $1.pool } }
}
