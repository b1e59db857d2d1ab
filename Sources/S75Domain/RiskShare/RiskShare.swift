/// Applies a ``RiskShareRule`` to a year's outturn.
///
/// Every split is made in pence by largest remainder, so partners' shares always add up exactly
/// to the amount shared; the result reconciles to the outturn (see ``Settlement/reconciles``).
public enum RiskShare {
    /// Settles `input` under `rule`. `names` gives partners' names for the working (IDs otherwise).
    public static func settle(_ input: RiskShareInput, rule: RiskShareRule, names: [Partner.ID: String] = [:]) -> Settlement {
        var work = Working(input: input, names: names)
        let charged = input.chargeBacks.sum(\.amount)
        let over = input.lines.map(\.variance).filter { $0.pence > 0 }.sum()
        let under = input.lines.map(\.variance).filter { $0.pence < 0 }.sum()
        let net = over + under
        work.step("Contributions in scope", work.contributions)
        work.step("Outturn", work.contributions + net)
        work.step("Gross overspends", over)
        work.step("Gross underspends", under)
        for charge in input.chargeBacks {
            work.step("Unauthorised spend charged back to \(work.name(charge.partnerID))", charge.amount)
        }
        if case .ownRisk = rule.overspend {
            work.shareOwnRisk(net - charged, useReserve: rule.reserveFirst, netting: rule.netting)
        } else if rule.netting {
            work.step("Net variance after netting", net)
            let remaining = net - charged
            if remaining.pence > 0 {
                work.shareOverspend(remaining, rule: rule)
            } else if remaining.pence < 0 {
                work.shareUnderspend(-remaining, method: rule.underspend, lines: { _ in true })
            }
        } else {
            let overspend = over - charged
            work.shareOverspend(overspend, rule: rule)
            work.shareUnderspend(-under + max(.zero, -overspend), method: rule.underspend, lines: { $0.pence < 0 })
        }
        return work.settlement(outturn: work.contributions + net, over: over, under: under)
    }

    /// What-if: the same outturn under each overspend method, keeping the rest of `rule`.
    public static func compare(_ input: RiskShareInput, rule: RiskShareRule, methods: [OverspendMethod],
                               names: [Partner.ID: String] = [:]) -> [(method: OverspendMethod, settlement: Settlement)] {
        methods.map { ($0, settle(input, rule: rule.with(overspend: $0), names: names)) }
    }
}

/// The settlement as it is worked out, step by step.
private struct Working {
    let input: RiskShareInput
    let names: [Partner.ID: String]
    let contributions: Money
    var reserveUsed = Money.zero
    var reserveAdded = Money.zero
    var carriedForward = Money.zero
    var amounts: [Partner.ID: Money] = [:]
    var caps: [Partner.ID: (cap: Money, binding: Bool)] = [:]
    var steps: [SettlementStep] = []

    init(input: RiskShareInput, names: [Partner.ID: String]) {
        self.input = input
        self.names = names
        contributions = input.contributions.sum(\.amount)
    }

    var partners: [Partner.ID] {
        var seen: [Partner.ID] = []
        for id in input.contributions.map(\.partnerID) + input.lines.map(\.leadCommissionerID) where !seen.contains(id) {
            seen.append(id)
        }
        return seen
    }

    func name(_ id: Partner.ID) -> String { names[id] ?? id }

    mutating func step(_ label: String, _ amount: Money) { steps.append(SettlementStep(label, amount)) }

    /// Adds `parts` to the partners' shares; `label` words each step from the partner's name.
    mutating func add(_ parts: [PartnerAmount], label: (_ name: String, _ part: PartnerAmount) -> String) {
        for part in parts {
            amounts[part.partnerID, default: .zero] += part.amount
            step(label(name(part.partnerID), part), part.amount)
        }
    }

    /// `amount` split in proportion to `weights` (partner → weight), in partner order.
    func split(_ amount: Money, by weights: [PartnerAmount]) -> [PartnerAmount] {
        let parts = Allocation.largestRemainder(amount, weights: weights.map { max(0, $0.amount.pence) })
        return zip(weights, parts).map { PartnerAmount($0.partnerID, $1) }
    }

    var contributionWeights: [PartnerAmount] { input.contributions }

    /// Each lead commissioner's gross overspend: the weights for excesses and lead-commissioner bands.
    var leadOverspends: [PartnerAmount] {
        partners.map { id in
            PartnerAmount(id, input.lines.filter { $0.leadCommissionerID == id && $0.variance.pence > 0 }.map(\.variance).sum())
        }.filter { $0.amount.pence > 0 }
    }

    mutating func applyReserve(to overspend: Money) -> Money {
        let used = min(input.reserve, overspend)
        reserveUsed += used
        step("Less risk reserve applied", -used)
        return overspend - used
    }

    mutating func shareOverspend(_ overspend: Money, rule: RiskShareRule) {
        guard overspend.pence > 0 else { return }
        let remaining = rule.reserveFirst ? applyReserve(to: overspend) : overspend
        step("Overspend to share", remaining)
        switch rule.overspend {
        case .ownRisk:
            break
        case .proportional:
            add(split(remaining, by: contributionWeights)) { name, _ in "\(name) share, in proportion to contributions" }
        case .fixed(let splits):
            let weights = splits.map { PartnerAmount($0.partnerID, Money(pence: $0.basisPoints)) }
            add(split(remaining, by: weights)) { name, _ in "\(name) share, fixed split" }
        case .cappedProportional(let capBasisPoints):
            shareCapped(remaining, capBasisPoints: capBasisPoints)
        case .tiered(let tiers):
            shareTiered(remaining, tiers: tiers)
        }
    }

