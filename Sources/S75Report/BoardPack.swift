import S75Domain
import S75Text

/// The papers for a board meeting (brief §3.5): front sheet, agenda in the walk's order, recommendations, the finance
/// report, the risk register, remedial plans, metrics, the last meeting's minutes and the action log. Its figures are
/// the board report's of the meeting's month; Markdown and HTML are two writings of the same sections.
public struct BoardPack {
    /// A decision the meeting is asked to take: "Note", "Approve" or "Decide", and what.
    public struct Recommendation: Hashable, Sendable {
        public var verb: String
        public var text: String
    }

    public let agreement: Agreement
    public let meeting: Meeting
    /// The meeting before, whose minutes the pack carries.
    public let previous: Meeting?
    let report: BoardReport

    /// The pack for the meeting of `date`; refused when the agreement has no such meeting.
    public init(_ a: Agreement, meeting date: DateOnly) throws(EditError) {
        guard let meeting = a.meeting(on: date) else {
            let known = a.meetings.map(\.date.description).joined(separator: ", ")
            throw EditError("there is no meeting on \(date)" + (known.isEmpty ? ": record one first (s75 walk)" : ": the meetings are \(known)"))
        }
        agreement = a
        self.meeting = meeting
        previous = a.meetings.filter { $0.date < date }.max { $0.date < $1.date }
        report = BoardReport(a, at: meeting.period)
    }

    var period: Period { meeting.period }
    var boardName: String { agreement.governance.boardName.isEmpty ? "Board" : agreement.governance.boardName }

    /// What the meeting is asked to note, approve or decide, from the agreement as it stands.
    public var recommendations: [Recommendation] {
        var list: [Recommendation] = []
        if let pool = report.totals.last {
            let variance = pool.forecastVariance.map { "\($0 > 0 ? "+" : "")\(MoneyText.pounds(Money(pence: $0))) against its \(MoneyText.pounds(Money(pence: pool.budget))) budget" }
                ?? "not known: \(pool.missingReturns.count) line\(pool.missingReturns.count == 1 ? " has" : "s have") no return"
            list.append(Recommendation(verb: "Note", text: "the finance report for \(period.label): the pool's \(report.agreement.isFinal ? "outturn" : "forecast") is \(variance)"))
        }
        if let previous, agreement.approval(of: previous.date) == nil {
            list.append(Recommendation(verb: "Approve", text: "the minutes of the meeting of \(previous.date.label)"))
        }
        for due in agreement.remedialPlans(at: period) where due.plan == nil {
            list.append(Recommendation(verb: "Decide", text: "a remedial plan for \(due.lineID) (forecast \(PercentText.percent(due.varianceBasisPoints, signed: true)) "
                                       + "over budget), due by \(due.dueBy.label)"))
        }
        if let kind = BCFReturnKind.allCases.first(where: { $0.monthOfYear == period.monthOfYear }) {
            if let signed = agreement.signOff(.bcfReturn(period.financialYear, kind)), signed.underDelegatedAuthority {
                list.append(Recommendation(verb: "Note", text: "the \(kind.label) BCF return, signed off under delegated authority on \(signed.on.label)"))
            } else {
                list.append(Recommendation(verb: "Approve", text: "the \(kind.label) BCF return of \(period.financialYear)"))
            }
        }
        let rated = report.metrics.compactMap(\.rag).filter { $0 != "No data" }
        if !report.metrics.isEmpty {
            list.append(Recommendation(verb: "Note", text: "outcome metrics: \(rated.filter { $0 == "Green" }.count) of \(report.metrics.count) on track"))
        }
        if period.isYearEnd {
            list.append(Recommendation(verb: "Decide", text: "the year-end risk-share settlement of \(period.financialYear)"))
        }
        let overdue = agreement.minutes.filter { $0.isOverdue(on: meeting.date) }
        if !overdue.isEmpty {
            list.append(Recommendation(verb: "Note", text: "\(overdue.count) action\(overdue.count == 1 ? "" : "s") past due: \(overdue.map(\.id).joined(separator: ", "))"))
        }
        return list
    }

    /// The finance report's tables the pack carries.
    var financeTables: [ReportTable] {
        let wanted = ["pool-by-source", "scheme-lines", "partners", "year-end"]
        return report.tables.filter { wanted.contains($0.id) }
    }

