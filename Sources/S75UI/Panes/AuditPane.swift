import S75App
import S75Domain
import S75Screen

/// The Audit pane: every change, newest first, with when, who (and from where), which record and field,
/// and the old and new values.
enum AuditPane {
    static func view(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        let layout = TableLayout(columns: [
            Column("When (UTC)", width: 20, alignment: .left, priority: 9),
            Column("Who", width: 10, alignment: .left, priority: 8, flexible: true, maxWidth: 24),
            Column("Record", width: 16, alignment: .left, priority: 10, flexible: true, maxWidth: 28),
            Column("Field", width: 14, alignment: .left, priority: 9, flexible: true, maxWidth: 22),
            Column("Old", width: 12, alignment: .left, priority: 7, flexible: true, maxWidth: 30),
            Column("New", width: 12, alignment: .left, priority: 10, flexible: true, maxWidth: 30),
        ], width: width)
        var lines: [ListLine] = [.header(layout)]
        for (index, entry) in state.audit.enumerated() {
            let who = entry.client.isEmpty ? entry.user : "\(entry.user)@\(entry.client)"
            lines.append(.row(layout, [TableCell(entry.at), TableCell(who), TableCell("\(entry.entity) \(entry.entityID)"),
                                       TableCell(entry.field), TableCell(entry.old ?? "—"), TableCell(entry.new ?? "—")], item: index))
        }
        if state.audit.isEmpty { lines += ListLine.notes("No changes match the filter.", width: width) }
        lines.append(.blank)
        lines += ListLine.notes("Every change is recorded as it is saved, by the account that made it and, over ssh, the address its client reported. f filters by record, "
                                + "user and date; Enter shows a change in full; s75 log prints the trail.", width: width)
        return PaneView(title: "Audit — \(state.audit.count) change\(state.audit.count == 1 ? "" : "s"), newest first; showing "
                        + state.auditFilter.summary, lines: lines, selected: selected)
    }

    /// One change in full.
    static func fill(_ sheet: inout DetailSheet, _ entry: AuditEntry) {
        sheet.field("When (UTC)", entry.at)
        sheet.field("Who", entry.user + " (the account the operating system named)")
        if !entry.client.isEmpty { sheet.field("From", "\(entry.client), as the ssh client reported it (not verified)") }
        sheet.field("Record", "\(entry.entity) \(entry.entityID)")
        sheet.field("Field", entry.field)
        sheet.field("Was", entry.old ?? "— (the record was added)")
        sheet.field("Now", entry.new ?? "— (the record was removed)")
    }
}
