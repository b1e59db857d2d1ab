import S75Domain

extension AppState {
    /// The row's line and the key of its return in the grid's month.
    func gridRecord(_ grid: MonitoringGrid) -> (line: SchemeLine, key: RecordKey)? {
        let lines = tables.lineOrder
        guard lines.indices.contains(grid.row), let line = agreement.line(lines[grid.row]) else { return nil }
        return (line, .monitoring(line.id, grid.period))
    }

    mutating func openGrid() {
        guard pane == .budgets else {
            message = .error("Only the monthly monitoring can be entered so far: press 2, then e, on the Budgets pane.")
            return
        }
        if let reason = readOnlyReason {
            message = .error("READ-ONLY (\(reason)): nothing can be entered in this file.")
            return
        }
        if refusesClosedMonth() { return }
        let lines = tables.lineOrder
        guard !lines.isEmpty else {
            message = .error("There are no scheme lines to monitor yet: add lines first.")
            return
        }
        var row = 0
        if case .line(let id) = selectedItem(in: .budgets), let index = lines.firstIndex(of: id) { row = index }
        modes.open(.grid(MonitoringGrid(period: period, row: row)))
        message = UserMessage("Entering \(period.label): type a figure, Enter saves it and moves down, Tab moves right, Esc leaves.")
    }

    mutating func updateGrid(_ change: (inout MonitoringGrid) -> Void) {
        guard var grid else { return }
        change(&grid)
        view = .grid(grid)
    }

    /// Moves the grid's cursor, wrapping columns onto the next or previous row; with `toRowStart` (Enter) the
    /// cursor goes back to the column where the row was started. A new row starts where the cursor lands.
    mutating func moveCell(rows: Int, columns: Int, toRowStart: Bool = false) {
        let count = tables.lineOrder.count
        updateGrid { grid in
            var column = toRowStart && rows != 0 ? grid.rowStartColumn.rawValue : grid.column.rawValue + columns
            var row = grid.row + rows
            if column >= MonitoringGrid.Column.allCases.count { column = 0; row += 1 }
            if column < 0 { column = MonitoringGrid.Column.allCases.count - 1; row -= 1 }
            let newRow = min(max(0, row), max(0, count - 1))
            grid.column = MonitoringGrid.Column(rawValue: column) ?? .actual
            if newRow != grid.row { grid.rowStartColumn = grid.column }
            grid.row = newRow
        }
    }

    mutating func typeIntoGrid(_ character: Character) -> [Effect] {
        guard let grid else { return [] }
        if refusesClosedMonth(grid.period) { return [] }
        if let key = gridRecord(grid)?.key, refusesWriting(key) { return [] }
        guard grid.conflict == nil else {
            message = .error("First choose: Enter saves yours over theirs, Esc keeps theirs.")
            return []
        }
        // A pasted line of figures: a space after a figure that can be saved saves it and moves to the next cell.
        // Otherwise the space stays in the cell, which is then refused with its reason: a space is never dropped.
        if character == " ", grid.column != .commentary, let text = grid.draft?.text, !text.isEmpty, case .success = entry(for: grid) {
            return commitCell(rows: 0, columns: 1)
        }
        let base = gridRecord(grid).flatMap { version(of: $0.key) }
        updateGrid { grid in
            var draft = grid.draft ?? MonitoringGrid.Draft(text: "", baseVersion: base)
            draft.text.append(character)
            grid.draft = draft
        }
        checkDraft()
        return []
    }

    mutating func eraseInGrid() {
        updateGrid { grid in
            guard var draft = grid.draft, !draft.text.isEmpty else { return }
            draft.text.removeLast()
            grid.draft = draft
        }
        checkDraft()
    }

    /// Checks the draft as it is typed: the problem shows beside the cell; nothing is saved while there is one.
    mutating func checkDraft() {
        guard let grid else { return }
        var warning: String?
        let problem: String?
        switch entry(for: grid) {
        case .success(let entry):
            problem = nil
            let warnings = agreement.outOfLine(entry)
            warning = warnings.isEmpty ? nil : warnings.joined(separator: "; ")
        case .failure(let error): problem = error.message
        }
        updateGrid { $0.problem = problem; $0.warning = warning }
    }

