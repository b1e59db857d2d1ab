/// The monitoring figures of a scheme line, or of a group of lines, at one month end,
/// with the derived variances.
///
/// Variances follow the sign convention "positive = overspend": variance = actual (or
/// forecast) − budget.
public struct MonitoringFigures: Hashable, Sendable {
    public var budget: Money
    public var budgetToDate: Money
    public var actualToDate: Money
    public var forecastOutturn: Money

    public init(budget: Money, budgetToDate: Money, actualToDate: Money, forecastOutturn: Money) {
        self.budget = budget
        self.budgetToDate = budgetToDate
        self.actualToDate = actualToDate
        self.forecastOutturn = forecastOutturn
    }

    /// No money at all; the start of a total.
    public static let zero = MonitoringFigures(budget: .zero, budgetToDate: .zero, actualToDate: .zero, forecastOutturn: .zero)

    /// Actual to date minus budget to date.
    public var ytdVariance: Money { actualToDate - budgetToDate }

    /// Forecast outturn minus annual budget.
    public var forecastVariance: Money { forecastOutturn - budget }

    /// The forecast variance in basis points of the budget; nil when the budget is zero.
    public var forecastVarianceBasisPoints: Int64? { forecastVariance.basisPoints(of: budget) }

    /// The sum of two sets of figures, field by field.
    public static func + (lhs: MonitoringFigures, rhs: MonitoringFigures) -> MonitoringFigures {
        MonitoringFigures(budget: lhs.budget + rhs.budget, budgetToDate: lhs.budgetToDate + rhs.budgetToDate,
                          actualToDate: lhs.actualToDate + rhs.actualToDate,
                          forecastOutturn: lhs.forecastOutturn + rhs.forecastOutturn)
    }
}

extension Sequence where Element == MonitoringFigures {
    /// The field-by-field total.
    public func total() -> MonitoringFigures { reduce(.zero, +) }
}

extension Agreement {
    /// The figures of `line` at `period`.
    ///
    /// With no entry for the month, the YTD budget comes from the line's profile, nothing is
    /// spent, and the forecast is the budget.
    public func figures(for line: SchemeLine, at period: Period) -> MonitoringFigures {
        if let entry = entry(for: line.id, at: period) {
            return MonitoringFigures(budget: line.budget, budgetToDate: entry.budgetToDate,
                                     actualToDate: entry.actualToDate, forecastOutturn: entry.forecastOutturn)
        }
        let toDate = line.profile.budgetToDate(line.budget, monthOfYear: period.monthOfYear)
        return MonitoringFigures(budget: line.budget, budgetToDate: toDate, actualToDate: .zero, forecastOutturn: line.budget)
    }

    /// The total figures of the lines that `include` selects, at `period`.
    public func figures(at period: Period, where include: (SchemeLine) -> Bool = { _ in true }) -> MonitoringFigures {
        lines.filter(include).map { figures(for: $0, at: period) }.total()
    }

    /// The RAG rating of a set of figures under the agreement's rule.
    public func rag(_ figures: MonitoringFigures) -> RAG {
        financeRAG.rate(variance: figures.forecastVariance, budget: figures.budget)
    }

    /// The forecast variance movement of `line` since the previous monitored month, if there was one.
    public func movement(for line: SchemeLine, at period: Period) -> Money? {
        guard let previous = monitoredPeriods.last(where: { $0 < period }) else { return nil }
        return figures(for: line, at: period).forecastVariance - figures(for: line, at: previous).forecastVariance
    }
}
