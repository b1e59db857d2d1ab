/// A line whose forecast overspend is above the agreement's remedial trigger, and the plan the board must have for it:
/// due a set number of days after the end of the first month of the year that passed the trigger.
public struct RemedialPlanDue: Hashable, Sendable {
    public var lineID: SchemeLine.ID
    /// The forecast variance now, in basis points of the line's budget.
    public var varianceBasisPoints: Int64
    /// The first monitored month of the year, up to the one shown, whose forecast passed the trigger.
    public var since: Period
    public var dueBy: DateOnly
    /// The action recorded as its plan: the first action about the line recorded in the year by the due date and not
    /// withdrawn; nil while there is none.
    public var plan: Minute?

    /// Whether it is past its date with no plan recorded, on `day`.
    public func isOverdue(on day: DateOnly) -> Bool { plan == nil && day > dueBy }

    /// "S14: a remedial plan is due by 21 Jan 2026 (forecast +9.1%, above the trigger since Dec 2025); none is recorded",
    /// OVERDUE once past it; or the action that is its plan.
    public func sentence(on day: DateOnly) -> String { "\(lineID): \(note(on: day))" }

    /// ``sentence(on:)`` without the line.
    public func note(on day: DateOnly) -> String {
        let why = "forecast \(PercentText.percent(varianceBasisPoints, signed: true)), above the trigger since \(since.label)"
        if let plan { return "remedial plan \(plan.id) (\(plan.status.label.lowercased())), \(why)" }
        return isOverdue(on: day) ? "a remedial plan was due by \(dueBy.label) and none is recorded (\(why)): OVERDUE"
            : "a remedial plan is due by \(dueBy.label) (\(why)); none is recorded yet"
    }
}

extension Agreement {
    /// The lines over the remedial trigger at `period`, each with when its plan is due and the plan recorded, if any.
    public func remedialPlans(at period: Period) -> [RemedialPlanDue] {
        remedialPlans(at: period, for: linesOverRemedialTrigger(at: period))
    }

    /// The lines whose forecast overspend at `period` is above the remedial trigger, in the agreement's order: one
    /// month's figures a line.
    public func linesOverRemedialTrigger(at period: Period) -> [SchemeLine] {
        lines.filter { remedialVariance($0, at: period) != nil }
    }

    /// The plans due for `over` (lines over the trigger at `period`): a screen asks only for the few it shows.
    public func remedialPlans(at period: Period, for over: some Sequence<SchemeLine>) -> [RemedialPlanDue] {
        let yearStart = DateOnly(year: period.financialYear.startYear, month: 4, day: 1)
        let months = monitoredPeriods.filter { $0.financialYear == period.financialYear && $0 <= period }
        return over.compactMap { line in
            guard let variance = remedialVariance(line, at: period) else { return nil }
            let since = months.first { remedialVariance(line, at: $0) != nil } ?? period
            let dueBy = DateOnly(year: since.year, month: since.month, day: 1).endOfMonth.adding(days: self.financeRAG.remedialPlanDays)
            let plan = minutes.first { $0.kind == .action && $0.item == line.id && $0.status != .dropped && $0.meeting >= yearStart && $0.meeting <= dueBy }
            return RemedialPlanDue(lineID: line.id, varianceBasisPoints: variance.basisPoints(of: budget(of: line, at: period)) ?? 0, since: since, dueBy: dueBy,
                                   plan: plan)
        }
    }

    /// `line`'s forecast overspend at `month`, when it is above the remedial trigger.
    private func remedialVariance(_ line: SchemeLine, at month: Period) -> Money? {
        let f = figures(for: line, at: month)
        return f.forecastVariance.flatMap { $0.exceeds(basisPoints: self.financeRAG.remedialTriggerBasisPoints, of: f.budget) ? $0 : nil }
    }
}
