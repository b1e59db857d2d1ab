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
    ///
    /// A group with both revenue and capital lines is split into a revenue row and a capital row, so that
    /// a capital underspend never nets off a revenue overspend in one rating.
    public func rollUp(by dimension: RollUpDimension, at period: Period) -> [RollUpRow] {
        let groups: [RollUpRow]
        if dimension == .provider {
            groups = providerFigures(at: period).map { row in
                RollUpRow(key: row.providerID ?? "shared", label: row.providerID.flatMap { provider($0)?.name } ?? "Shared by several providers",
                          lineIDs: row.lineIDs, figures: row.figures)
            }
        } else {
            // each ledger's groups in the order their first line comes, revenue's first; each line's figures worked out once
            var keys: [Ledger: [(key: String, label: String)]] = [:]
            var members: [Ledger: [String: GatheredLines]] = [:]
            forEachLine(at: period) { line, figures in
                let (key, label) = group(of: line, by: dimension)
                if members[line.ledger]?[key] == nil { keys[line.ledger, default: []].append((key, label)) }
                members[line.ledger, default: [:]][key, default: GatheredLines()].add(line.id, figures)
            }
            var seen = Set<String>()
            groups = Ledger.allCases.flatMap { keys[$0] ?? [] }.filter { seen.insert($0.key).inserted }.map { key, label in
                let grouped = Ledger.allCases.compactMap { members[$0]?[key] }
                return RollUpRow(key: key, label: label, lineIDs: grouped.flatMap(\.ids), figures: grouped.flatMap(\.figures).total())
            }
        }
        guard groups.contains(where: { $0.figures.ledgers.count > 1 }) else { return groups }
        let split = LedgerSplit(self, dimension: dimension, at: period)
        return groups.flatMap { row in row.figures.ledgers.count < 2 ? [row] : split.rows(of: row) }
    }

    private func group(of line: borrowing SchemeLine, by dimension: RollUpDimension) -> (String, String) {
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

/// Mixed groups of a roll-up as one row per ledger: "Northmoor Borough Council — revenue", "… — capital". The
/// providers' figures on each ledger, which provider rows need, are worked out once for all of them.
private struct LedgerSplit {
    let agreement: Agreement
    let dimension: RollUpDimension
    let period: Period
    let providerRows: [Ledger: [String: ProviderFigures]]

    init(_ agreement: Agreement, dimension: RollUpDimension, at period: Period) {
        (self.agreement, self.dimension, self.period) = (agreement, dimension, period)
        providerRows = dimension != .provider ? [:] : Dictionary(uniqueKeysWithValues: Ledger.allCases.map { ledger in
            (ledger, Dictionary(agreement.providerFigures(at: period, ledger: ledger).map { ($0.providerID ?? "shared", $0) }) { first, _ in first })
        })
    }

    func rows(of row: RollUpRow) -> [RollUpRow] {
        Ledger.allCases.compactMap { ledger in
            let figures: MonitoringFigures
            let ids: [SchemeLine.ID]
            if dimension == .provider {
                guard let own = providerRows[ledger]?[row.key] else { return nil }
                (figures, ids) = (own.figures, own.lineIDs)
            } else {
                let mine = row.lineIDs.compactMap { agreement.line($0) }.filter { $0.ledger == ledger }
                (figures, ids) = (mine.map { agreement.figures(for: $0, at: period) }.total(), mine.map(\.id))
            }
            guard !ids.isEmpty else { return nil }
            return RollUpRow(key: "\(row.key)/\(ledger.rawValue)", label: "\(row.label) — \(ledger.label.lowercased())",
                             lineIDs: ids, figures: figures)
        }
    }
}
