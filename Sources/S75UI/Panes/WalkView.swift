import S75App
import S75Domain
import S75Screen
import S75Text

/// One step of the board's walk: where the meeting is, the sentence that explains the step, and the few
/// figures that matter, large enough to read from the back of a room.
enum WalkView {
    static func view(_ state: AppState, _ step: WalkStep, width: Int) -> PaneView {
        let a = state.agreement
        let period = state.period
        var lines: ListLines = [ListLine([TextRun(progress(step), role: .dim)], role: .normal), .blank]
        lines += TextWrap.lines(state.walkSentence(step), width: width).map { ListLine([TextRun($0)], role: .section) }
        lines.append(.blank)
        lines += figures(step, state: state, width: width)
        let recorded = a.minutes(of: state.today).filter { $0.item == step.name }
        if !recorded.isEmpty, step != .decisionsNeeded, step != .actions {
            lines += [.blank] + minuteSection("Recorded at this step", recorded, today: state.today, width: width)
        }
        lines.append(.blank)
        let approving = step == .previousMinutes && a.minutesAwaitingApproval(before: state.today) != nil ? "m approves them; " : ""
        let recording = state.todaysMeeting?.closed.map { "The meeting was closed \($0.closedOn.label); its record is kept as it was. " }
            ?? approving + "d records a decision, a an action, e who attended; " + (step == .actions ? ":done A1 NOTE or :withdraw A1 WHY settles an action; C closes the meeting, keeping its record; " : "")
        lines += ListLine.notes("Space or → next step, ← back; \(recording)Enter shows \(step.title.lowercased()) in full (Esc or w returns "
                                + "here); Esc leaves the walk.", width: width)
        return PaneView(title: "Board walk — \(step.rawValue + 1)/\(WalkStep.allCases.count) \(step.title) · \(period.label)",
                        lines: lines, selected: nil)
    }

    /// The most remedial plans the monitoring step lists; the rest are counted.
    static let remedialPlansShown = 10

    /// A heading and the minutes under it as a table, or a note when there are none.
    static func minuteSection(_ heading: String, _ minutes: [Minute], today: DateOnly, width: Int, empty: String = "") -> [ListLine] {
        [.section(heading)] + (minutes.isEmpty ? ListLine.notes(empty, width: width)
                                : DecisionsPane.table(minutes, today: today, width: width, selectable: false))
    }

    /// "1 Parties · 2 Governance · [3 Pool] · 4 …": where the meeting is among the steps.
    static func progress(_ step: WalkStep) -> String {
        WalkStep.allCases.map { $0 == step ? "[\($0.rawValue + 1) \($0.title)]" : "\($0.rawValue + 1)" }.joined(separator: " ")
    }

    static func figures(_ step: WalkStep, state: AppState, width: Int) -> ListLines {
        switch step {
        case .providers: ProvidersPane.providerTable(state, width: width).lines
        case .outcomes: OutcomesPane.metricTable(state, width: width)
        case .monitoring: monitoringFigures(state, width: width)
        default: ListLines(builtFigures(step, state: state, width: width))
        }
    }

    /// The monitoring step's figures: each ledger's totals, then every line the sentence names (Red, Amber, Under and
    /// without a return, revenue's first), made when drawn, then the remedial plans due.
    static func monitoringFigures(_ state: AppState, width: Int) -> ListLines {
        let a = state.agreement
        let unit = state.displayUnit
        let layout = TableLayout(columns: [Column("Ledger", width: 14, alignment: .left, priority: 10, flexible: true, maxWidth: 30)]
                                 + MonitoringFigures.columns(unit: unit, period: state.period, for: a), width: width)
        var rows: ListLines = [.header(layout)]
        for row in a.rollUp(by: .ledger, at: state.period) {
            rows.append(.total(layout, [TableCell(row.label)] + row.figures.cells(unit: unit, status: a.status(row.figures), sign: a.signConvention)))
        }
        var flagged: [Ledger: [(line: SchemeLine, figures: MonitoringFigures, rating: FinanceStatus)]] = [:]
        a.forEachLine(at: state.period) { line, f in
            let rating = a.status(f)
            if [.red, .amber, .under, .noReturn].contains(rating) { flagged[line.ledger, default: []].append((copy line, f, rating)) }
        }
        let named = Ledger.allCases.flatMap { flagged[$0] ?? [] }
        rows.appendRows(count: named.count, firstItem: 0) { index in
            let (line, f, rating) = named[index]
            return ListLine(layout.line([TableCell("\(line.id) \(line.name)")] + f.cells(unit: unit, status: rating, sign: a.signConvention)),
                            role: .tableRow)
        }
        let over = a.linesOverRemedialTrigger(at: state.period)
        guard !over.isEmpty else { return rows }
        let shown = a.remedialPlans(at: state.period, for: over.prefix(remedialPlansShown))
        let more = over.count - shown.count
        rows += [.blank, .section("Remedial plans (forecast overspend above \(PercentText.percent(a.financeRAG.remedialTriggerBasisPoints)))")]
            + shown.flatMap { ListLine.notes($0.sentence(on: state.today), width: width) }
            + (more > 0 ? ListLine.notes("… and \(more) more: s75 check lists every line without a plan.", width: width) : [])
        return rows
    }

