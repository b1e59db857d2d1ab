/// The board's walk through the agreement, in order: each step a few figures and one plain sentence.
public enum WalkStep: Int, CaseIterable, Hashable, Sendable {
    case previousMinutes, parties, governance, pool, lines, monitoring, yearEnd, providers, outcomes, ringFences, decisionsNeeded, actions

    /// The step's title: "Pool and contributions".
    public var title: String {
        switch self {
        case .previousMinutes: "Minutes of the last meeting"
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
        case .previousMinutes: "minutes"
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
    /// The one sentence that explains `step` at `period`, computed from the figures, for the meeting of `day` (the
    /// minutes before it; any when not given). `problems` is how many the agreement's check finds, where the caller
    /// keeps it already; the check is run when it is not given.
    public func walkSentence(_ step: WalkStep, at period: Period, on day: DateOnly? = nil, problems known: Int? = nil) -> String {
        let revenue = contributions.filter { $0.ledger == .revenue }.sum(\.amount)
        let capital = contributions.filter { $0.ledger == .capital }.sum(\.amount)
        switch step {
        case .previousMinutes:
            let before = day ?? DateOnly(year: 9999, month: 12, day: 31)
            if let approving = day.flatMap({ meeting(on: $0) })?.approves {
                return "The minutes of the meeting of \(approving.meeting.label) were approved, moved by \(approving.movedBy)."
            }
            guard let awaiting = minutesAwaitingApproval(before: before) else { return "No earlier meeting's minutes await approval." }
            return "The minutes of the meeting of \(awaiting.date.label) are before the board for approval."
        case .parties:
            let names = partners.map { $0.id == self.hostPartnerID ? "\($0.name) (host)" : $0.name }
            return "\(names.joined(separator: " and ")) pool \(SpokenMoney.text(revenue + capital)) for \(financialYear), "
                + "from \(self.start.label) to \(self.end.label), on \(self.noticeMonths) months' notice."
        case .governance:
            return "\(self.governance.boardName.isEmpty ? "The board" : "The " + self.governance.boardName) meets "
                + "\(self.governance.meetingFrequency.isEmpty ? "as agreed" : self.governance.meetingFrequency.lowercased()); "
                + "\(self.governance.delegations.count) delegation\(self.governance.delegations.count == 1 ? "" : "s") set who may decide what."
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
                return (coverage(at: period) == .none ? "Nobody has monitored \(period.label) yet: there is no forecast to report."
                    : "\(Self.named(f.missingReturns)) \(f.missingReturns.count == 1 ? "has" : "have") no return for "
                    + "\(period.label), so the revenue pool's \(period.outturnWord) is not known.") + restatedMonths(upTo: period)
            }
            return monitoringSentence(revenue: f, variance: variance, at: period) + restatedMonths(upTo: period) + signOffNote(at: period)
        case .yearEnd:
            guard let position = yearEndPosition(at: period) else {
                let missing = figures(at: period).missingReturns
                return coverage(at: period) == .none ? "Nobody has monitored \(period.label) yet: there is no position to share."
                    : "No position and no partner's share can be stated: \(Self.named(missing)) "
                    + "\(missing.count == 1 ? "has" : "have") no return for \(period.label)."
            }
            return yearEndSentence(position.revenue, at: period)
        case .providers:
            let rows = providerFigures(at: period)
            let worst = rows.compactMap { row -> (String, Money)? in row.figures.forecastVariance.map { (row.providerID ?? "shared", $0) } }
                .max { $0.1 < $1.1 }
            let pending = outcomeMoneyAwaited(at: period)
            return "\(providers.count) providers"
                + (worst.map { $0.1.pence > 0 ? "; \(provider($0.0)?.name ?? $0.0) is furthest over, by \(SpokenMoney.text($0.1))" : "" } ?? "")
                + (pending == .zero ? "." : "; \(SpokenMoney.text(pending)) of outcome payments waits on outcomes not yet known.")
        case .outcomes:
            return outcomesSentence(at: period)
        case .ringFences:
            let checks = ringFenceChecks(at: period)
            let failed = checks.filter { $0.result == .notMet }.map { "\($0.name) (\($0.detail))" }
            let unknown = checks.filter { $0.result == .notKnown }.map(\.name)
            if failed.isEmpty && unknown.isEmpty { return "Every ring-fence check is met or has nothing to check yet." }
            return [failed.isEmpty ? nil : "Not met: " + failed.joined(separator: "; "),
                    unknown.isEmpty ? nil : "Not known until every return is in: " + unknown.joined(separator: "; ")]
                .compactMap { $0 }.joined(separator: ". ") + "."
        case .decisionsNeeded:
            let reds = lines.filter { status(figures(for: $0, at: period)) == .red }.map(\.id)
            var needed: [String] = []
            if !reds.isEmpty { needed.append("remedial plans for \(reds.joined(separator: ", "))") }
            if let used = yearEndPosition(at: period)?.revenue.reserveUsed, used.pence > 0 { needed.append(reserveDraw(used)) }
            let problems = known ?? validate().count
            if problems > 0 { needed.append("\(problems) problem\(problems == 1 ? "" : "s") in the agreement's data") }
            return needed.isEmpty ? "Nothing in the figures calls for a decision." : "The board is asked to agree " + needed.joined(separator: "; ") + "."
        case .actions:
            let open = minutes.filter { $0.kind == .action && $0.status == .open }.count
            let deferred = minutes.filter { $0.status == .deferred }.count
            let outstanding = [open == 0 ? nil : "\(open) action\(open == 1 ? " is" : "s are") open",
                               deferred == 0 ? nil : "\(deferred) decision\(deferred == 1 ? " was" : "s were") deferred"].compactMap { $0 }
            return (outstanding.isEmpty ? "No action is open" : outstanding.joined(separator: " and ")) + "."
        }
    }
}

extension Agreement {
    /// "a draw of £100k on the £250k reserve".
    func reserveDraw(_ used: Money) -> String { "a draw of \(SpokenMoney.text(used)) on the \(SpokenMoney.text(self.riskReserve)) reserve" }

