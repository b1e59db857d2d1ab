/// A month the pooled fund manager closed once its figures were reported: its returns are locked. A correction is
/// either an adjustment entered in an open month or a reopening with a reason, after which the month is closed again
/// as restated. The returns as first reported are kept beside the restated ones, and nothing in the record is ever
/// taken away: each reopening is added to its history.
public struct MonthClose: Hashable, Sendable, Identifiable {
    public var period: Period
    /// When it was first closed, and by whom.
    public var closedOn: DateOnly
    public var closedBy: String
    /// Its returns as they stood when it was first closed, in the order the agreement holds them.
    public var firstReported: [MonitoringEntry]
    /// Each reopening, oldest first; the last is still open until it has a `reclosedOn`.
    public var reopenings: [Reopening]

    public var id: Period { period }

    public init(period: Period, closedOn: DateOnly, closedBy: String, firstReported: [MonitoringEntry], reopenings: [Reopening] = []) {
        self.period = period
        self.closedOn = closedOn
        self.closedBy = closedBy
        self.firstReported = firstReported
        self.reopenings = reopenings
    }

    /// Where a closed month stands.
    public enum State: Hashable, Sendable {
        /// Closed as first reported.
        case closed
        /// Reopened, for the reason given, and not yet closed again: its returns may be corrected.
        case reopened(Reopening)
        /// Closed again after one or more reopenings; the last says when and why.
        case restated(Reopening)
    }

    public var state: State {
        guard let last = reopenings.last else { return .closed }
        return last.reclosedOn == nil ? .reopened(last) : .restated(last)
    }

    /// Whether its returns are locked: closed, or closed again after a reopening.
    public var isLocked: Bool {
        if case .reopened = state { false } else { true }
    }

    /// "closed 10 Jan 2026 by jo", "reopened 3 Feb 2026 by jo: …", "restated on 4 Feb 2026: …".
    public var summary: String {
        switch state {
        case .closed: "closed \(closedOn.label)" + (closedBy.isEmpty ? "" : " by \(closedBy)")
        case .reopened(let r): "reopened \(r.on.label)" + (r.by.isEmpty ? "" : " by \(r.by)") + ": \(r.reason)"
        case .restated(let r): "restated on \(r.reclosedOn?.label ?? r.on.label): \(r.reason)"
        }
    }
}

/// A closed month opened again to correct it: when, by whom, why, and when it was closed again.
public struct Reopening: Hashable, Sendable {
    public var on: DateOnly
    public var by: String
    public var reason: String
    /// When the month was closed again; nil while it is open.
    public var reclosedOn: DateOnly?

    public init(on: DateOnly, by: String, reason: String, reclosedOn: DateOnly? = nil) {
        self.on = on
        self.by = by
        self.reason = reason
        self.reclosedOn = reclosedOn
    }
}