    /// The figures of a step whose table is small.
    static func builtFigures(_ step: WalkStep, state: AppState, width: Int) -> [ListLine] {
        let a = state.agreement
        let unit = state.displayUnit
        switch step {
        case .parties, .governance:
            let facts: [AgreementFact] = step == .parties
                ? a.partners.map { .partner($0.id) } + [.host, .pooledFundManager, .term, .notice]
                : [.board, .chairs, .quorum, .decisions] + a.governance.delegations.indices.map { .delegation($0) }
            return facts.flatMap { fact -> [ListLine] in
                let (label, value) = AgreementPane.describe(fact, in: a, problems: state.problems, unit: unit)
                return TextWrap.lines(value, width: max(10, width - 24)).enumerated().map { n, part in
                    ListLine([TextRun(DisplayWidth.pad(n == 0 ? label : "", to: 23) + " ", role: .label), TextRun(part)], role: .normal)
                }
            }
        case .pool:
            return BudgetsPane.contributionLines(a, unit: unit, width: width).filter { $0.item == nil }
        case .lines:
            // The plan, by area of spend: the monitoring step that follows shows the forecast.
            let layout = TableLayout(columns: [Column("Area of spend", width: 20, alignment: .left, priority: 10, flexible: true, maxWidth: 40),
                                               Column("Lines", width: 6, priority: 8),
                                               Column("Budget " + unit.label, width: MoneyFormat.columnWidth(unit, for: a) + 2, priority: 10)],
                                     width: width)
            let rows = a.rollUp(by: .areaOfSpend, at: state.period)
            return [.header(layout)]
                + rows.map { ListLine(layout.line([TableCell($0.label), TableCell("\($0.lineIDs.count)"),
                                                   TableCell(MoneyFormat.amount($0.figures.budget, unit: unit))]), role: .tableRow) }
                + [.total(layout, ["Pool", TableCell("\(a.lines.count)"), TableCell(MoneyFormat.amount(a.lines.sum(\.budget), unit: unit))])]
        case .yearEnd:
            return YearEndView.whatIfTable(a, period: state.period, unit: .pounds, width: width, chosen: nil)
        case .providers, .outcomes, .monitoring:
            return []  // drawn as windows (figures)
        case .ringFences:
            return a.ringFenceChecks(at: state.period).flatMap { check in
                TextWrap.lines(check.name, width: max(10, width - 12)).enumerated().map { n, part in
                    ListLine([TextRun(DisplayWidth.pad(n == 0 ? check.result.label : "", to: 10),
                                      role: check.passed ? .ragGreen : .ragMissing), TextRun(part)], role: .normal)
                }
            }
        case .previousMinutes:
            let today = state.today
            guard let awaiting = a.minutesAwaitingApproval(before: today) else { return [] }
            let recorded = awaiting.closed?.minutes.filter { $0.meeting == awaiting.date } ?? []
            return minuteSection("Recorded at the meeting of \(awaiting.date.label)", recorded, today: today, width: width, empty: "Nothing.")
        case .decisionsNeeded:
            let today = state.today
            let decided = a.minutes(of: today).filter { $0.kind == .decision }
            let deferred = a.carriedForward(to: today).filter { $0.kind == .decision }
            return minuteSection("Decided at this meeting", decided, today: today, width: width, empty: "None yet: d records one.")
                + (deferred.isEmpty ? [] : [.blank] + minuteSection("Deferred from earlier meetings", deferred, today: today, width: width))
        case .actions:
            let today = state.today
            let carried = a.carriedForward(to: today).filter { $0.kind == .action }
            let new = a.minutes(of: today).filter { $0.kind == .action }
            return minuteSection("Open from earlier meetings", carried, today: today, width: width, empty: "None.") + [.blank]
                + minuteSection("Agreed at this meeting", new, today: today, width: width, empty: "None yet: a records one.")
        }
    }
}
