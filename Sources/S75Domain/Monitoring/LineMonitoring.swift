/// The monitoring figures of a scheme line, or of a group of lines, at one month end,
/// with the derived variances.
///
/// Actual and forecast are known only when every line in the figures has a return for the month;
/// otherwise they are nil and ``missingReturns`` names the lines without one. Missing data is never
/// taken as zero spend or as on budget. Variances are actual (or forecast) − budget: positive is an
/// overspend.
public struct MonitoringFigures: Hashable, Sendable {
    public var budget: Money
    public var budgetToDate: Money
    /// Spend to date; nil when a line has no return.
    public var actualToDate: Money?
    /// The forecast (the outturn at month 12); nil when a line has no return.
    public var forecastOutturn: Money?
    /// The lines in these figures with no return for the month, in order.
    public var missingReturns: [SchemeLine.ID]
    /// Whether the figures hold revenue lines, capital lines, or both.
    public var ledgers: LedgerSet

    public init(budget: Money, budgetToDate: Money, actualToDate: Money?, forecastOutturn: Money?,
                missingReturns: [SchemeLine.ID] = [], ledgers: LedgerSet = [.revenue]) {
        self.budget = budget
        self.budgetToDate = budgetToDate
        self.actualToDate = actualToDate
        self.forecastOutturn = forecastOutturn
        self.missingReturns = missingReturns
        self.ledgers = ledgers
    }

    /// No lines at all; the start of a total.
    public static let zero = MonitoringFigures(budget: .zero, budgetToDate: .zero, actualToDate: .zero, forecastOutturn: .zero,
                                               ledgers: [])

    /// Whether every line in the figures has a return.
    public var isComplete: Bool { missingReturns.isEmpty }

    /// Actual to date minus budget to date; nil while a line has no return.
    public var ytdVariance: Money? { actualToDate.map { $0 - budgetToDate } }

    /// Forecast outturn minus annual budget; nil while a line has no return.
    public var forecastVariance: Money? { forecastOutturn.map { $0 - budget } }

    /// The forecast variance in basis points of the budget; nil when the budget is zero or a return is missing.
    public var forecastVarianceBasisPoints: Int64? { forecastVariance.flatMap { $0.basisPoints(of: budget) } }

    /// The sum of two sets of figures, field by field; unknown if either is.
    public static func + (lhs: MonitoringFigures, rhs: MonitoringFigures) -> MonitoringFigures { [lhs, rhs].total() }
}

extension Sequence where Element == MonitoringFigures {
    /// The field-by-field total: actual and forecast unknown if any figures' are, the lines without a return each
    /// named once, in order. One pass, however many lines lack a return.
    public func total() -> MonitoringFigures {
        var sum = MonitoringFigures.zero
        var missing = Set<SchemeLine.ID>()
        for figures in self {
            sum.budget += figures.budget
            sum.budgetToDate += figures.budgetToDate
            sum.actualToDate = sum.actualToDate.flatMap { a in figures.actualToDate.map { a + $0 } }
            sum.forecastOutturn = sum.forecastOutturn.flatMap { a in figures.forecastOutturn.map { a + $0 } }
            sum.ledgers.formUnion(figures.ledgers)
            for id in figures.missingReturns where missing.insert(id).inserted { sum.missingReturns.append(id) }
        }
        return sum
    }
}

/// The figures of each ledger's lines, and of the pool, at a month.
public struct LedgerTotals: Hashable, Sendable {
    /// Every line's figures added up.
    public var pool: MonitoringFigures
    /// Each ledger's lines' figures added up; a ledger without lines has none.
    public var byLedger: [Ledger: MonitoringFigures]
    /// How many lines each ledger has.
    public var lineCounts: [Ledger: Int]

    public init(pool: MonitoringFigures = .zero, byLedger: [Ledger: MonitoringFigures] = [:], lineCounts: [Ledger: Int] = [:]) {
        self.pool = pool
        self.byLedger = byLedger
        self.lineCounts = lineCounts
    }
}

/// Whether a month has monitoring: none at all, some lines without a return, or every line.
public enum MonitoringCoverage: Hashable, Sendable {
    /// No line has a return for the month.
    case none
    /// These lines have no return, though others do.
    case partial(missing: [SchemeLine.ID])
    /// Every line has a return.
    case complete
}

