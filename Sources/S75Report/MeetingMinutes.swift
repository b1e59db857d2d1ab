import S75Domain

/// A board meeting's minutes as Markdown: attendance, matters arising from earlier meetings, then each item
/// the board reached with its key figures as the meeting saw them, and the decisions and actions recorded against it.
public enum MeetingMinutes {
    /// A closed meeting's minutes come from its record alone (headings, attendance, figures, and the decisions and
    /// actions as they stood when it closed), so they are the same bytes whatever changes afterwards; an open
    /// meeting's are a draft of what is recorded so far.
    public static func markdown(_ a: Agreement, meeting: Meeting) -> String {
        let record = meeting.closed
        let boardName = record?.boardName ?? a.governance.boardName
        let board = boardName.isEmpty ? "Board meeting" : boardName
        var text = "# \(board) — \(meeting.date.label)\n\n"
        text += "\(record?.title ?? a.title). Figures for \(meeting.period.label) (month \(meeting.period.monthOfYear) of \(meeting.period.financialYear)).\n\n"
        let closed = record.map { "The meeting was closed \($0.closedOn.label)" + ($0.closedBy.isEmpty ? "" : " by \($0.closedBy)") + "." } ?? ""
        if let approving = a.approval(of: meeting.date), let moved = approving.approves {
            let signed = a.signOff(.minutes(meeting.date)).map { s in
                " **Signed** by the chair (\(s.by)) on \(s.on.label)." + (a.isSuperseded(s) ? " SUPERSEDED: the record changed since it was signed." : "")
            } ?? " Not yet signed by the chair."
            text += "**Approved** at the meeting of \(approving.date.label), moved by \(moved.movedBy). \(closed)\(signed)\n\n"
        } else {
            text += record == nil ? "**DRAFT**: the meeting is still open, and what it records may yet change.\n\n"
                : "**DRAFT** until the next meeting approves them. \(closed)\n\n"
        }
        let present = meeting.participation.present
        let attendance = [present.isEmpty ? "" : "Members present: " + present.joined(separator: ", ") + ".", meeting.attendance]
            .filter { !$0.isEmpty }.joined(separator: " ")
        text += "**Attendance.** " + (attendance.isEmpty ? "Not recorded." : attendance) + "\n"
        for d in meeting.participation.declarations {
            text += "\n**Declaration of interest.** \(d.member): \(d.interest.isEmpty ? "an interest" : d.interest) in \(d.providerID)"
                + (a.provider(d.providerID).map { " \($0.name)" } ?? "") + ".\n"
        }
        let quorum = record.map(\.quorum) ?? a.quorum(at: meeting)
        if let quorum { text += "\n**Quorum.** \(quorum.sentence)\n" }
        func bullet(_ m: Minute) -> String {
            guard m.kind == .decision, m.meeting == meeting.date else { return Self.bullet(m, on: meeting.date) }
            let apart = record.map { $0.notTakingPart[m.id] ?? [] } ?? a.notTakingPart(in: m, at: meeting)
            return Self.bullet(m, on: meeting.date) + (quorum?.isQuorate == false ? "  *Taken without a quorum.*\n" : "")
                + (apart.isEmpty ? "" : "  *Not taking part:* \(apart.joined(separator: "; ")).\n")
        }
        let arising = record.map { $0.minutes.filter { $0.meeting != meeting.date } } ?? a.carriedForward(to: meeting.date)
        if !arising.isEmpty {
            text += "\n## Matters arising\n\nOutstanding from earlier meetings:\n\n" + arising.map(bullet).joined()
        }
        let own = record.map { $0.minutes.filter { $0.meeting == meeting.date } } ?? a.minutes(of: meeting.date)
        for step in WalkStep.allCases {
            let figures = meeting.figures[step.name]
            let recorded = own.filter { $0.item == step.name }
            let approved = step == .previousMinutes ? meeting.approves : nil
            guard figures != nil || !recorded.isEmpty || approved != nil else { continue }
            text += "\n## \(step.rawValue + 1). \(step.title)\n\n"
            text += (figures ?? "Figures were not shown at the meeting.") + "\n"
            if let approved { text += "\n- The minutes of the meeting of \(approved.meeting.label) were approved, moved by \(approved.movedBy).\n" }
            if !recorded.isEmpty { text += "\n" + recorded.map(bullet).joined() }
        }
        let other = own.filter { WalkStep(name: $0.item) == nil }
        if !other.isEmpty {
            text += "\n## Other business\n\n" + other.map(bullet).joined()
        }
        if own.isEmpty { text += "\nNo decision or action was recorded.\n" }
        if let next = meeting.nextMeeting { text += "\n**Next meeting.** \(next.label).\n" }
        return text
    }

    /// "- **Action A3** (open): Bring a plan … — *Head of Finance*, due 31 Jan 2026."
    static func bullet(_ m: Minute, on date: DateOnly) -> String {
        let about = m.item.isEmpty || WalkStep(name: m.item) != nil ? "" : " [\(m.item)]"
        let from = m.meeting == date ? "" : ", from \(m.meeting.label)"
        var line = "- **\(m.kind.label) \(m.id)** (\(m.isOverdue(on: date) ? "OVERDUE" : m.status.label.lowercased())\(from))\(about): \(m.text)"
        if !m.owner.isEmpty { line += " — *\(m.owner)*" }
        if let due = m.due { line += (m.owner.isEmpty ? " —" : ",") + " due \(due.label)" }
        if let update = m.updates.last { line += ". \(update.description)" + (update.note.isEmpty || update.note.hasSuffix(".") ? "" : ".") }
        return line + "\n"
    }
}
