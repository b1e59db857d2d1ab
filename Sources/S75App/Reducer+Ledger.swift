import S75Domain

extension AppState {
    /// Whether the Spend pane's table is on screen (not help over it, not a form).
    public var showsSpendTable: Bool { view == .table(.spend) }

    /// How many transactions the Spend pane shows at once: the content area less its header and total lines, and the
    /// selected transaction's lines when it is shown whole.
    public var spendVisibleRows: Int { max(1, viewportRows - 2 - (spendShowsWhole ? Self.wholeTransactionLines : 0)) }

    /// How many rows PgUp and PgDn move: the content area less one line, as on every pane.
    public var spendPageRows: Int { max(1, viewportRows - 1) }

    /// How many pages each side of the screen the Spend pane reads ahead: two in an indexed order, where a read is a
    /// short walk whatever its length; forty in the others, where each read sorts the whole ledger (about 0.1 s at a
    /// million rows), so that it comes once in forty pages rather than every other one.
    var spendPagesAhead: Int { indexedLedgerSorts.contains(spend.query.sort) ? 2 : 40 }

    /// The lines the selected transaction takes when it is shown whole: a rule, then the fields.
    public static let wholeTransactionLines = 6

    /// The Mapping pane's rows: each line's reconciliation for the month, the rules, then the suspense.
    var mappingItems: [PaneItem] {
        tables.lineOrder.map { .reconciliation($0) } + agreement.ledgerRules.map { .ledgerRule($0.id) }
            + (ledger?.suspense ?? []).map { .suspense(costCentre: $0.costCentre, account: $0.account) }
    }

    /// The month's reconciliation, once the ledger's figures are read.
    public var reconciliation: LedgerReconciliation? {
        ledger.map { LedgerReconciliation(agreement, overview: $0, at: period) }
    }

    /// The query the Spend pane's sort and filters ask for (the last good one when a filter no longer applies).
    var spendQuery: LedgerQuery {
        let arrangement = arrangement(of: .spend)
        var base = LedgerQuery()
        if let sort = arrangement.sort.flatMap(LedgerQuery.SortKey.init(rawValue:)) {
            base.sort = sort
            base.descending = arrangement.descending
        }
        guard case .success(let query) = base.filtered(by: arrangement.filters, in: agreement) else { return spend.query }
        return query
    }

    /// What the ledger's panes need on screen and do not have: the Spend pane's window, the Mapping pane's figures.
    mutating func ledgerEffects(alongside effects: [Effect]) -> [Effect] {
        guard !effects.contains(.quit) else { return [] }
        if showsSpendTable {
            let query = spendQuery
            if query != spend.query {
                spend = SpendTable()
                spend.query = query
            }
            if let needed = spend.request(visible: spendVisibleRows, page: spendPageRows, ahead: spendPagesAhead) { return [.loadSpend(needed)] }
            return spend.prefetch(visible: spendVisibleRows, page: spendPageRows, ahead: spendPagesAhead).map { [.prefetchSpend($0)] } ?? []
        }
        if pane == .mapping, ledger == nil, !effects.contains(.loadLedgerOverview) { return [.loadLedgerOverview] }
        return []
    }

    /// The ledger or its rules changed: what the panes show of it is read again when next on screen.
    mutating func ledgerChanged() {
        ledger = nil
        spend.isLoaded = false
        spend.readFailed = false
    }

    /// `/` on the Spend pane: the transactions whose text holds what was typed (an empty search shows them all).
    mutating func searchSpend() {
        let text = searchDraft ?? ""
        searchDraft = nil
        var arrangement = arrangement(of: .spend)
        arrangement.filters["text"] = text.isEmpty ? nil : text
        arrangements[.spend] = arrangement
        searchQuery = text.isEmpty ? nil : text
        message = UserMessage(text.isEmpty ? "Spend: every transaction." : "Spend: transactions with “\(text)”; / and Enter alone shows them all.")
    }

    /// t: the transactions of the selected (or open) line or provider, or of the Mapping pane's line, on the Spend pane.
    mutating func showTransactions() {
        let filters: [String: String]
        switch detailItem ?? selectedItem(in: pane) {
        case .line(let id)?, .reconciliation(let id)?: filters = ["line": id]
        case .ledgerRule(let id)?: filters = agreement.ledgerRules.first { $0.id == id }.map { ["line": $0.lineID] } ?? [:]
        case .provider(let id)?: filters = ["provider": id]
        case .suspense?: filters = ["mapped": "no"]
        default:
            message = .error("t lists a line's or a provider's transactions: select one first.")
            return
        }
        arrangements[.spend] = TableArrangement(sort: arrangement(of: .spend).sort, descending: arrangement(of: .spend).descending,
                                                filters: filters)
        searchQuery = nil
        modes.show(.spend)
        message = UserMessage("Spend: \(filters.map { "\($0.key) \($0.value)" }.joined()). Esc or :filter alone shows every transaction.")
    }

