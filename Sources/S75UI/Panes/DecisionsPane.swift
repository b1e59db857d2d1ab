import S75App
import S75Domain
import S75Screen

/// The Decisions pane: every decision and action the board recorded, with its meeting, what it was about,
/// owner, due date and status; an action past its due date says OVERDUE.
enum DecisionsPane {
    static func view(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        let a = state.agreement
        let byID = Dictionary(a.minutes.map { ($0.id, $0) }) { first, _ in first }
        let shown = state.items(in: .decisions).compactMap { item -> Minute? in
            guard case .minute(let id) = item else { return nil }
            return byID[id]
        }
        var lines = table(shown, today: state.today, width: width, selectable: true)
        let risks = state.items(in: .decisions).enumerated().compactMap { index, item -> (Int, Risk)? in
            guard case .risk(let id) = item, let risk = a.risks.first(where: { $0.id == id }) else { return nil }
            return (index, risk)
        }
        if a.minutes.isEmpty {
            lines += ListLine.notes("No decision or action has been recorded yet. In the walk (w), d records a decision and a an "
                                    + "action against the step on screen; here, a adds an action and A a decision.", width: width)
        }
        lines.append(.blank)
        lines.append(.section("Risk register"))
        lines += a.risks.isEmpty ? ListLine.notes("No risk is recorded: :risk adds one.", width: width) : riskTable(risks, width: width)
        lines.append(.blank)
        let open = a.minutes.filter { $0.kind == .action && $0.status == .open }
        let overdue = open.filter { $0.isOverdue(on: state.today) }
        lines += ListLine.notes("\(open.count) open action\(open.count == 1 ? "" : "s")"
                                + (overdue.isEmpty ? "" : ", \(overdue.count) overdue at \(state.today.label)")
                                + "; \(a.meetings.count) meeting\(a.meetings.count == 1 ? "" : "s") recorded. s75 minutes prints a "
                                + "meeting's minutes.", width: width)
        return PaneView(title: "Decisions — decisions and actions of the board, \(shown.count) of \(a.minutes.count)",
                        lines: lines, selected: selected)
    }

    /// The minutes as a table; rows are selectable items when `selectable`.
    static func table(_ minutes: [Minute], today: DateOnly, width: Int, selectable: Bool) -> [ListLine] {
        let layout = TableLayout(columns: [
            Column.identifiers("ID", minutes.lazy.map(\.id), priority: 10),
            Column("Meeting", width: 11, alignment: .left, priority: 5),
            Column("About", width: 10, alignment: .left, priority: 4),
            Column("Decision or action", width: 24, alignment: .left, priority: 10, flexible: true, maxWidth: 80),
            Column("Owner", width: 14, alignment: .left, priority: 8, flexible: true, maxWidth: 28),
            Column("Due", width: 11, alignment: .left, priority: 7),
            Column("Status", width: 8, alignment: .left, priority: 9),
        ], width: width)
        var lines: [ListLine] = [.header(layout)]
        for (index, m) in minutes.enumerated() {
            let cells = [TableCell(m.id), TableCell(m.meeting.label), TableCell(m.item.isEmpty ? "—" : m.item),
                         TableCell(m.text), TableCell(m.owner.isEmpty ? "—" : m.owner), TableCell(m.due?.label ?? "—"),
                         statusCell(m, today: today)]
            lines.append(selectable ? .row(layout, cells, item: index) : ListLine(layout.line(cells), role: .tableRow))
        }
        return lines
    }

    /// The register, highest score first; rows are selectable items.
    static func riskTable(_ risks: [(Int, Risk)], width: Int) -> [ListLine] {
        let layout = TableLayout(columns: [
            Column.identifiers("ID", risks.lazy.map(\.1.id), priority: 10),
            Column("Risk", width: 24, alignment: .left, priority: 10, flexible: true, maxWidth: 60),
            Column("Owner", width: 14, alignment: .left, priority: 6, flexible: true, maxWidth: 28),
            Column("L×I", width: 5, alignment: .left, priority: 8),
            Column("Rating", width: 6, alignment: .left, priority: 9),
            Column("Trend", width: 9, alignment: .left, priority: 7),
        ], width: width)
        return [.header(layout)] + risks.map { index, r in
            .row(layout, [TableCell(r.id), TableCell(r.title), TableCell(r.owner), TableCell("\(r.likelihood)×\(r.impact)"),
                          TableCell(r.rating, role: r.rating == "High" ? .ragRed : r.rating == "Medium" ? .ragAmber : nil), TableCell(r.trend.label)],
                 item: index)
        }
    }

    /// One risk in full.
    static func fill(_ sheet: inout DetailSheet, _ r: Risk, in a: Agreement) {
        sheet.field("Risk", r.title)
        sheet.field("Owner", r.owner)
        sheet.field("Score", "\(r.score) (\(r.rating)): likelihood \(r.likelihood) × impact \(r.impact), each of 5")
        sheet.field("Trend", r.trend.label)
        sheet.field("Mitigation", r.mitigation.isEmpty ? "—" : r.mitigation)
        sheet.field("Lines", r.lineIDs.isEmpty ? "—" : r.lineIDs.map { "\($0) \(a.lines[id: $0]?.name ?? "")" }.joined(separator: "; "))
    }

    /// The status in a word, OVERDUE for an open action past its date.
    static func statusCell(_ m: Minute, today: DateOnly) -> TableCell {
        if m.isOverdue(on: today) { return TableCell("OVERDUE", role: .statusError) }
        return TableCell(m.status.label, role: m.status.isOutstanding ? .ragAmber : nil)
    }

    /// One decision or action in full.
    static func fill(_ sheet: inout DetailSheet, _ m: Minute, state: AppState) {
        sheet.field(m.kind.label, m.text)
        sheet.field("Identifier", m.id)
        sheet.field("Meeting", m.meeting.label)
        sheet.field("About", m.item.isEmpty ? "—" : WalkStep(name: m.item).map { "\($0.title) (walk step \($0.rawValue + 1))" } ?? m.item)
        sheet.field("Owner", m.owner.isEmpty ? "—" : m.owner)
        sheet.field("Due", m.due.map { $0.label + (m.isOverdue(on: state.today) ? " — OVERDUE" : "") } ?? "—")
        sheet.field("Status", m.status.label)
        if let meeting = state.agreement.meeting(on: m.meeting), !meeting.attendance.isEmpty {
            sheet.field("Attendance", meeting.attendance)
        }
    }
}
