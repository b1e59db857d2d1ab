import S75Domain

extension WalkStep {
    /// The pane that holds the step's figures in full.
    public var pane: Pane {
        switch self {
        case .parties, .governance: .agreement
        case .previousMinutes, .decisionsNeeded, .actions: .decisions
        case .pool, .lines, .monitoring, .yearEnd, .ringFences: .budgets
        case .providers: .providers
        case .outcomes: .outcomes
        }
    }

    /// The view that shows the step in full.
    var fullView: ContentView {
        switch self {
        case .yearEnd: .yearEnd(whatIfModel: nil)
        case .ringFences: .budgetsSummary
        default: .table(pane)
        }
    }
}

extension AppState {
    /// The walk, at the step today's meeting got to (recorded in the file, so a restarted s75 resumes there).
    mutating func startWalk() -> [Effect] {
        if readOnlyReason == nil, let meeting = todaysMeeting { walkStep = meeting.stepReached }
        if !modes.returnToView(where: { if case .walk = $0 { true } else { false } }) { modes.open(.walk(walkStep)) }
        view = .walk(walkStep)
        message = UserMessage("Walk: Space or → next, ← back; d decision, a action, e attendance; Enter opens the step in full "
                              + "(Esc or w returns here); Esc leaves.")
        return todaysMeeting == nil ? recordProgress(walkStep) : []
    }

    /// The next or previous step; the walk stops at either end.
    mutating func stepWalk(by delta: Int) -> [Effect] {
        guard case .walk(let step) = view else { return [] }
        guard let next = WalkStep(rawValue: step.rawValue + delta) else {
            message = UserMessage(delta > 0 ? "That was the last step: Esc leaves the walk." : "This is the first step.")
            return []
        }
        walkStep = next
        view = .walk(next)
        return recordProgress(next)
    }

    /// Enter on a step: its figures in full, over the walk; Esc or `w` comes back to the same step.
    mutating func openWalkStep() {
        guard case .walk(let step) = view else { return }
        modes.open(step.fullView)
        message = UserMessage("\(step.title) in full. Esc or w returns to the walk at step \(step.rawValue + 1).")
    }
}
