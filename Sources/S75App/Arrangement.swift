import S75Domain

/// How a pane's table is arranged: sorted by one of its fields, and filtered to the rows whose fields
/// hold the values given. Each pane keeps its own, shown in its title.
public struct TableArrangement: Hashable, Sendable {
    public var sort: String?
    public var descending = false
    /// field → the text the field must contain (case ignored), e.g. "rag" → "red".
    public var filters: [String: String] = [:]
    /// The summary row drilled into: only the lines it adds up.
    public var group: LineGroup?

    public init(sort: String? = nil, descending: Bool = false, filters: [String: String] = [:], group: LineGroup? = nil) {
        self.sort = sort
        self.descending = descending
        self.filters = filters
        self.group = group
    }

    /// Whether rows are shown as they are stored.
    public var isPlain: Bool { sort == nil && filters.isEmpty && group == nil }

    /// "sorted by variance ↓ · rag=red", or empty when plain.
    public var summary: String {
        let sorted = sort.map { "sorted by \($0) \(descending ? "↓" : "↑")" }
        return ([sorted].compactMap { $0 } + [filterSummary].filter { !$0.isEmpty }).joined(separator: " · ")
    }

    /// What rows are kept: "funding source: Disabled Facilities Grant · rag=red", or empty.
    public var filterSummary: String {
        let grouped = group.map { "\($0.dimension.label.lowercased()): \($0.label)" }
        return ([grouped].compactMap { $0 } + filters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " · ")
    }
}

/// The lines one row of the Budgets summary adds up: its dimension, its key ("nhs-minimum", "LA/revenue") and name.
public struct LineGroup: Hashable, Sendable {
    public var dimension: RollUpDimension
    public var key: String
    public var label: String

    public init(dimension: RollUpDimension, key: String, label: String) {
        self.dimension = dimension
        self.key = key
        self.label = label
    }
}

/// A field of a row, as sorting compares it: figures by amount, words alphabetically, absent last.
public enum FieldValue: Hashable, Sendable, Comparable {
    case number(Int64)
    case text(String)

    /// What a filter looks in.
    var words: String {
        switch self {
        case .number(let n): "\(n)"
        case .text(let t): t.lowercased()
        }
    }
}

extension Pane {
    /// The fields rows of the pane can be sorted and filtered by, the usual ones first.
    public var arrangeableFields: [String] {
        switch self {
        case .budgets: ["variance", "rag", "name", "id", "budget", "source", "lead", "provider", "ledger"]
        case .providers: ["variance", "rag", "name", "id", "budget"]
        case .outcomes: ["rag", "name", "id"]
        case .decisions: ["status", "due", "owner", "meeting", "kind", "about", "id"]
        case .spend: LedgerQuery.SortKey.allCases.map(\.rawValue)
        case .people: ["name", "id", "partner", "role"]
        case .agreement, .audit, .mapping: []
        }
    }

    /// The fields rows of the pane can be filtered by.
    public var filterableFields: [String] {
        self == .spend ? LedgerQuery.filterFields : arrangeableFields
    }

    /// Whether a field reads best largest (or worst) first.
    static func sortsDescending(_ field: String) -> Bool { ["variance", "rag", "budget", "amount"].contains(field) }
}

extension AppState {
    /// The fields of each of `items` that sorting and filtering use, at the month shown, in their order. The
    /// providers' figures, which every provider row needs, are worked out once for them all.
    public func fields(of items: [PaneItem]) -> [[String: FieldValue]] {
        var providerRows: [Provider.ID?: ProviderFigures]?
        return items.map { item in
            fields(of: item) { id in
                if providerRows == nil {
                    providerRows = agreement.providerFiguresByProvider(at: period)
                }
                return providerRows?[id]
            }
        }
    }

