/// What one provider is planned to receive and is forecast to receive, at one month end.
public struct ProviderFigures: Hashable, Sendable {
    /// The provider, or nil for the lines shared by several providers (an alliance pool).
    public var providerID: Provider.ID?
    /// The lines the figures are made of.
    public var lineIDs: [SchemeLine.ID]
    public var figures: MonitoringFigures
}

extension Agreement {
    /// Each provider's figures from the lines it alone delivers, in provider order, followed by one
    /// row for the lines shared by several providers (if any). The rows add up to the whole pool.
    public func providerFigures(at period: Period) -> [ProviderFigures] {
        var rows = providers.map { provider in
            let owned = lines.filter { $0.providerIDs == [provider.id] }
            return ProviderFigures(providerID: provider.id, lineIDs: owned.map(\.id),
                                   figures: owned.map { figures(for: $0, at: period) }.total())
        }
        let shared = lines.filter { $0.providerIDs.count != 1 }
        if !shared.isEmpty {
            rows.append(ProviderFigures(providerID: nil, lineIDs: shared.map(\.id),
                                        figures: shared.map { figures(for: $0, at: period) }.total()))
        }
        return rows
    }

    /// The lines that `providerID` delivers, alone or with others.
    public func lines(deliveredBy providerID: Provider.ID) -> [SchemeLine] {
        lines.filter { $0.providerIDs.contains(providerID) }
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
