import S75Domain

extension PaneItem {
    /// The item's identifier and whole name ("S02 D2A step-down beds (pathway 2)"): what a search looks in, and
    /// what the status line shows when a narrow table cuts the name.
    public func fullName(in a: Agreement) -> String {
        switch self {
        case .fact(.partner(let id)): "\(id) \(a.partner(id)?.name ?? "")"
        case .fact: ""
        case .contribution(let id): "\(id) \(a.contributions.first { $0.id == id }?.source.label ?? "")"
        case .line(let id): "\(id) \(a.lines[id: id]?.name ?? "")"
        case .provider(let id): "\(id) \(a.provider(id)?.name ?? "")"
        case .sharedLines: "Lines shared by several providers"
        case .metric(let id): "\(id) \(a.metrics[id: id]?.name ?? "")"
        case .contract(let id): "\(id) \(a.contracts[id: id]?.title ?? "")"
        case .group(let dimension, let key): a.rollUp(by: dimension, at: a.reportingPeriod).first { $0.key == key }?.label ?? key
        case .ringFence(let index): a.ringFenceChecks(at: a.reportingPeriod).indices.contains(index)
            ? a.ringFenceChecks(at: a.reportingPeriod)[index].name : ""
        case .minute(let id): "\(id) \(a.minutes.first { $0.id == id }?.text ?? "")"
        case .personalBudget(let id): "\(id) \(a.personalBudgets.first { $0.id == id }?.person ?? "")"
        case .auditEntry(let sequence): "change \(sequence)"
        case .reconciliation(let id): "\(id) \(a.lines[id: id]?.name ?? "")"
        case .ledgerRule(let id): "\(id) \(a.ledgerRules.first { $0.id == id }?.scope ?? "")"
        case .chargeBack(let id): "\(id) \(a.chargeBacks.first { $0.id == id }?.reason ?? "")"
        case .variation(let id): "\(id) \(a.budgetVariations.first { $0.id == id }?.reason ?? "")"
        case .suspense(let costCentre, let account): "cost centre \(costCentre), account \(account)"
        case .risk(let id): "\(id) \(a.risks.first { $0.id == id }?.title ?? "")"
        case .person(let account): "\(account) \(a.person(loggingInAs: account)?.name ?? "")"
        case .signOff(let id): a.signOffs.first { $0.id == id }?.statement ?? id
        }
    }
}

extension AppState {
    /// Every row, on every pane in tab order, whose identifier or name contains `query` (case ignored): on Mapping its
    /// cost centres, lines and rules; on Audit each change's record, field, user, values and time.
    public func matches(for query: String) -> [(pane: Pane, index: Int)] {
        let wanted = query.lowercased()
        guard !wanted.isEmpty else { return [] }
        return [Pane.agreement, .budgets, .providers, .outcomes, .decisions, .audit, .mapping, .people].flatMap { pane in
            (pane == .audit || pane == .mapping ? items(in: pane) : tableItems(in: pane)).enumerated()
                .filter { !$0.element.isReconciliation && searchText($0.element).lowercased().contains(wanted) }
                .map { (pane, $0.offset) }
        }
    }

    /// What a search looks in for `item` (the Mapping pane's reconciliation rows are the lines again, so a search
    /// finds the lines on Budgets, and on Mapping its cost centres and rules).
    func searchText(_ item: PaneItem) -> String {
        guard case .auditEntry(let sequence) = item, let entry = audit.first(where: { $0.sequence == sequence }) else {
            return item.fullName(in: agreement)
        }
        return [entry.entity, entry.entityID, entry.field, entry.user, entry.old ?? "", entry.new ?? "", entry.at].joined(separator: " ")
    }

    mutating func startSearch() {
        searchDraft = ""
        message = UserMessage("Search IDs and names on every pane: type, then Enter; Esc cancels.")
    }

    mutating func typeIntoSearch(_ character: Character) { searchDraft?.append(character) }

    mutating func eraseInSearch() {
        if searchDraft?.isEmpty == false { searchDraft?.removeLast() }
    }

    /// Enter on the search line: the first match from here on, highlighted wherever it shows.
    mutating func runSearch() {
        guard let query = searchDraft else { return }
        searchDraft = nil
        searchQuery = query.isEmpty ? nil : query
        guard !query.isEmpty else { return }
        stepMatch(forward: true, includingCurrent: true)
    }

    /// n and N: the next or previous match, wrapping round the panes.
    mutating func stepMatch(forward: Bool, includingCurrent: Bool = false) {
        guard let query = searchQuery else {
            message = UserMessage("Nothing searched yet: / searches.")
            return
        }
        let found = matches(for: query)
        guard !found.isEmpty else {
            message = .error("No match for \"\(query)\" in any pane's IDs or names.")
            return
        }
        let here = (pane.rawValue, selectedIndex(in: pane))
        func key(_ match: (pane: Pane, index: Int)) -> (Int, Int) { (match.pane.rawValue, match.index) }
        let next: (pane: Pane, index: Int)
        if forward {
            next = found.first { includingCurrent ? key($0) >= here : key($0) > here } ?? found[0]
        } else {
            next = found.last { key($0) < here } ?? found[found.count - 1]
        }
        modes.show(next.pane)
        selection[next.pane] = next.index
        let position = (found.firstIndex { $0.pane == next.pane && $0.index == next.index } ?? 0) + 1
        message = UserMessage("\"\(query)\": match \(position) of \(found.count). n next, N previous.")
    }
}

extension PaneItem {
    /// Whether this is a row of the Mapping pane's reconciliation.
    var isReconciliation: Bool { if case .reconciliation = self { true } else { false } }
}