    /// The revenue pool's position and who pays whom: "the Council (host) invoices the ICB £393,600".
    func yearEndSentence(_ s: Settlement, at period: Period) -> String {
        let word = period.outturnWord
        guard s.netVariance != .zero else { return "The revenue pool is \(word) on budget: nobody pays or receives anything." }
        let share = PercentText.percent(s.netVariance.magnitude.basisPoints(of: s.contributions))
        var sentence = "The revenue pool is \(word) \(SpokenMoney.text(s.netVariance.magnitude)) "
            + "\(s.netVariance.isNegative ? "under" : "over") budget (\(share))"
        for charge in s.chargeBacks {
            sentence += "; \(SpokenMoney.text(charge.amount)) of unauthorised spend is charged back to the "
                + "\(partnerNames[charge.partnerID] ?? charge.partnerID) first"
        }
        if s.reserveUsed.pence > 0 { sentence += "; after \(reserveDraw(s.reserveUsed))" }
        let shared = s.netVariance - s.reserveUsed - s.chargeBacks.sum(\.amount)
        if shared.pence > 0, s.reserveUsed.pence > 0 { sentence += ", \(SpokenMoney.text(shared)) is shared" }
        if s.reserveAdded.pence > 0 { sentence += "; \(SpokenMoney.text(s.reserveAdded)) rebuilds the reserve" }
        if s.carriedForward.pence > 0 { sentence += "; \(SpokenMoney.text(s.carriedForward)) is carried forward" }
        let hostName = host.map { "the \($0.shortName) (host)" } ?? "the host"
        let flows = s.shares.filter { $0.partnerID != self.hostPartnerID && $0.amount != .zero }.map { share -> String in
            let name = "the " + (partnerNames[share.partnerID] ?? share.partnerID)
            return share.amount.pence > 0 ? "\(hostName) invoices \(name) \(MoneyText.pounds(share.amount))"
                : "\(hostName) pays \(name) \(MoneyText.pounds(share.amount.magnitude))"
        }
        let own = s.share(of: self.hostPartnerID)
        let hostPart = own == .zero ? [] : ["\(hostName) \(own.pence > 0 ? "bears" : "keeps") \(MoneyText.pounds(own.magnitude)) itself"]
        let parts = flows + hostPart
        return sentence + (parts.isEmpty ? "; no partner pays or receives anything." : ": " + parts.joined(separator: "; ") + ".")
    }
}

extension Agreement {
    /// The revenue pool's forecast with every Red and Amber line, the capital position and any line (or the pool)
    /// whose year to date and forecast point in opposite directions.
    /// " Restated since the board saw them: Nov 2025 (S03 accrual missed)." for the months of `period`'s year up to it that
    /// were reopened (and may still be), so the board knows which figures it saw have changed; "" when none were.
    func restatedMonths(upTo period: Period) -> String {
        let changed = monthCloses.filter { $0.period <= period && $0.period.financialYear == period.financialYear }.compactMap { close -> String? in
            switch close.state {
            case .closed: nil
            case .restated(let r): "\(close.period.label) (\(r.reason))"
            case .reopened(let r): "\(close.period.label), reopened and not yet closed again (\(r.reason))"
            }
        }
        return changed.isEmpty ? "" : " Restated since the board saw them: \(changed.joined(separator: "; "))."
    }

    /// " Sign-off: submitted by LA (ICB outstanding)." once anyone has signed the month; "" before.
    func signOffNote(at period: Period) -> String {
        let signed = signOffs.contains { if case .submitted(period, _) = $0.scope { true } else { $0.scope == .approved(period) } }
        return signed ? " Sign-off: \(signOffStatus(of: period))." : ""
    }

