/// A problem found in an agreement: where it is, and what is wrong.
public struct ValidationProblem: Hashable, Sendable, CustomStringConvertible {
    /// Where: "line S08a", "contribution C3", "risk share", …
    public var location: String
    public var message: String

    public init(_ location: String, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

extension Agreement {
    /// Whether ``validate()`` would find the same in `other`: everything it reads is the same. It reads nothing of the
    /// board's meetings and minutes, so recording a walk's progress, a decision or an action needs no fresh check.
    /// Cheap when the records are unchanged, as their storage is shared and compared first.
    public func checksTheSame(as other: Agreement) -> Bool {
        var unrecorded = self
        unrecorded.meetings = other.meetings
        unrecorded.minutes = other.minutes
        return unrecorded == other
    }

    /// Whether ``recordProblems()`` would find the same in `other`: they differ at most in their monthly returns, meetings
    /// and minutes, so that a saved return needs only its returns checked again (``returnProblems()``).
    public func recordsCheckTheSame(as other: Agreement) -> Bool {
        var unreturned = self
        unreturned.monitoring = other.monitoring
        unreturned.meetings = other.meetings
        unreturned.minutes = other.minutes
        return unreturned == other
    }

    /// Every problem with the agreement's data, in a stable order (its records', then its monthly returns'); empty when
    /// it is sound.
    public func validate() -> [ValidationProblem] {
        recordProblems() + returnProblems()
    }

    /// The problems of the monthly returns: a line without a return in a month others have one for, a return naming a
    /// line the agreement lacks or a month outside the term.
    public func returnProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        var known: [Period: Int] = [:]  // the returns of each month that name a line of the agreement
        // every return names a line, in the term: each month's returns are all known, without looking at each return
        let allSound = monitoring.lineIDs.allSatisfy(lines.contains(id:))
            && monitoring.periods.allSatisfy { $0 >= self.start.period && $0 <= self.end.period }
        if allSound {
            for period in monitoring.periods { known[period] = monitoring.count(at: period) }
        } else {
            for entry in monitoring {
                if lines.contains(id: entry.lineID) {
                    known[entry.period, default: 0] += 1
                } else {
                    problems.append(ValidationProblem("monitoring \(entry.period)", "names line \"\(entry.lineID)\", which is not in the agreement"))
                }
                if entry.period < self.start.period || entry.period > self.end.period {
                    problems.append(ValidationProblem("monitoring \(entry.lineID) \(entry.period)", "the month is outside the term"))
                }
            }
        }
        var gaps: [ValidationProblem] = []
        var ordered: [SchemeLine.ID]?  // worked out only for a month short of a return
        for period in monitoredPeriods where known[period, default: 0] < lines.count {  // a month every line has a return for is skipped
            if ordered == nil { ordered = lineIDsByLedger }
            if case .partial(let missing) = coverage(at: period, of: ordered ?? []) {
                for id in missing {
                    gaps.append(ValidationProblem("monitoring \(period)", "line \(id) has no return, though other lines do"))
                }
            }
        }
        return gaps + problems
    }

    /// The problems of everything but the monthly returns, meetings and minutes.
    public func recordProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        func duplicates<T: Hashable>(_ ids: [T], _ kind: String) {
            var seen = Set<T>(), named = Set<T>()
            for id in ids where !seen.insert(id).inserted && named.insert(id).inserted {
                problems.append(ValidationProblem("\(kind) \(id)", "the identifier is used more than once"))
            }
        }
        let partnerIDs = Set(partners.map(\.id)), providerIDs = Set(providers.map(\.id))
        duplicates(partners.map(\.id), "partner")
        duplicates(contributions.map(\.id), "contribution")
        duplicates(lines.map(\.id), "line")
        duplicates(providers.map(\.id), "provider")
        duplicates(contracts.map(\.id), "contract")
        duplicates(metrics.map(\.id), "metric")
        if partners.isEmpty { problems.append(ValidationProblem("agreement", "has no partners")) }
        if !partnerIDs.contains(self.hostPartnerID) {
            problems.append(ValidationProblem("agreement", "the host partner \"\(self.hostPartnerID)\" is not one of the partners"))
        }
        for (name, date) in [("start", self.start), ("end", self.end)] where !date.exists {
            problems.append(ValidationProblem("agreement", "the \(name) date \(date) does not exist"))
        }
        if self.end < self.start { problems.append(ValidationProblem("agreement", "the term ends (\(self.end)) before it starts (\(self.start))")) }
        if self.riskReserve.isNegative { problems.append(ValidationProblem("agreement", "the risk reserve \(MoneyText.pounds(self.riskReserve)) is negative")) }
        if self.ascMinimum.isNegative { problems.append(ValidationProblem("agreement", "the NHS minimum on adult social care is negative")) }
        if self.reportingPeriod < self.start.period || self.reportingPeriod > self.end.period {
            problems.append(ValidationProblem("agreement", "the reporting period \(self.reportingPeriod) is outside the term"))
        }
        for c in contributions {
            if !partnerIDs.contains(c.partnerID) {
                problems.append(ValidationProblem("contribution \(c.id)", "names partner \"\(c.partnerID)\", which is not in the agreement"))
            }
            if c.amount.isNegative {
                problems.append(ValidationProblem("contribution \(c.id)", "the amount \(MoneyText.pounds(c.amount)) is negative"))
            }
        }
        for line in lines {
            let at = "line \(line.id)"
            if !partnerIDs.contains(line.leadCommissionerID) {
                problems.append(ValidationProblem(at, "names lead commissioner \"\(line.leadCommissionerID)\", which is not a partner"))
            }
            for id in line.providerIDs where !providerIDs.contains(id) {
                problems.append(ValidationProblem(at, "names provider \"\(id)\", which is not in the agreement"))
            }
            if line.providerIDs.isEmpty { problems.append(ValidationProblem(at, "names no provider")) }
            if line.budget.isNegative { problems.append(ValidationProblem(at, "the budget \(MoneyText.pounds(line.budget)) is negative")) }
            if !contributions.contains(where: { $0.source == line.source }) {
                problems.append(ValidationProblem(at, "is funded from \(line.source.label), which no partner contributes"))
            }
            if case .joint(let nhs) = line.commissioner, !(0...10_000).contains(nhs) {
                problems.append(ValidationProblem(at, "joint commissioning split \(PercentText.number(nhs))/\(PercentText.number(10_000 - nhs)) "
                                                  + "is not a split of 100%"))
            }
            if case .cumulativePercent(let profile) = line.profile,
               profile.count != 12 || profile.last != 100 || zip(profile, profile.dropFirst()).contains(where: { $0 > $1 }) {
                problems.append(ValidationProblem(at, "budget profile must be 12 rising percentages ending at 100"))
            }
        }
        problems += fundingProblems(at: self.reportingPeriod)
        for provider in providers where ProviderType(named: provider.providerType) == nil {
            problems.append(ValidationProblem("provider \(provider.id)", provider.providerType.isEmpty ? "has no provider type"
                : "the provider type \"\(provider.providerType)\" is not one of the BCF template's"
                + " (\(ProviderType.allCases.map(\.rawValue).joined(separator: ", ")))"))
        }
        for provider in providers where !(0...10_000).contains(provider.allianceShareBasisPoints) {
            problems.append(ValidationProblem("provider \(provider.id)", "the alliance share \(PercentText.percent(provider.allianceShareBasisPoints)) is outside 0–100%"))
        }
        let allianceShares = providers.map(\.allianceShareBasisPoints).reduce(0, +)
        if allianceShares != 0 && allianceShares != 10_000 {
            problems.append(ValidationProblem("providers", "alliance shares add up to \(PercentText.exact(allianceShares)), not 100%"))
        }
        problems += contractFundingProblems()
        for charge in chargeBacks {
            if partner(charge.partnerID) == nil {
                problems.append(ValidationProblem("charge-back \(charge.id)", "names partner \"\(charge.partnerID)\", which is not a partner"))
            }
            if !riskShareLines.contains(where: { $0.id == charge.lineID }) {
                problems.append(ValidationProblem("charge-back \(charge.id)", "names line \"\(charge.lineID)\", which is not a pooled revenue line"))
            }
        }
        for contract in contracts {
            let at = "contract \(contract.id)"
            if !providerIDs.contains(contract.providerID) {
                problems.append(ValidationProblem(at, "names provider \"\(contract.providerID)\", which is not in the agreement"))
            }
            if contract.value.isNegative || contract.atRisk.isNegative {
                problems.append(ValidationProblem(at, "has a negative value or amount at risk"))
            }
            if contract.atRisk > contract.value && contract.form != .alliance {
                problems.append(ValidationProblem(at, "puts more at risk than the contract is worth"))
            }
            if case .outcomes(let scheme) = contract.payment {
                if scheme.components.isEmpty { problems.append(ValidationProblem(at, "pays on outcomes but names none")) }
                for component in scheme.components {
                    if case .metric(let id) = component.measure, !metrics.contains(id: id) {
                        problems.append(ValidationProblem(at, "outcome \"\(component.name)\" names metric \"\(id)\", which is not in the agreement"))
                    }
                    if component.weight <= 0 { problems.append(ValidationProblem(at, "outcome \"\(component.name)\" has no weight")) }
                    if case .graded(let cap) = component.rule, cap <= 0 {
                        problems.append(ValidationProblem(at, "outcome \"\(component.name)\" has a cap of \(PercentText.exact(cap))"))
                    }
                }
            }
        }
        problems += riskShareProblems(partnerIDs: partnerIDs)
        if self.financeRAG.amberAboveBasisPoints < 0 || self.financeRAG.redAboveBasisPoints < self.financeRAG.amberAboveBasisPoints {
            problems.append(ValidationProblem("RAG thresholds", "Amber must start at 0% or more, and Red no lower than Amber"))
        }
        if self.financeRAG.underAboveBasisPoints < 0 {
            problems.append(ValidationProblem("RAG thresholds", "the Under threshold must be 0% or more"))
        }
        for metric in metrics {
            let at = "metric \(metric.id)"
            if metric.quarterlyTargets.count != 4 { problems.append(ValidationProblem(at, "needs four quarterly targets (or blanks)")) }
            if metric.baseline == metric.annualTarget { problems.append(ValidationProblem(at, "the target equals the baseline")) }
            switch metric.tolerance {
            case .relative(let bp) where bp < 0, .points(let bp) where bp < 0:
                problems.append(ValidationProblem(at, "the tolerance is negative"))
            default: break
            }
        }
        return problems + closedMonthProblems()
    }

