/// The board's walk through the agreement, in order: each step a few figures and one plain sentence.
public enum WalkStep: Int, CaseIterable, Hashable, Sendable {
    case parties, governance, pool, lines, monitoring, yearEnd, providers, outcomes, ringFences, decisionsNeeded, actions

    /// The step's title: "Pool and contributions".
    public var title: String {
        switch self {
        case .parties: "Parties and term"
        case .governance: "Governance and delegations"
        case .pool: "Pool and contributions"
        case .lines: "Scheme lines"
        case .monitoring: "Monitoring and forecast"
        case .yearEnd: "Year-end position and risk share"
        case .providers: "Providers and contract payments"
        case .outcomes: "Outcome metrics"
        case .ringFences: "Ring-fence checks"
        case .decisionsNeeded: "Decisions needed"
        case .actions: "Actions"
        }
    }

    /// The step's stable name, as minutes record it: "year-end".
    public var name: String {
        switch self {
        case .parties: "parties"
        case .governance: "governance"
        case .pool: "pool"
        case .lines: "lines"
        case .monitoring: "monitoring"
        case .yearEnd: "year-end"
        case .providers: "providers"
        case .outcomes: "outcomes"
        case .ringFences: "ring-fences"
        case .decisionsNeeded: "decisions-needed"
        case .actions: "actions"
        }
    }

    /// The step with `name`, if there is one.
    public init?(name: String) {
        guard let step = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = step
    }
}

/// "£730k", "£45.7m", "£393.6k": money as a board reads it aloud, exact to the figure shown.
public enum SpokenMoney {
    public static func text(_ amount: Money) -> String {
        let pounds = amount.pence.magnitude / 100
        let sign = amount.isNegative ? "−" : ""
        if pounds >= 1_000_000 { return sign + "£" + decimal(pounds, per: 1_000_000) + "m" }
        if pounds >= 1_000 { return sign + "£" + decimal(pounds, per: 1_000) + "k" }
        return sign + "£\(pounds)"
    }

