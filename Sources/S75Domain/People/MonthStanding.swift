/// Where a month's returns stand on their way to the record: entered, submitted by some or all of the partners,
/// approved by the pooled fund manager, closed; reopened when a close was undone.
public enum MonthStanding: Hashable, Sendable {
    /// No line has a return for the month.
    case notMonitored
    case entered
    /// `submitted` of the `of` partners that lead a line have submitted their returns.
    case submitted(Int, of: Int)
    case approved
    case closed
    case reopened

    /// The standing in a word or two, as the header shows it: "entered", "submitted 1/2", "approved", "closed".
    public var label: String {
        switch self {
        case .notMonitored: "not monitored"
        case .entered: "entered"
        case .submitted(let count, let of): "submitted \(count)/\(of)"
        case .approved: "approved"
        case .closed: "closed"
        case .reopened: "reopened"
        }
    }
}

extension Agreement {
    /// Where `period`'s returns stand. A close outranks a sign-off; a sign-off that a later change overtook counts as
    /// not given (``isSuperseded(_:)`` says which).
    public func standing(of period: Period) -> MonthStanding {
        if let close = monthClose(period) { return close.isLocked ? .closed : .reopened }
        guard monitoring.count(at: period) > 0 else { return .notMonitored }
        let current = { (scope: SignOff.Scope) in self.signOff(scope).map { !self.isSuperseded($0) } == true }
        if current(.approved(period)) { return .approved }
        let partners = submittingPartners
        let submitted = partners.filter { current(.submitted(period, $0)) }.count
        return submitted == 0 ? .entered : .submitted(submitted, of: partners.count)
    }
}