    /// Enter on the Mapping pane: a line's transactions, a rule's form, or a new rule for a suspense row's cost centre.
    mutating func openMappingItem() {
        switch selectedItem(in: .mapping) {
        case .reconciliation?: showTransactions()
        case .ledgerRule(let id)?: openForm(.ledgerRule, .ledgerRule(id))
        case .suspense(let costCentre, _)?:
            if let reason = readOnlyReason { message = .error("READ-ONLY (\(reason)): rules cannot be added to this file."); return }
            // The line starts empty and must be chosen: one Enter never maps a cost centre to a line nobody picked.
            let draft = LedgerRule(id: FormSpec.nextID("R", agreement.ledgerRules.map(\.id)), costCentre: costCentre, lineID: "")
            var form = FormSpec.newForm(.ledgerRule(draft), in: agreement, inThousands: false)
            form.focus = form.fields.firstIndex { $0.name == "line" } ?? 0
            form.freshFocus = true
            modes.open(.form(form))
            message = UserMessage("Rule for cost centre \(costCentre): type its line (e.g. S03), then Enter.")
        default: message = UserMessage("Nothing to open: import a ledger (s75 ledger import) and add rules (a).")
        }
    }

    /// T: the month's ledger actuals taken into the returns of every line that disagrees, as one audited change.
    mutating func takeLedgerActuals(confirmed: Bool = false) -> [Effect] {
        if let reason = readOnlyReason { message = .error("READ-ONLY (\(reason)): nothing can be taken into the returns."); return [] }
        if refusesClosedMonth() { return [] }
        guard let reconciliation else { message = UserMessage("The ledger's figures are still being read; press T again."); return [] }
        let changes = reconciliation.changesTakingLedgerActuals(in: agreement)
        guard !changes.isEmpty else {
            message = UserMessage("Every line's return for \(period.label) already agrees with the ledger; nothing to take.")
            return []
        }
        let lines = changes.count == 1 ? "1 line" : "\(changes.count) lines"
        guard confirmed else {
            let rows = reconciliation.disagreeing
            let before = rows.compactMap(\.reported).sum()
            let after = rows.map(\.ledger).sum()
            let unreported = rows.filter { $0.reported == nil }.count
            pendingConfirmation = .takeLedgerActuals
            message = .error("Take the ledger's actuals into \(period.label)'s returns for \(lines): actual to date "
                             + "\(MoneyText.pounds(before)) → \(MoneyText.pounds(after)) (\(after >= before ? "+" : "")\(MoneyText.pounds(after - before)))"
                             + (unreported == 0 ? "" : ", \(unreported) without a return yet") + "? Press y to take them; any other key keeps the returns.")
            return []
        }
        let planned = changes.map { PlannedChange($0, expected: version(of: $0.key)) }
        return [.saveAll(planned, intent: .edit(summary: "ledger actuals taken into \(period.label)'s returns for \(lines)", move: nil))]
    }

    /// Several changes were committed together: one step to undo, or one undone or redone.
    mutating func savedAll(_ changes: [PlannedChange], versions saved: [Int?], intent: SaveIntent) {
        let inverses = changes.map { agreement.inverse(of: $0.change) }
        var changed = agreement  // all of them made, then the agreement set once: one check and one arrangement, not one a change
        for (planned, version) in zip(changes, saved) {
            try? changed.apply(planned.change)
            versions.note(version, of: planned.change.key)
        }
        agreement = changed
        switch intent {
        case .edit(let summary, _):
            undoSteps.append(UndoStep(undo: inverses, redo: changes.map(\.change), versions: saved, summary: summary))
            redoSteps = []
            message = UserMessage("Saved: \(summary). Press z to undo it.")
        case .undo(let step):
            redoSteps.append(UndoStep(undo: step.undo, redo: step.redo, versions: saved, summary: step.summary))
            message = UserMessage("Undone: \(step.summary). Press Z to redo it.")
        case .redo(let step):
            undoSteps.append(UndoStep(undo: step.undo, redo: step.redo, versions: saved, summary: step.summary))
            message = UserMessage("Redone: \(step.summary).")
        case .walkProgress, .record:
            break
        }
    }
}