    /// `value` ÷ `per` with one decimal, the decimal left out when it is nought: 45.7, 730, 393.6.
    private static func decimal(_ value: UInt64, per: UInt64) -> String {
        let tenths = (value * 10 + per / 2) / per
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}

extension Agreement {
    /// The one sentence that explains `step` at `period`, computed from the figures.
    public func walkSentence(_ step: WalkStep, at period: Period) -> String {
        let revenue = contributions.filter { $0.ledger == .revenue }.sum(\.amount)
        let capital = contributions.filter { $0.ledger == .capital }.sum(\.amount)
        switch step {
        case .parties:
            let names = partners.map { $0.id == hostPartnerID ? "\($0.name) (host)" : $0.name }
            return "\(names.joined(separator: " and ")) pool \(SpokenMoney.text(revenue + capital)) for \(financialYear), "
                + "from \(start.label) to \(end.label), on \(noticeMonths) months' notice."
        case .governance:
            return "\(governance.boardName.isEmpty ? "The board" : "The " + governance.boardName) meets "
                + "\(governance.meetingFrequency.isEmpty ? "as agreed" : governance.meetingFrequency.lowercased()); "
                + "\(governance.delegations.count) delegation\(governance.delegations.count == 1 ? "" : "s") set who may decide what."
        case .pool:
            let shares = partners.compactMap { p -> String? in
                let mine = contributions.filter { $0.partnerID == p.id && $0.ledger == .revenue }.sum(\.amount)
                return mine == .zero ? nil : "\(p.shortName) \(PercentText.percent(mine.basisPoints(of: revenue)))"
            }
            return "The pool is \(SpokenMoney.text(revenue + capital)): \(SpokenMoney.text(revenue)) revenue"
                + (shares.isEmpty ? "" : " (\(shares.joined(separator: ", ")))") + " and \(SpokenMoney.text(capital)) capital."
        case .lines:
            guard let largest = lines.max(by: { $0.budget < $1.budget }) else { return "There are no scheme lines yet." }
            return "\(lines.count) scheme lines spend the pool; the largest is \(largest.id) \(largest.name) (\(SpokenMoney.text(largest.budget)))."
        case .monitoring:
            let f = figures(at: period) { $0.ledger == .revenue }
            guard let variance = f.forecastVariance else {
                return coverage(at: period) == .none ? "Nobody has monitored \(period.label) yet: there is no forecast to report."
                    : "\(f.missingReturns.count) lines have no return for \(period.label), so the forecast is not known."
            }
            let reds = lines.filter { status(figures(for: $0, at: period)) == .red }.map(\.id)
            let word = variance.isNegative ? "under" : "over"
            return "At \(period.label) the revenue pool is \(period.outturnWord) \(SpokenMoney.text(variance.magnitude)) \(word) budget "
                + "(\(PercentText.percent(f.forecastVarianceBasisPoints.map { $0.magnitude }.map(Int64.init))), \(status(f).label))"
                + (reds.isEmpty ? "." : "; \(reds.joined(separator: ", ")) \(reds.count == 1 ? "is" : "are") Red.")
        case .yearEnd:
            let position = yearEndPosition(at: period)
            guard position.isComplete else { return "The position cannot be worked out until every line has a return for \(period.label)." }
            let s = position.revenue
            let shares = s.shares.map { "\(partnerNames[$0.partnerID] ?? $0.partnerID) \(SpokenMoney.text($0.amount))" }
            if s.netVariance.pence > 0 {
                return "The pool is \(period.outturnWord) \(SpokenMoney.text(s.netVariance)) over budget "
                    + "(\(PercentText.percent(s.netVariance.basisPoints(of: s.contributions))))"
                    + (s.reserveUsed == .zero ? "" : "; after the \(SpokenMoney.text(s.reserveUsed)) reserve")
                    + ", " + shares.joined(separator: " and ") + " would be paid in."
            }
            return "The pool is \(period.outturnWord) \(SpokenMoney.text(s.netVariance.magnitude)) under budget; "
                + "\(SpokenMoney.text(s.reserveAdded)) rebuilds the reserve and \(SpokenMoney.text(s.carriedForward)) is carried forward."
        case .providers:
            let rows = providerFigures(at: period)
            let worst = rows.compactMap { row -> (String, Money)? in row.figures.forecastVariance.map { (row.providerID ?? "shared", $0) } }
                .max { $0.1 < $1.1 }
            let pending = contracts.map { payment(for: $0, at: period) }.filter { $0.payableUpTo != nil }.sum(\.atRisk)
            return "\(providers.count) providers"
                + (worst.map { $0.1.pence > 0 ? "; \(provider($0.0)?.name ?? $0.0) is furthest over, by \(SpokenMoney.text($0.1))" : "" } ?? "")
                + (pending == .zero ? "." : "; \(SpokenMoney.text(pending)) of outcome payments waits on outcomes not yet known.")
        case .outcomes:
            let assessed = metrics.compactMap { m in m.latestAssessment(at: period.monthOfYear).map { (m.id, $0) } }
            let off = assessed.filter { !$0.1.targetMet }.map { "\($0.0) \($0.1.rag.label)" }
            return "\(assessed.filter { $0.1.targetMet }.count) of \(metrics.count) metrics are at or better than target"
                + (off.isEmpty ? "." : "; " + off.joined(separator: ", ") + ".")
        case .ringFences:
            let failed = ringFenceChecks(at: period).filter { $0.result == .notMet }.map(\.name)
            return failed.isEmpty ? "Every ring-fence check is met or has nothing to check yet."
                : "Not met: " + failed.joined(separator: "; ") + "."
        case .decisionsNeeded:
            let reds = lines.filter { status(figures(for: $0, at: period)) == .red }.map(\.id)
            let position = yearEndPosition(at: period)
            var needed: [String] = []
            if !reds.isEmpty { needed.append("remedial plans for \(reds.joined(separator: ", "))") }
            if position.revenue.reserveUsed.pence > 0 { needed.append("the use of the \(SpokenMoney.text(position.revenue.reserveUsed)) reserve") }
            if !validate().isEmpty { needed.append("\(validate().count) problem\(validate().count == 1 ? "" : "s") in the agreement's data") }
            return needed.isEmpty ? "Nothing in the figures calls for a decision." : "The board is asked to agree " + needed.joined(separator: "; ") + "."
        case .actions:
            let open = minutes.filter { $0.kind == .action && $0.status == .open }.count
            let deferred = minutes.filter { $0.status == .deferred }.count
            let outstanding = [open == 0 ? nil : "\(open) action\(open == 1 ? " is" : "s are") open",
                               deferred == 0 ? nil : "\(deferred) decision\(deferred == 1 ? " was" : "s were") deferred"].compactMap { $0 }
            return (outstanding.isEmpty ? "No action is open" : outstanding.joined(separator: " and "))
                + "; record the actions agreed, with owners and dates, before the meeting closes."
        }
    }
}