    private func riskShareProblems(partnerIDs: Set<Partner.ID>) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        func checkSplits(_ splits: [PartnerSplit], _ what: String) {
            for split in splits where !(0...10_000).contains(split.basisPoints) {
                problems.append(ValidationProblem("risk share", "\(what) gives \(split.partnerID) \(PercentText.percent(split.basisPoints)), outside 0–100%"))
            }
            let total = splits.map(\.basisPoints).reduce(0, +)
            if total != 10_000 { problems.append(ValidationProblem("risk share", "\(what) adds up to \(PercentText.exact(total)), not 100%")) }
            for split in splits where !partnerIDs.contains(split.partnerID) {
                problems.append(ValidationProblem("risk share", "\(what) names \"\(split.partnerID)\", which is not a partner"))
            }
        }
        switch self.riskShare.overspend {
        case .fixed(let splits): checkSplits(splits, "the fixed split")
        case .cappedProportional(let cap) where cap <= 0 || cap > 10_000:
            problems.append(ValidationProblem("risk share", "the cap of \(PercentText.percent(cap)) is outside 0–100% of a contribution"))
        case .tiered(let tiers):
            let limits = tiers.compactMap(\.upToBasisPoints)
            if limits != limits.sorted() || tiers.last?.upToBasisPoints != nil {
                problems.append(ValidationProblem("risk share", "tiers must rise and end with an open band"))
            }
            for tier in tiers { if case .fixed(let splits) = tier.sharing { checkSplits(splits, "a tier's split") } }
        default: break
        }
        if case .hybrid(let cap, let forward) = self.riskShare.underspend, cap.isNegative || !(0...10_000).contains(forward) {
            problems.append(ValidationProblem("risk share", "the underspend rule's reserve cap or carry-forward share is out of range"))
        }
        return problems
    }
}

