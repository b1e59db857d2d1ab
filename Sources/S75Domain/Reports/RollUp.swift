/// The ways scheme lines are grouped for totals.
public enum RollUpDimension: String, Hashable, Sendable, CaseIterable {
    case ledger, source, partner, leadCommissioner = "lead-commissioner", areaOfSpend = "area-of-spend", provider

    /// The heading of the grouping.
    public var label: String {
        switch self {
        case .ledger: "Revenue and capital"
        case .source: "Funding source"
        case .partner: "Funding partner"
        case .leadCommissioner: "Lead commissioner"
        case .areaOfSpend: "Area of spend"
        case .provider: "Provider"
        }
    }
}

/// One group's total.
public struct RollUpRow: Hashable, Sendable {
    public var key: String
    public var label: String
    public var lineIDs: [SchemeLine.ID]
    public var figures: MonitoringFigures
}

extension Agreement {
    /// The lines grouped by `dimension` at `period`, in a stable order; the rows add up to the whole pool.
    public func rollUp(by dimension: RollUpDimension, at period: Period) -> [RollUpRow] {
        if dimension == .provider {
            return providerFigures(at: period).map { row in
                RollUpRow(key: row.providerID ?? "shared", label: row.providerID.flatMap { provider($0)?.name } ?? "Shared by several providers",
                          lineIDs: row.lineIDs, figures: row.figures)
            }
        }
        var keys: [(String, String)] = []
        var members: [String: [SchemeLine]] = [:]
        for line in linesByLedger {
            let (key, label) = group(of: line, by: dimension)
            if members[key] == nil { keys.append((key, label)) }
            members[key, default: []].append(line)
        }
        return keys.map { key, label in
            let grouped = members[key] ?? []
            return RollUpRow(key: key, label: label, lineIDs: grouped.map(\.id), figures: grouped.map { figures(for: $0, at: period) }.total())
        }
    }

    private func group(of line: SchemeLine, by dimension: RollUpDimension) -> (String, String) {
        switch dimension {
        case .ledger: return (line.ledger.rawValue, line.ledger.label)
        case .source: return (line.source.rawValue, line.source.label)
        case .partner:
            let payer = contributions.first { $0.source == line.source }?.partnerID ?? "unfunded"
            return (payer, partner(payer)?.name ?? "No contribution from this source")
        case .leadCommissioner: return (line.leadCommissionerID, partner(line.leadCommissionerID)?.name ?? line.leadCommissionerID)
        case .areaOfSpend: return (line.areaOfSpend.rawValue, line.areaOfSpend.label)
        case .provider: return (line.providerIDs.joined(separator: "+"), line.providerIDs.joined(separator: ", "))
        }
    }
}
