import S75App
import S75Domain
import S75Text

/// A person in full, with what their roles let them do and what they signed; a sign-off in full, with what changed
/// since it was given.
enum PersonDetail {
    static func fill(_ sheet: inout DetailSheet, _ p: Person, state: AppState) {
        let a = state.agreement
        sheet.field("Name", p.name)
        sheet.field("Account", p.account + (p.otherAccounts.isEmpty ? "" : "; also logs in as \(p.otherAccounts.joined(separator: ", "))"))
        sheet.field("Partner", "\(p.partnerID) \(a.partner(p.partnerID)?.name ?? "")")
        sheet.field("Lines led", p.lines.isEmpty ? "—" : p.lines.joined(separator: ", "))
        sheet.section("May")
        for role in p.roles { sheet.field(role.label.prefix(1).uppercased() + role.label.dropFirst(), role.rights) }
        let signed = a.signOffs.filter { p.logsIn(as: $0.by) }
        sheet.section("Signed")
        if signed.isEmpty { sheet.note("Nothing yet.") }
        for s in signed {
            sheet.field(s.on.label, s.statement + (state.tables.supersededSignOffs.contains(s.id) ? " — SUPERSEDED" : ""))
        }
    }

    static func fill(_ sheet: inout DetailSheet, _ s: SignOff, state: AppState) {
        let a = state.agreement
        sheet.field("Signed", s.statement)
        sheet.field("By", "\(s.by)" + (a.person(loggingInAs: s.by).map { " (\($0.name), \($0.partnerID))" } ?? ""))
        let superseded = state.tables.supersededSignOffs.contains(s.id)
        sheet.field("Standing", superseded ? "SUPERSEDED: a figure it covers has changed since it was signed" : "current: the figures are as signed",
                    role: superseded ? .statusError : nil)
        let then = s.covers.split(separator: "\n").map(String.init)
        sheet.field("Covers", "\(then.count) figure\(then.count == 1 ? "" : "s") as signed")
        guard superseded else { return }
        let now = a.coveredFigures(s.scope).split(separator: "\n").map(String.init)
        let (thenSet, nowSet) = (Set(then), Set(now))
        let (was, became) = (then.filter { !nowSet.contains($0) }, now.filter { !thenSet.contains($0) })
        sheet.section("Changed since it was signed")
        sheet.note("Each figure as the sign-off keeps it: a line's return as line|budget to date|actual to date|forecast|commentary, "
                   + "in pence; a metric's value as metric|period|value in thousandths; a BCF return's answers as answer|commentary, then its narrative.")
        for line in was.prefix(12) { sheet.field("was", line) }
        for line in became.prefix(12) { sheet.field("now", line) }
        if was.count > 12 || became.count > 12 { sheet.note("… and more; s75 log --period lists the changes with who made them.") }
    }
}