    func monitoringSentence(revenue f: MonitoringFigures, variance: Money, at period: Period) -> String {
        var sentence = "At \(period.label) the revenue pool is \(period.outturnWord) \(overOrUnder(variance)) "
            + "(\(PercentText.percent(f.forecastVarianceBasisPoints.map { $0.magnitude }.map(Int64.init))), \(status(f).label))"
        if let ytd = f.ytdVariance, opposite(ytd, variance) { sentence += ", though \(overOrUnder(ytd)) to date" }
        // one pass over the lines, each line's figures worked out once
        var rated: [FinanceStatus: [SchemeLine.ID]] = [:], slipping: [SchemeLine.ID] = [], turning: [SchemeLine.ID] = []
        var capitalLines: [MonitoringFigures] = []
        forEachLine(at: period) { line, lineFigures in
            let rating = status(lineFigures)
            if line.ledger == .capital {
                capitalLines.append(lineFigures)
                if rating == .under { slipping.append(line.id) }
            } else if [.red, .amber, .under].contains(rating) {
                rated[rating, default: []].append(line.id)
            }
            if let ytd = lineFigures.ytdVariance, let forecast = lineFigures.forecastVariance, opposite(ytd, forecast) { turning.append(line.id) }
        }
        for rating in [FinanceStatus.red, .amber, .under] {
            if let ids = rated[rating] { sentence += "; \(rating.label): \(Self.named(ids))" }
        }
        let capital = capitalLines.total()
        if let capitalVariance = capital.forecastVariance, capitalVariance != .zero {
            sentence += "; capital is \(period.outturnWord) \(overOrUnder(capitalVariance)) "
                + "(\(PercentText.percent(capital.forecastVarianceBasisPoints.map { Int64($0.magnitude) })), \(status(capital).label))"
                + (slipping.isEmpty ? "" : ": slippage on \(Self.named(slipping))")
        } else if !capital.missingReturns.isEmpty {
            sentence += "; capital has no return from \(Self.named(capital.missingReturns))"
        }
        if !turning.isEmpty {
            sentence += "; \(Self.named(turning)) \(turning.count == 1 ? "points" : "point") one way to date and the other at year end"
        }
        return sentence + "."
    }

    /// The most lines a sentence names in one list: the board hears ten, and the step's table lists them all.
    static let linesNamed = 10

    /// "S01b, S02, S03", or past ``linesNamed`` the first ten and "and 1,987 more".
    static func named(_ ids: [SchemeLine.ID]) -> String { IdentifierList.text(ids, most: linesNamed) }

    /// "£730k over budget", "£105k under budget", "on budget".
    private func overOrUnder(_ variance: Money) -> String {
        variance == .zero ? "on budget" : "\(SpokenMoney.text(variance.magnitude)) \(variance.isNegative ? "under" : "over") budget"
    }

    /// Whether two variances point in opposite directions (under to date, over at year end, or the reverse).
    private func opposite(_ a: Money, _ b: Money) -> Bool { (a.pence < 0 && b.pence > 0) || (a.pence > 0 && b.pence < 0) }

    /// How many metrics meet their targets, which period's data each shows and when it was published.
    func outcomesSentence(at period: Period) -> String {
        let assessed = metrics.compactMap { m in m.latestAssessment(at: period.monthOfYear).map { (m, $0) } }
        guard !assessed.isEmpty else {
            return metrics.isEmpty ? "The agreement has no outcome metrics." : "No metric has data published by \(period.label)."
        }
        let off = assessed.filter { !$0.1.targetMet }.map { "\($0.0.id) \($0.1.rag.label)" }
        var groups: [(String, [String])] = []
        for (metric, assessment) in assessed {
            let published = financialYear.month(1).advanced(by: assessment.period.endMonthOfYear + metric.publicationLagMonths - 1)
            let key = "\(assessment.period.label) data published \(published.label)"
            if let index = groups.firstIndex(where: { $0.0 == key }) { groups[index].1.append(metric.id) } else { groups.append((key, [metric.id])) }
        }
        let shown = groups.map { "\($0.1.joined(separator: ", ")): \($0.0)" }.joined(separator: "; ")
        let unpublished = metrics.filter { m in !assessed.contains { $0.0.id == m.id } }.map(\.id)
        return "\(assessed.filter { $0.1.targetMet }.count) of \(assessed.count) metrics with data are at or better than target"
            + (off.isEmpty ? "" : " (\(off.joined(separator: ", ")))") + "; shown: \(shown)"
            + (unpublished.isEmpty ? "." : "; nothing published yet for \(unpublished.joined(separator: ", ")).")
    }
}