    /// The risk register, highest score first.
    var riskTable: ReportTable {
        ReportTable(id: "risks", title: "Risk register",
                    columns: ["Risk", "What could go wrong", "Owner", "Likelihood", "Impact", "Score", "Rating", "Trend", "Mitigation", "Lines"],
                    rows: agreement.riskRegister.map { r in
                        [.text(r.id), .text(r.title), .text(r.owner), .text("\(r.likelihood)"), .text("\(r.impact)"), .text("\(r.score)"),
                         .text(r.rating), .text(r.trend.label), .text(r.mitigation), .text(r.lineIDs.joined(separator: ", "))]
                    },
                    notes: agreement.risks.isEmpty ? ["No risk is recorded (:risk on the screen adds one)."]
                        : ["Score = likelihood × impact, each 1 to 5: High from 15, Medium from 8."])
    }

    /// The lines past the remedial trigger, and whether each has its plan.
    var remedialTable: ReportTable {
        let due = agreement.remedialPlans(at: period)
        return ReportTable(id: "remedial-plans", title: "Remedial plans",
                           columns: ["Line", "Forecast variance", "Over the trigger since", "Plan due by", "Plan"],
                           rows: due.map { d in
                               [.text(d.lineID), .percent(d.varianceBasisPoints), .text(d.since.label), .text(d.dueBy.label),
                                .text(d.plan.map { "\($0.id): \($0.text)" } ?? (d.isOverdue(on: meeting.date) ? "none recorded: OVERDUE" : "none recorded yet"))]
                           },
                           notes: due.isEmpty ? ["No line's forecast is past the remedial trigger."] : [])
    }

    /// Every action still open, with those past their day marked.
    var actionTable: ReportTable {
        let open = agreement.minutes.filter { $0.kind == .action && $0.status.isOutstanding }
        return ReportTable(id: "actions", title: "Action log", columns: ["Action", "Meeting", "What", "Owner", "Due", "Status"],
                           rows: open.map { m in
                               [.text(m.id), .text(m.meeting.label), .text(m.text), .text(m.owner.isEmpty ? "—" : m.owner), .text(m.due?.label ?? "—"),
                                .text(m.isOverdue(on: meeting.date) ? "OVERDUE" : m.status.label)]
                           },
                           notes: open.isEmpty ? ["No action is open."] : [])
    }

    /// The front sheet's facts, label and value.
    var frontSheet: [(String, String)] {
        let members = agreement.governance.members.map { "\($0.name) (\($0.partnerID)\($0.voting ? "" : ", adviser"))" }
        return [("Meeting", "\(boardName), \(meeting.date.label)"), ("Agreement", agreement.title),
                ("Figures for", "\(period.label), month \(period.monthOfYear) of \(period.financialYear)"),
                ("Attendance expected", members.isEmpty ? "the board's members (not recorded in the terms of reference)" : members.joined(separator: "; ")),
                ("Quorum", agreement.governance.quorum.isEmpty ? "\(agreement.governance.votingMembersPerPartner) voting member(s) from each partner"
                    : agreement.governance.quorum)]
    }

    /// The pack as Markdown.
    public func markdown() -> String {
        var out = "# \(boardName) — \(meeting.date.label)\n\n## Front sheet\n\n"
        out += frontSheet.map { "- **\($0.0):** \($0.1)" }.joined(separator: "\n") + "\n\n## Agenda\n\n"
        out += WalkStep.allCases.enumerated().map { "\($0.offset + 1). \($0.element.title)" }.joined(separator: "\n") + "\n\n## Recommendations\n\n"
        out += recommendations.map { "- **\($0.verb)** \($0.text)" }.joined(separator: "\n") + "\n\n# Finance report\n"
        out += financeTables.map { ReportRenderer.markdown($0, title: $0.title) }.joined()
        out += "\n# Risks and remedial plans\n" + ReportRenderer.markdown(riskTable, title: riskTable.title)
            + ReportRenderer.markdown(remedialTable, title: remedialTable.title)
        if let metrics = report.tables.first(where: { $0.id == "metrics" }) { out += "\n# Outcomes\n" + ReportRenderer.markdown(metrics, title: metrics.title) }
        out += "\n# The last meeting's minutes\n\n"
        out += previous.map { MeetingMinutes.markdown(agreement, meeting: $0).replacingOccurrences(of: "\n#", with: "\n##").replacingOccurrences(of: "^# ", with: "## ", options: .regularExpression) }
            ?? "This is the board's first meeting recorded.\n"
        out += "\n# Actions\n" + ReportRenderer.markdown(actionTable, title: actionTable.title)
        return out
    }
}