    /// The return the draft would save, or why it cannot be saved.
    func entry(for grid: MonitoringGrid) -> Result<MonitoringEntry, EditError> {
        guard let (line, _) = gridRecord(grid), let draft = grid.draft else { return .failure(EditError("nothing typed")) }
        let existing = agreement.entry(for: line.id, at: grid.period)
        var entry = existing ?? agreement.newReturn(for: line, at: grid.period)
        switch grid.column {
        case .actual, .forecast:
            switch MoneyInput.parse(draft.text, inThousands: displayUnit == .thousands) {
            case .failure(let error): return .failure(error)
            case .success(let amount):
                if grid.column == .actual {
                    entry.actualToDate = amount
                } else {
                    guard existing != nil else {
                        return .failure(EditError("enter the actual to date first: \(line.id) has no return for \(grid.period.label)"))
                    }
                    entry.forecastOutturn = amount
                }
            }
        case .commentary:
            guard existing != nil else {
                return .failure(EditError("enter the actual to date first: \(line.id) has no return for \(grid.period.label)"))
            }
            entry.commentary = draft.text
        }
        return .success(entry)
    }

    /// Saves the cell being typed (or, after a conflict, yours over theirs); the cursor moves once it is saved.
    mutating func commitCell(rows: Int, columns: Int, toRowStart: Bool = false) -> [Effect] {
        guard let grid else { return [] }
        let move = CellMove(rows: rows, columns: columns, toRowStart: toRowStart)
        if let conflict = grid.conflict {
            updateGrid { $0.conflict = nil }
            return [.save(conflict.mine, expecting: conflict.theirVersion, intent: .edit(summary: summary(of: grid), move: move))]
        }
        guard let draft = grid.draft else {
            moveCell(rows: rows, columns: columns, toRowStart: toRowStart)
            return []
        }
        switch entry(for: grid) {
        case .failure(let error):
            updateGrid { $0.problem = error.message }
            message = .error("Not saved: \(error.message).")
            return []
        case .success(let entry):
            return [.save(Change(.monitoring(entry)), expecting: draft.baseVersion,
                          intent: .edit(summary: summary(of: grid), move: move))]
        }
    }

    /// "S02 actual to date for Jan 2026".
    func summary(of grid: MonitoringGrid) -> String {
        "\(gridRecord(grid)?.line.id ?? "") \(grid.column.field) for \(grid.period.label)"
    }

    /// Leaves a conflict keeping theirs, abandons the cell being typed, or leaves the grid.
    mutating func backOutOfGrid() {
        guard let grid else { return }
        if grid.conflict != nil {
            updateGrid { $0.conflict = nil; $0.draft = nil; $0.problem = nil; $0.warning = nil }
            message = UserMessage("Kept theirs; yours was not saved.")
        } else if grid.draft != nil {
            updateGrid { $0.draft = nil; $0.problem = nil; $0.warning = nil }
            message = UserMessage("Cell left as it was.")
        } else {
            if let id = gridRecord(grid)?.line.id, let index = items(in: .budgets).firstIndex(of: .line(id)) {
                selection[.budgets] = index
            }
            modes.closeView()
        }
    }

    mutating func startNextMonth() {
        guard let grid else { return }
        let following = grid.period.next
        let next = agreement.coverage(at: following) == .none ? following
            : agreement.monitoredPeriods.last?.next ?? agreement.reportingPeriod
        guard next <= agreement.end.period else {
            message = .error("The agreement's term ends in \(agreement.end.period.label); there is no later month to start.")
            return
        }
        period = next
        updateGrid { $0.period = next; $0.row = 0; $0.column = .actual; $0.draft = nil; $0.problem = nil; $0.warning = nil }
        let from = agreement.previousMonitoredPeriod(before: next).map { "; forecasts carry forward from \($0.label)" } ?? ""
        message = UserMessage("Started \(next.label) (month \(next.monthOfYear)): every line has no return until its actual is entered\(from).")
    }
}
