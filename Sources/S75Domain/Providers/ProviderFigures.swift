/// What one provider is planned to receive and is forecast to receive, at one month end.
public struct ProviderFigures: Hashable, Sendable {
    /// The provider, or nil for lines shared by several providers outside an alliance.
    public var providerID: Provider.ID?
    /// The lines delivered by the provider alone.
    public var ownLineIDs: [SchemeLine.ID]
    /// The lines its alliance delivers together, when it has a share of them (one list, shared by every member's figures).
    public var allianceLineIDs: [SchemeLine.ID]
    /// The provider's share of the lines its alliance delivers together, if it is a member.
    public var allianceShare: MonitoringFigures?
    /// Own lines plus the alliance share.
    public var figures: MonitoringFigures

    /// The lines the figures are made of: the provider's own, then the alliance lines it has a share of.
    public var lineIDs: [SchemeLine.ID] { ownLineIDs + allianceLineIDs }
}


extension Agreement {
    /// ``providerFigures(at:ledger:)`` by provider (nil: the lines shared by several), for a table that looks each up.
    public func providerFiguresByProvider(at period: Period) -> [Provider.ID?: ProviderFigures] {
        Dictionary(providerFigures(at: period).map { ($0.providerID, $0) }) { first, _ in first }
    }

    /// Each provider's figures, in provider order: the lines it delivers alone plus its share (by alliance
    /// share, largest remainder) of lines delivered by alliance members together, followed by one row for
    /// any other lines shared by several providers. The rows add up exactly to the lines in scope.
    ///
    /// `ledger` limits the figures to revenue or capital lines; nil takes both.
    public func providerFigures(at period: Period, ledger: Ledger? = nil) -> [ProviderFigures] {
        let members = allianceMembers
        var owned: [Provider.ID: GatheredLines] = [:], alliance = GatheredLines(), shared = GatheredLines()
        forEachLine(at: period) { line, figures in
            guard ledger == nil || line.ledger == ledger else { return }
            if line.providerIDs.count == 1 {
                owned[line.providerIDs[0], default: GatheredLines()].add(line.id, figures)
            } else if isAllianceLine(line, members: members) {
                alliance.add(line.id, figures)
            } else {
                shared.add(line.id, figures)
            }
        }
        let shares = allianceSplit(alliance.figures.total())
        var rows = providers.map { provider in
            let own = owned[provider.id] ?? GatheredLines()
            let share = shares[provider.id]
            let ownFigures = own.figures.total()
            return ProviderFigures(providerID: provider.id, ownLineIDs: own.ids, allianceLineIDs: share == nil ? [] : alliance.ids,
                                   allianceShare: share, figures: share.map { ownFigures + $0 } ?? ownFigures)
        }
        if !shared.ids.isEmpty {
            rows.append(ProviderFigures(providerID: nil, ownLineIDs: shared.ids, allianceLineIDs: [], allianceShare: nil,
                                        figures: shared.figures.total()))
        }
        return rows
    }

    /// The providers that are alliance members (with a share).
    public var allianceMembers: Set<Provider.ID> { Set(providers.filter { $0.allianceShareBasisPoints > 0 }.map(\.id)) }

    /// Whether `line` is delivered by several providers that are all alliance members, so its money is
    /// divided by their alliance shares.
    public func isAllianceLine(_ line: SchemeLine) -> Bool { isAllianceLine(line, members: allianceMembers) }

    /// Whether `line` is an alliance line, `members` being the alliance's members.
    public func isAllianceLine(_ line: borrowing SchemeLine, members: Set<Provider.ID>) -> Bool {
        line.providerIDs.count > 1 && line.providerIDs.allSatisfy(members.contains)
    }

    /// Whether any line is shared by several providers outside an alliance.
    public var hasSharedLines: Bool {
        let members = allianceMembers
        return lines.contains { $0.providerIDs.count != 1 && !isAllianceLine($0, members: members) }
    }

    /// `figures` divided between the alliance members by their shares, each field by largest remainder.
    private func allianceSplit(_ figures: MonitoringFigures) -> [Provider.ID: MonitoringFigures] {
        guard !figures.ledgers.isEmpty else { return [:] }
        let members = providers.filter { $0.allianceShareBasisPoints > 0 }
        let weights = members.map(\.allianceShareBasisPoints)
        func split(_ amount: Money?) -> [Money?] {
            amount.map { Allocation.largestRemainder($0, weights: weights).map(Optional.some) } ?? members.map { _ in nil }
        }
        let budget = split(figures.budget), toDate = split(figures.budgetToDate)
        let actual = split(figures.actualToDate), forecast = split(figures.forecastOutturn)
        var result: [Provider.ID: MonitoringFigures] = [:]
        for (index, member) in members.enumerated() {
            result[member.id] = MonitoringFigures(budget: budget[index] ?? .zero, budgetToDate: toDate[index] ?? .zero,
                                                  actualToDate: actual[index], forecastOutturn: forecast[index],
                                                  missingReturns: figures.missingReturns, ledgers: figures.ledgers)
        }
        return result
    }

    /// The contracts held by `providerID`.
    public func contracts(of providerID: Provider.ID) -> [Contract] {
        contracts.filter { $0.providerID == providerID }
    }

    /// Each alliance member's share of `amount`, split by their alliance shares so that the
    /// parts add up exactly to `amount`.
    public func allianceShares(of amount: Money) -> [(provider: Provider, share: Money)] {
        let members = providers.filter { $0.allianceShareBasisPoints > 0 }
        let parts = Allocation.largestRemainder(amount, weights: members.map(\.allianceShareBasisPoints))
        return Array(zip(members, parts))
    }
}
