/// What a paid-as-used contract (spot, framework, ICES) is payable: its share of the spend on the lines it is paid
/// from, never its planned value once the spend is known.
///
/// Each line's outturn (forecast before month 12) goes first to the other contracts on it, each taking its value
/// spread over its lines by their budgets (largest remainder); what is left is the paid-as-used contracts', shared by
/// their values. So Northmoor's K06b (spot beds) at month 12 is S02's 3,020 less K06a's block 1,196, plus S14's 3,710:
/// 5,534, and P06 is paid 1,196 + 5,534 = 6,730, its lines' outturn (brief §6.3).
public struct PaidAsUsed: Hashable, Sendable {
    /// The payable figure; nil while a line it is paid from has no return.
    public var payable: Money?
    /// The contract's part of each line, in the contract's order of lines.
    public var parts: [LinePart]
    /// The lines without a return for the month.
    public var missingReturns: [SchemeLine.ID]
}

/// A contract's part of one line's spend.
public struct LinePart: Hashable, Sendable {
    public var line: SchemeLine.ID
    public var amount: Money
}

/// The contracts paid from each line, in the agreement's order: found once where many contracts' payments are
/// worked out together, rather than by a scan of every contract for each line of each.
public struct ContractsByLine: Sendable {
    private let contracts: [SchemeLine.ID: [Contract]]

    public init(_ agreement: Agreement) {
        var contracts: [SchemeLine.ID: [Contract]] = [:]
        for contract in agreement.contracts {
            for lineID in Set(contract.lineIDs) { contracts[lineID, default: []].append(contract) }
        }
        self.contracts = contracts
    }

    /// The contracts paid from `lineID`.
    public func on(_ lineID: SchemeLine.ID) -> [Contract] { contracts[lineID] ?? [] }
}

extension Agreement {
    /// `contract`'s share of the spend on its lines at `period`; `sharing` gives the contracts on each line (built here
    /// when not given).
    public func paidAsUsed(_ contract: Contract, at period: Period, sharing: ContractsByLine? = nil) -> PaidAsUsed {
        let sharing = sharing ?? ContractsByLine(self)
        var parts: [LinePart] = []
        var missing: [SchemeLine.ID] = []
        for lineID in contract.lineIDs {
            guard let line = lines[id: lineID] else { continue }
            guard let outturn = figures(for: line, at: period).forecastOutturn else { missing.append(lineID); continue }
            let others = sharing.on(lineID)
            let fixed = others.filter { !$0.isPaidAsUsed }.map { fixedPart(of: $0, on: lineID) }.sum()
            let used = others.filter(\.isPaidAsUsed)
            let shares = Allocation.largestRemainder(outturn - fixed, weights: used.map { max(1, $0.value.pence) })
            parts.append(LinePart(line: lineID, amount: zip(used, shares).first { $0.0.id == contract.id }?.1 ?? .zero))
        }
        return PaidAsUsed(payable: missing.isEmpty ? parts.map(\.amount).sum() : nil, parts: parts, missingReturns: missing)
    }

    /// The part of a fixed-sum contract's value that falls on `lineID`: its value spread over its lines by their budgets.
    func fixedPart(of contract: Contract, on lineID: SchemeLine.ID) -> Money {
        let own = contract.lineIDs.compactMap { id in lines[id: id] }
        guard let index = own.firstIndex(where: { $0.id == lineID }) else { return .zero }
        return Allocation.largestRemainder(contract.value, weights: own.map { max(1, $0.budget.pence) })[index]
    }
}