extension Agreement {
    /// Contracts against the lines that fund them: a contract naming a line that does not exist, a paid-as-used contract
    /// naming none, a provider with contracts and no line, and a provider whose contracts are worth more than its lines.
    func contractFundingProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        for contract in contracts {
            for id in contract.lineIDs where !lines.contains(id: id) {
                problems.append(ValidationProblem("contract \(contract.id)", "names line \"\(id)\", which is not in the agreement"))
            }
            if contract.isPaidAsUsed, contract.lineIDs.isEmpty {
                problems.append(ValidationProblem("contract \(contract.id)", "is paid as used but names no line it is paid from"))
            }
        }
        let planned = providerFiguresByProvider(at: self.reportingPeriod).mapValues(\.figures.budget)
        let contractsOf = Dictionary(grouping: contracts, by: \.providerID)
        let funded = Set(lines.flatMap(\.providerIDs))
        for provider in providers {
            let theirs = contractsOf[provider.id] ?? []
            guard !theirs.isEmpty else { continue }
            let budget = planned[provider.id] ?? .zero
            if !funded.contains(provider.id) {
                problems.append(ValidationProblem("provider \(provider.id)", "has contracts (\(theirs.map(\.id).joined(separator: ", "))) but no line funds it"))
            } else if theirs.sum(\.value) > budget {
                problems.append(ValidationProblem("provider \(provider.id)", "its contracts are worth \(MoneyText.pounds(theirs.sum(\.value))), more than "
                                                  + "the \(MoneyText.pounds(budget)) of the lines that fund it"))
            }
        }
        return problems
    }
}

extension Agreement {
    /// The funding sources whose lines' budgets in force at `period` do not add up to what their partners contribute.
    public func fundingProblems(at period: Period) -> [ValidationProblem] {
        ringFenceChecks(at: period).filter { !$0.passed && $0.name.hasPrefix("Planned spend") }
            .map { ValidationProblem("funding", "\($0.name): \($0.detail)") }
    }
}
