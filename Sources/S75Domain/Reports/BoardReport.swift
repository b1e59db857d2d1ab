/// The board's finance and performance report for one month, as plain values.
///
/// Money is whole pence; percentages are basis points; metric figures are decimal text with the
/// metric's own number of decimals. A figure that is not known (a line without a monitoring return)
/// is null, never zero. The JSON form is documented in docs/report.md.
public struct BoardReport: Hashable, Sendable, Codable {
    public var agreement: Header
    /// Problems `check` finds in the agreement; the report heads with them.
    public var problems: [String]
    public var poolBySource: [FiguresRow]
    public var schemes: [SchemeRow]
    public var totals: [FiguresRow]
    public var partners: [PartnerRow]
    public var ringFences: [RingFenceRow]
    public var metrics: [MetricRow]
    public var contractPayments: [PaymentRow]
    public var yearEnd: YearEnd
    public var whatIf: [WhatIfRow]
    /// Whether the month was closed, is reopened or was restated; null while it has never been closed.
    public var close: Close?
    /// Corrections to closed months entered in the year up to this month, oldest first.
    public var priorPeriodAdjustments: [AdjustmentRow]
    /// The budget variations of the year effective by this month, in the order they were made.
    public var budgetVariations: [VariationRow]
    /// Each line a variation touched by this month: its original budget, the variations' net and the budget in force.
    public var budgetsInForce: [BudgetInForceRow]

    /// Where the month's sign-offs stand ("submitted by LA (ICB outstanding)", "approved by pat on 12 Jan 2026", marked
    /// SUPERSEDED when figures changed since); null while nobody has signed it.
    public var signOff: String?

    /// Each contribution's instalments due and received by the month's end.
    public var contributionsReceived: [ReceiptRow]

    /// The payments settling the year's risk share, once made from its agreed year-end.
    public var settlementPayments: [SettlementRow]

    /// A payment between partners settling the year's risk share; `paidOn` null until paid.
    public struct SettlementRow: Hashable, Sendable, Codable {
        public var id: String
        public var from: String
        public var to: String
        public var amount: Int64
        public var due: String
        public var invoice: String
        public var paidOn: String?
        /// Past its due date at the report's month's end and not paid.
        public var overdue: Bool
    }

    /// A contribution's instalments to date; null figures when none are recorded (not known).
    public struct ReceiptRow: Hashable, Sendable, Codable {
        public var contribution: String
        public var partner: String
        public var amount: Int64
        public var dueToDate: Int64?
        public var receivedToDate: Int64?
        /// The instalments due and not received in full.
        public var outstanding: [String]
    }

    /// A dated change to lines' budgets.
    public struct VariationRow: Hashable, Sendable, Codable {
        public var id: String
        /// The line it comes from; null when the pool grows.
        public var from: String?
        /// The line it goes to; null when the pool shrinks.
        public var to: String?
        public var effective: String
        public var amount: Int64
        public var reason: String
        /// "the pooled fund manager", "the board (D4)", "the partners (Cabinet 12 Nov 2025; …)".
        public var agreedBy: String
    }

    /// A varied line's budget: original, the variations effective by the month, and in force (original + variations).
    public struct BudgetInForceRow: Hashable, Sendable, Codable {
        public var line: String
        public var original: Int64
        public var variations: Int64
        public var inForce: Int64
    }

    /// A correction to a closed month, entered in a later one.
    public struct AdjustmentRow: Hashable, Sendable, Codable {
        public var id: String
        public var line: String
        public var enteredIn: String
        public var relatesTo: String
        public var amount: Int64
        public var reason: String
    }

    /// A closed month's standing, and for one reopened or restated, each line's return as first reported beside now.
    public struct Close: Hashable, Sendable, Codable {
        /// "closed", "reopened" or "restated".
        public var state: String
        /// "closed 12 Jan 2026 by pfm", "reopened 3 Feb 2026 by pfm: …", "restated on 4 Feb 2026: …".
        public var summary: String
        /// Each line whose return is not as first reported, then the total of all the month's returns both ways.
        public var restated: [Restatement]
    }

    /// A line's actual to date and forecast as first reported and as they are now (null: no return).
    public struct Restatement: Hashable, Sendable, Codable {
        /// The line, or "Total".
        public var line: String
        public var firstActualToDate: Int64?
        public var actualToDate: Int64?
        public var firstForecastOutturn: Int64?
        public var forecastOutturn: Int64?
    }

    /// Which agreement, which month, whether it was monitored, and how to read the figures.
    public struct Header: Hashable, Sendable, Codable {
        public var id: String
        public var title: String
        public var financialYear: String
        public var period: String
        public var monthOfYear: Int
        /// Month 12: the figures are the final outturn.
        public var isFinal: Bool
        /// "complete", "partial" (some lines have no return) or "none" (nobody monitored the month).
        public var monitoring: String
        /// The lines without a return for the month.
        public var missingReturns: [String]
        /// The latest monitored month on or before the period, or the first one after it.
        public var latestMonitoredPeriod: String?
        public var moneyUnit: String
        public var signConvention: String
        public var legend: String
        /// How the RAG column is decided.
        public var ragRule: String
    }