    /// The fields of `item`, finding a provider's figures (nil: the shared lines') with `providerRow`.
    private func fields(of item: PaneItem, providerRow: (Provider.ID?) -> ProviderFigures?) -> [String: FieldValue] {
        let a = agreement
        func rag(_ status: FinanceStatus) -> FieldValue { .text(status.label) }
        func finance(_ figures: MonitoringFigures) -> [String: FieldValue] {
            var fields: [String: FieldValue] = ["rag": rag(a.status(figures)), "budget": .number(figures.budget.pence)]
            if let variance = figures.forecastVariance { fields["variance"] = .number(a.signConvention.shown(variance).pence) }
            return fields
        }
        switch item {
        case .line(let id):
            guard let line = a.line(id) else { return [:] }
            let providers = line.providerIDs.map { "\($0) \(a.provider($0)?.name ?? "")" }.joined(separator: "; ")
            let lead = "\(line.leadCommissionerID) \(a.partner(line.leadCommissionerID)?.shortName ?? "")"
            return finance(a.figures(for: line, at: period)).merging([
                "id": .text(id), "name": .text(line.name), "source": .text("\(line.source.rawValue) \(line.source.label)"),
                "lead": .text(lead), "provider": .text(providers), "ledger": .text(line.ledger.label)]) { $1 }
        case .contribution(let id):
            guard let c = a.contributions.first(where: { $0.id == id }) else { return [:] }
            return ["id": .text(id), "name": .text(c.source.label), "source": .text("\(c.source.rawValue) \(c.source.label)"),
                    "lead": .text("\(c.partnerID) \(a.partner(c.partnerID)?.shortName ?? "")"), "budget": .number(c.amount.pence),
                    "ledger": .text(c.ledger.label)]
        case .provider(let id):
            guard let row = providerRow(id) else { return [:] }
            return finance(row.figures).merging(["id": .text(id), "name": .text(a.provider(id)?.name ?? "")]) { $1 }
        case .sharedLines:
            guard let row = providerRow(nil) else { return [:] }
            return finance(row.figures).merging(["name": .text("Lines shared by several providers")]) { $1 }
        case .contract(let id):
            guard let c = a.contracts[id: id] else { return [:] }
            return ["id": .text(id), "name": .text(c.title), "budget": .number(c.value.pence)]
        case .metric(let id):
            guard let m = a.metrics[id: id] else { return [:] }
            return ["id": .text(id), "name": .text(m.name),
                    "rag": .text(m.latestAssessment(at: period.monthOfYear)?.rag.label ?? "No data")]
        case .minute(let id):
            guard let m = a.minutes.first(where: { $0.id == id }) else { return [:] }
            var fields: [String: FieldValue] = ["id": .text(id), "kind": .text(m.kind.rawValue), "status": .text(m.status.rawValue),
                                                "owner": .text(m.owner), "meeting": .text(m.meeting.description), "about": .text(m.item),
                                                "name": .text(m.text)]
            if let due = m.due { fields["due"] = .text(due.description) }
            if m.isOverdue(on: today) { fields["status"] = .text("overdue open") }
            return fields
        case .personalBudget(let id):
            guard let b = a.personalBudgets.first(where: { $0.id == id }) else { return [:] }
            return ["id": .text(id), "name": .text(b.person), "budget": .number(b.plan.pence)]
        case .chargeBack(let id):
            guard let c = a.chargeBacks.first(where: { $0.id == id }) else { return [:] }
            return ["id": .text(id), "name": .text(c.reason), "budget": .number(c.amount.pence)]
        case .variation(let id):
            guard let v = a.budgetVariations.first(where: { $0.id == id }) else { return [:] }
            return ["id": .text(id), "name": .text(v.reason), "budget": .number(v.amount.pence)]
        case .person(let account):
            guard let p = a.person(loggingInAs: account) else { return [:] }
            return ["id": .text(account), "name": .text(p.name), "partner": .text(p.partnerID), "role": .text(p.roles.map(\.rawValue).joined(separator: " "))]
        case .risk(let id):
            guard let r = a.risks.first(where: { $0.id == id }) else { return [:] }
            return ["id": .text(id), "name": .text(r.title), "owner": .text(r.owner), "kind": .text("risk"), "status": .text(r.rating.lowercased())]
        case .signOff(let id):
            guard let s = a.signOffs.first(where: { $0.id == id }) else { return [:] }
            return ["id": .text(id), "name": .text(s.statement), "role": .text(id.split(separator: " ").first.map(String.init) ?? "")]
        case .fact, .auditEntry, .group, .ringFence, .reconciliation, .ledgerRule, .suspense:
            return [:]
        }
    }

    /// `items` filtered and sorted as `arrangement` says; rows of different kinds (contributions and lines) keep
    /// their order as groups and are sorted within them.
    func arranged(_ items: [PaneItem], by arrangement: TableArrangement) -> [PaneItem] {
        guard !arrangement.isPlain else { return items }
        let members = arrangement.group.map { group in
            Set(agreement.rollUp(by: group.dimension, at: period).first { $0.key == group.key }?.lineIDs ?? [])
        }
        let kept = items.filter { item in
            guard let members else { return true }
            if case .line(let id) = item { return members.contains(id) }
            return false
        }
        let withFields = zip(kept, fields(of: kept)).filter { _, fields in
            arrangement.filters.allSatisfy { field, wanted in fields[field]?.words.contains(wanted.lowercased()) == true }
        }
        guard let key = arrangement.sort else { return withFields.map(\.0) }
        let groups = Dictionary(grouping: withFields.enumerated()) { $0.element.0.kindRank }
        return groups.keys.sorted().flatMap { rank in
            (groups[rank] ?? []).sorted { x, y in
                let (p, q) = (Self.sortValue(x.element.1[key], field: key), Self.sortValue(y.element.1[key], field: key))
                if p == q { return x.offset < y.offset }
                guard let p else { return false }
                guard let q else { return true }
                return arrangement.descending ? p > q : p < q
            }.map(\.element.0)
        }
    }

    /// RAG words sort by severity (Red worst), anything else as it is.
    static func sortValue(_ value: FieldValue?, field: String) -> FieldValue? {
        guard field == "rag", case .text(let word)? = value else { return value }
        let severity = ["Green": 0, "Under": 1, "Amber": 2, "No return": 3, "No data": 3, "Not rated": 3, "Red": 4]
        return .number(Int64(severity[word] ?? 3))
    }
}

extension PaneItem {
    /// Which group of a pane's rows the item belongs to, in the order the groups are drawn.
    var kindRank: Int {
        switch self {
        case .contribution, .provider, .sharedLines, .metric, .minute, .fact, .auditEntry, .group, .ringFence, .reconciliation, .person: 0
        case .line: 1
        case .contract: 2
        case .personalBudget: 3
        case .ledgerRule: 4
        case .suspense: 5
        case .chargeBack: 6
        case .variation: 7
        case .signOff: 8
        case .risk: 9
        }
    }
}

extension AppState {
    /// s: sorts by the pane's next field (after the last, rows as stored); S: the same field the other way.
    mutating func cycleSort(reverse: Bool) {
        let fields = pane.arrangeableFields
        guard !fields.isEmpty, budgetsView == .lines || pane != .budgets else {
            message = .error("Nothing to sort here.")
            return
        }
        let current = arrangement(of: pane)
        if reverse {
            guard let field = current.sort else { message = .error("Not sorted yet: s sorts."); return }
            sortTable([field, current.descending ? "asc" : "desc"])
            return
        }
        let next = current.sort.flatMap { fields.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        sortTable(next < fields.count ? [fields[next]] : [])
    }
}