    mutating func shareCapped(_ amount: Money, capBasisPoints: Int64) {
        var excess = Money.zero
        var capped: [PartnerAmount] = []
        for part in split(amount, by: contributionWeights) {
            let contribution = input.contributions.filter { $0.partnerID == part.partnerID }.sum(\.amount)
            let cap = contribution.percentageRoundedDown(capBasisPoints)
            let binding = part.amount > cap
            caps[part.partnerID] = (cap, binding)
            capped.append(PartnerAmount(part.partnerID, min(part.amount, cap)))
            excess += binding ? part.amount - cap : .zero
        }
        let capNotes = caps.mapValues { "cap \(MoneyText.pounds($0.cap)), \($0.binding ? "binding" : "not binding")" }
        add(capped) { name, part in "\(name) share, in proportion to contributions (\(capNotes[part.partnerID] ?? ""))" }
        if excess.pence > 0 {
            step("Excess above the caps", excess)
            let weights = leadOverspends.isEmpty ? contributionWeights : leadOverspends
            add(split(excess, by: weights)) { name, _ in "\(name) bears the excess, as lead commissioner of overspending lines" }
        }
    }

    mutating func shareTiered(_ amount: Money, tiers: [Tier]) {
        var left = amount
        var floor: Int64 = 0
        for tier in tiers where left.pence > 0 {
            let bandSize = tier.upToBasisPoints.map { contributions.percentageRoundedDown($0 - floor) } ?? left
            let band = min(left, bandSize)
            floor = tier.upToBasisPoints ?? floor
            left -= band
            let weights: [PartnerAmount]
            switch tier.sharing {
            case .leadCommissioners: weights = leadOverspends.isEmpty ? contributionWeights : leadOverspends
            case .proportional: weights = contributionWeights
            case .fixed(let splits): weights = splits.map { PartnerAmount($0.partnerID, Money(pence: $0.basisPoints)) }
            }
            step("Band up to \(tier.upToBasisPoints.map { PercentText.exact($0) } ?? "the rest") of the pool", band)
            add(split(band, by: weights)) { name, _ in "\(name) share of the band" }
        }
    }

    mutating func shareOwnRisk(_ net: Money, useReserve: Bool, netting: Bool) {
        var byLead = partners.map { id in
            PartnerAmount(id, input.lines.filter { $0.leadCommissionerID == id }.map(\.variance).sum()
                          - input.chargeBacks.filter { $0.partnerID == id }.sum(\.amount))
        }
        let overspending = byLead.filter { $0.amount.pence > 0 }
        // The reserve meets an overspend of the pool: with netting, none is drawn when the pool as a whole is underspent.
        let poolOverspend = netting ? max(.zero, net) : overspending.sum(\.amount)
        if useReserve, !overspending.isEmpty, input.reserve.pence > 0, poolOverspend.pence > 0 {
            let used = min(input.reserve, overspending.sum(\.amount), poolOverspend)
            reserveUsed = used
            step("Less risk reserve applied to lead commissioners' overspends", -used)
            for relief in split(used, by: overspending) {
                if let index = byLead.firstIndex(where: { $0.partnerID == relief.partnerID }) { byLead[index].amount -= relief.amount }
            }
        }
        add(byLead) { name, _ in "\(name) bears the variance of the lines it leads" }
    }

    /// Handles an underspend; `lines` picks the line variances a partner keeps under "each keeps its own".
    mutating func shareUnderspend(_ underspend: Money, method: UnderspendMethod, lines include: (Money) -> Bool) {
        guard underspend.pence > 0 else { return }
        step("Underspend", -underspend)
        switch method {
        case .returnProRata:
            add(split(-underspend, by: contributionWeights)) { name, _ in "\(name) receives, pro rata" }
        case .carryForward:
            carriedForward += underspend
            step("Carried forward in the pool", underspend)
        case .hybrid(let reserveCap, let carryForwardBasisPoints):
            let room = max(.zero, reserveCap - (input.reserve - reserveUsed))
            let toReserve = min(room, underspend)
            reserveAdded += toReserve
            step("Added to the risk reserve (up to \(MoneyText.pounds(reserveCap)))", toReserve)
            let rest = underspend - toReserve
            let forward = rest.scaled(by: carryForwardBasisPoints, over: 10_000)
            carriedForward += forward
            step("Carried forward in the pool", forward)
            add(split(-(rest - forward), by: contributionWeights)) { name, _ in "\(name) receives, pro rata" }
        case .ownRisk:
            let kept = partners.map { id in
                PartnerAmount(id, input.lines.filter { $0.leadCommissionerID == id && include($0.variance) }.map(\.variance).sum())
            }
            let parts = split(-underspend, by: kept.map { PartnerAmount($0.partnerID, -$0.amount) })
            let exact = kept.sum(\.amount) == -underspend ? kept : parts
            add(exact) { name, _ in "\(name) keeps the variance of the lines it leads" }
        }
    }

    func settlement(outturn: Money, over: Money, under: Money) -> Settlement {
        let shares = partners.compactMap { id -> PartnerShare? in
            guard let amount = amounts[id] else { return caps[id].map { PartnerShare(id, .zero, cap: $0.cap, capBinding: $0.binding) } }
            return PartnerShare(id, amount, cap: caps[id]?.cap, capBinding: caps[id]?.binding ?? false)
        }
        return Settlement(contributions: contributions, outturn: outturn, grossOverspend: over, grossUnderspend: under,
                          chargeBacks: input.chargeBacks, reserveUsed: reserveUsed, reserveAdded: reserveAdded,
                          reserveOpening: input.reserve, carriedForward: carriedForward, shares: shares, steps: steps)
    }
}