    /// Budget, YTD budget, actual, forecast and variances for a group of lines.
    public struct FiguresRow: Hashable, Sendable, Codable {
        public var key: String
        public var label: String
        /// "revenue", "capital" or "mixed" (a total of both, which is never rated).
        public var ledger: String
        public var budget: Int64
        public var budgetToDate: Int64
        /// Null when a line in the row has no return.
        public var actualToDate: Int64?
        public var ytdVariance: Int64?
        public var forecastOutturn: Int64?
        public var forecastVariance: Int64?
        public var forecastVarianceBasisPoints: Int64?
        /// Green, Amber, Red, Under, No return or Not rated.
        public var rag: String
        public var missingReturns: [String]
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
        /// The change in forecast variance since ``movementSince``; null at the first monitored month or without returns.
        public var movement: Int64?
        /// The previous monitored month the movement is measured from.
        public var movementSince: String?
        public var commentary: String
    }

    /// One partner: contributions, risk-share liability and net cost.
    public struct PartnerRow: Hashable, Sendable, Codable {
        public var partner: String
        public var name: String
        public var revenueContribution: Int64
        public var capitalContribution: Int64
        /// Null while a line has no return for the month.
        public var riskShare: Int64?
        public var netCost: Int64?
    }

    /// One ring-fence check.
    public struct RingFenceRow: Hashable, Sendable, Codable {
        public var check: String
        public var required: Int64?
        /// Null when the figure checked is not known.
        public var actual: Int64?
        /// "met", "not-met" or "not-set".
        public var result: String
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
        public var publicationLagMonths: Int
        public var latestPeriod: String?
        public var latestValue: String?
        /// The unit of the latest value and its target (quarters may be counts of a rate).
        public var latestUnit: String?
        public var latestTarget: String?
        public var rag: String?
        public var nationalStatus: String
        public var payments: [String]
    }

    /// One contract's payment position.
    public struct PaymentRow: Hashable, Sendable, Codable {
        public var contract: String
        public var provider: String
        public var providerName: String
        public var form: String
        public var basis: String
        public var value: Int64
        public var atRisk: Int64
        public var earned: Int64?
        public var withheld: Int64?
        /// Payable for the whole year: as forecast, or the guaranteed part while outcomes are pending; null while a line a
        /// paid-as-used contract is paid from has no return.
        public var payable: Int64?
        /// While outcomes are pending, the most that may become payable.
        public var payableUpTo: Int64?
        /// "agreed", "forecast" or "final".
        public var status: String
        public var working: [String]
    }

    /// The year-end position under the agreement's rule. While a line has no return every figure that
    /// depends on it is null and ``shares`` and ``steps`` are empty: no outturn, share or liability is stated.
    public struct YearEnd: Hashable, Sendable, Codable {
        /// Month 12 with every month-12 return: the final outturn; otherwise a forecast.
        public var isFinal: Bool
        /// False while a line has no return: there is then no position.
        public var isComplete: Bool
        public var missingReturns: [String]
        public var rule: String
        public var contributions: Int64
        public var outturn: Int64?
        public var netVariance: Int64?
        public var reserveOpening: Int64
        public var reserveUsed: Int64?
        public var reserveAdded: Int64?
        public var reserveClosing: Int64?
        public var carriedForward: Int64?
        public var capitalContributions: Int64
        public var capitalOutturn: Int64?
        public var capitalVariance: Int64?
        /// What each capital grant carries forward (contributions − outturn + overspends borne).
        public var capitalCarriedForward: [GrantShare]?
        /// Who bears a capital overspend: the lead commissioners of the overspending capital lines.
        public var capitalOverspend: [Share]?
        public var shares: [Share]
        public var steps: [Step]
        /// Both the revenue and the capital position add back up to their outturns; null while incomplete.
        public var reconciles: Bool?
    }

    /// What a capital grant carries forward.
    public struct GrantShare: Hashable, Sendable, Codable {
        public var source: String
        public var amount: Int64
    }

    /// A partner's share of the year-end position.
    public struct Share: Hashable, Sendable, Codable {
        public var partner: String
        /// The partner's short name, as the working and the screens name it.
        public var name: String
        public var amount: Int64
        public var cap: Int64?
        public var capBinding: Bool
    }

    /// One step of the working.
    public struct Step: Hashable, Sendable, Codable {
        public var label: String
        public var amount: Int64
    }

    /// One risk-share model applied to the same outturn: every partner's share, and what the reserve
    /// and the carry-forward took, so that the row adds up to the net variance. Null while a line has no return.
    public struct WhatIfRow: Hashable, Sendable, Codable {
        public var model: String
        public var shares: [WhatIfShare]
        public var reserveUsed: Int64?
        public var reserveAdded: Int64?
        public var carriedForward: Int64?
        public var netVariance: Int64?
    }

    /// A partner's share under a what-if model; null while a line has no return.
    public struct WhatIfShare: Hashable, Sendable, Codable {
        public var partner: String
        public var name: String
        public var amount: Int64?
    }
}