extension Agreement {
    /// The figures of `line` at `period`: the budget in force then and its return, or, with none, the budget profiled
    /// to date and an unknown actual and forecast. A return's year-to-date budget is on the line's original budget, as
    /// its profile gives it; the variations' parts to date are added to it (docs/money.md).
    public func figures(for line: SchemeLine, at period: Period) -> MonitoringFigures {
        let budget = budget(of: line, at: period), varied = variationsToDate(of: line, at: period)
        if let entry = entry(for: line.id, at: period) {
            return MonitoringFigures(budget: budget, budgetToDate: entry.budgetToDate + varied, actualToDate: entry.actualToDate,
                                     forecastOutturn: entry.forecastOutturn, ledgers: [line.ledger])
        }
        let toDate = line.profile.budgetToDate(line.budget, monthOfYear: period.monthOfYear) + varied
        return MonitoringFigures(budget: budget, budgetToDate: toDate, actualToDate: nil, forecastOutturn: nil,
                                 missingReturns: [line.id], ledgers: [line.ledger])
    }

    /// Calls `body` with each line, in the agreement's order, and its figures at `period`: each line's worked out once and
    /// the line read where it is, not copied out.
    public func forEachLine(at period: Period, _ body: (borrowing SchemeLine, MonitoringFigures) -> Void) {
        lines.records.withUnsafeBufferPointer { records in
            for index in records.indices { body(records[index], figures(for: records[index], at: period)) }
        }
    }

    /// The total figures of the lines that `include` selects, at `period`.
    public func figures(at period: Period, where include: (SchemeLine) -> Bool = { _ in true }) -> MonitoringFigures {
        var shown: [MonitoringFigures] = []
        for line in lines.records where include(line) { shown.append(figures(for: line, at: period)) }
        return shown.total()
    }

    /// The figures of each ledger's lines and of the whole pool at `period`, each line's worked out once: what the
    /// Budgets pane's totals show.
    public func ledgerTotals(at period: Period) -> LedgerTotals {
        var all: [MonitoringFigures] = [], byLedger: [Ledger: [MonitoringFigures]] = [:]
        all.reserveCapacity(lines.count)
        forEachLine(at: period) { line, figures in
            all.append(figures)
            byLedger[line.ledger, default: []].append(figures)
        }
        return LedgerTotals(pool: all.total(), byLedger: byLedger.mapValues { $0.total() }, lineCounts: byLedger.mapValues(\.count))
    }

    /// How a set of figures stands under the agreement's rule: a rating only for one ledger with every return in.
    public func status(_ figures: MonitoringFigures) -> FinanceStatus {
        guard figures.ledgers.count == 1 else { return .notRated }
        guard let variance = figures.forecastVariance else { return .noReturn }
        return self.financeRAG.rate(variance: variance, budget: figures.budget)
    }

    /// Whether `period` has monitoring, and which lines lack a return.
    public func coverage(at period: Period) -> MonitoringCoverage { coverage(at: period, of: lineIDsByLedger) }

    /// Whether `period` has monitoring, and which of `lineIDs` (in the order given) lack a return.
    public func coverage(at period: Period, of lineIDs: [SchemeLine.ID]) -> MonitoringCoverage {
        guard monitoredPeriods.contains(period) else { return .none }
        let missing = lineIDs.filter { entry(for: $0, at: period) == nil }
        return missing.isEmpty ? .complete : .partial(missing: missing)
    }

    /// The latest monitored month on or before `period`, or else the earliest one after it.
    public func nearestMonitoredPeriod(to period: Period) -> Period? {
        monitoredPeriods.last { $0 <= period } ?? monitoredPeriods.first
    }

    /// The monitored month before `period`, if any.
    public func previousMonitoredPeriod(before period: Period) -> Period? {
        monitoredPeriods.last { $0 < period }
    }

    /// The forecast variance movement of `line` since the previous monitored month, if there was one and
    /// both months have a return for the line.
    public func movement(for line: SchemeLine, at period: Period) -> Money? {
        guard let previous = previousMonitoredPeriod(before: period),
              let now = figures(for: line, at: period).forecastVariance,
              let before = figures(for: line, at: previous).forecastVariance
        else { return nil }
        return now - before
    }
}
