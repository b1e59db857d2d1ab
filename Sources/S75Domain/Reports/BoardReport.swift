/// The board's finance and performance report for one month, as plain values.
///
/// Money is whole pence; percentages are basis points; metric figures are decimal text with the
/// metric's own number of decimals. The JSON form is documented in docs/report.md.
public struct BoardReport: Hashable, Sendable, Codable {
    public var agreement: Header
    public var poolBySource: [FiguresRow]
    public var schemes: [SchemeRow]
    public var totals: [FiguresRow]
    public var partners: [PartnerRow]
    public var ringFences: [RingFenceRow]
    public var metrics: [MetricRow]
    public var contractPayments: [PaymentRow]
    public var yearEnd: YearEnd
    public var whatIf: [WhatIfRow]

    /// Which agreement, which month, and how to read the figures.
    public struct Header: Hashable, Sendable, Codable {
        public var id: String
        public var title: String
        public var financialYear: String
        public var period: String
        public var monthOfYear: Int
        public var isFinal: Bool
        public var moneyUnit: String
        public var signConvention: String
        public var legend: String
    }

    /// Budget, YTD budget, actual, forecast and variances for a group of lines.
    public struct FiguresRow: Hashable, Sendable, Codable {
        public var key: String
        public var label: String
        public var budget: Int64
        public var budgetToDate: Int64
        public var actualToDate: Int64
        public var ytdVariance: Int64
        public var forecastOutturn: Int64
        public var forecastVariance: Int64
        public var forecastVarianceBasisPoints: Int64?
        public var rag: String
    }

    /// One scheme line.
    public struct SchemeRow: Hashable, Sendable, Codable {
        public var line: String
        public var name: String
        public var leadCommissioner: String
        public var providers: [String]
        public var source: String
        public var ledger: String
        public var budgetType: String
        public var figures: FiguresRow
        public var movement: Int64?
        public var commentary: String
    }

    /// One partner: contributions, risk-share liability and net cost.
    public struct PartnerRow: Hashable, Sendable, Codable {
        public var partner: String
        public var name: String
        public var revenueContribution: Int64
        public var capitalContribution: Int64
        public var riskShare: Int64
        public var netCost: Int64
    }

    /// One ring-fence check.
    public struct RingFenceRow: Hashable, Sendable, Codable {
        public var check: String
        public var required: Int64?
        public var actual: Int64
        public var passed: Bool
        public var detail: String
    }

    /// One metric at the month.
    public struct MetricRow: Hashable, Sendable, Codable {
        public var metric: String
        public var name: String
        public var unit: String
        public var direction: String
        public var baseline: String
        public var target: String
        public var latestPeriod: String?
        public var latestValue: String?
        public var latestTarget: String?
        public var rag: String?
        public var nationalStatus: String
        public var payments: [String]
    }

    /// One contract's payment position.
    public struct PaymentRow: Hashable, Sendable, Codable {
        public var contract: String
        public var provider: String
        public var form: String
        public var value: Int64
        public var atRisk: Int64
        public var earned: Int64?
        public var withheld: Int64?
        public var paid: Int64
        public var isFinal: Bool
        public var working: [String]
    }

    /// The year-end position under the agreement's rule.
    public struct YearEnd: Hashable, Sendable, Codable {
        public var isFinal: Bool
        public var rule: String
        public var contributions: Int64
        public var outturn: Int64
        public var netVariance: Int64
        public var reserveOpening: Int64
        public var reserveUsed: Int64
        public var reserveAdded: Int64
        public var reserveClosing: Int64
        public var carriedForward: Int64
        public var capitalVariance: Int64
        public var capitalCarriedForward: Int64
        public var shares: [Share]
        public var steps: [Step]
        public var reconciles: Bool
    }

    /// A partner's share of the year-end position.
    public struct Share: Hashable, Sendable, Codable {
        public var partner: String
        public var amount: Int64
        public var cap: Int64?
        public var capBinding: Bool
    }

    /// One step of the working.
    public struct Step: Hashable, Sendable, Codable {
        public var label: String
        public var amount: Int64
    }

    /// One risk-share model applied to the same outturn.
    public struct WhatIfRow: Hashable, Sendable, Codable {
        public var model: String
        public var shares: [Share]
    }
}
