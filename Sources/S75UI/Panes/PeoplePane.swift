import S75App
import S75Domain
import S75Screen

/// The People pane: who the agreement names, with their accounts, partner, roles and lines, then every sign-off with
/// who gave it, when, and whether a later change has superseded it.
enum PeoplePane {
    static func view(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        let a = state.agreement
        let items = state.items(in: .people)
        let people = items.enumerated().compactMap { index, item -> (Int, Person)? in
            guard case .person(let account) = item, let p = a.person(loggingInAs: account) else { return nil }
            return (index, p)
        }
        let signOffs = items.enumerated().compactMap { index, item -> (Int, SignOff)? in
            guard case .signOff(let id) = item, let s = a.signOffs.first(where: { $0.id == id }) else { return nil }
            return (index, s)
        }
        var lines = ListLine.notes(whoYouAre(state), width: width)
        lines.append(.blank)
        if a.people.isEmpty {
            lines += ListLine.warning("NO PEOPLE SET: anyone who can write the file may change it. a adds the pooled fund manager, "
                                      + "who then adds the others; from then on an account that is not among them reads only.", width: width)
        } else {
            lines += peopleTable(people, width: width)
        }
        lines.append(.blank)
        lines.append(.section("Sign-offs"))
        if a.signOffs.isEmpty {
            lines += ListLine.notes("Nothing is signed yet. Finance leads submit a month (:sign submit), the pooled fund manager approves it "
                                    + "(:sign approve); the chair signs approved minutes; each partner's signatory signs the year-end.", width: width)
        } else {
            lines += signOffTable(signOffs, superseded: state.tables.supersededSignOffs, width: width)
        }
        lines.append(.blank)
        lines += ListLine.notes("a adds a person, e edits one, d removes one (the pooled fund manager does this); Enter shows a "
                                + "person's rights or what a sign-off covers. docs/people.md has the table of who may do what.", width: width)
        return PaneView(title: "People — \(a.people.count) named, \(a.signOffs.count) sign-off\(a.signOffs.count == 1 ? "" : "s")",
                        lines: lines, selected: selected)
    }

    /// "You are pat (Pat Jones): the pooled fund manager." or why this account reads only.
    static func whoYouAre(_ state: AppState) -> String {
        let a = state.agreement
        guard !a.people.isEmpty else { return "You are \(state.user); the agreement names nobody, so you may change anything." }
        guard let me = a.person(loggingInAs: state.user) else {
            return "You are \(state.user), who is not among the agreement's people, so you read only."
        }
        return "You are \(state.user) (\(me.name), \(me.partnerID)): \(me.roles.map(\.label).joined(separator: ", "))."
    }

    private static func peopleTable(_ people: [(Int, Person)], width: Int) -> [ListLine] {
        let layout = TableLayout(columns: [
            Column.identifiers("Account", people.lazy.map(\.1.account), priority: 10),
            Column("Name", width: 16, alignment: .left, priority: 10, flexible: true, maxWidth: 28),
            Column("Partner", width: 7, alignment: .left, priority: 8),
            Column("Roles", width: 20, alignment: .left, priority: 9, flexible: true, maxWidth: 40),
            Column("Lines", width: 8, alignment: .left, priority: 5, flexible: true, maxWidth: 24),
            Column("Other accounts", width: 14, alignment: .left, priority: 3, flexible: true, maxWidth: 24),
        ], width: width)
        return [.header(layout)] + people.map { index, p in
            .row(layout, [TableCell(p.account), TableCell(p.name), TableCell(p.partnerID), TableCell(p.roles.map(\.rawValue).joined(separator: ", ")),
                          TableCell(p.lines.isEmpty ? "—" : p.lines.joined(separator: ", ")),
                          TableCell(p.otherAccounts.isEmpty ? "—" : p.otherAccounts.joined(separator: ", "))], item: index)
        }
    }

    private static func signOffTable(_ signOffs: [(Int, SignOff)], superseded: Set<SignOff.ID>, width: Int) -> [ListLine] {
        let layout = TableLayout(columns: [
            Column("What", width: 26, alignment: .left, priority: 10, flexible: true, maxWidth: 40),
            Column("Signed by", width: 10, alignment: .left, priority: 9, flexible: true, maxWidth: 20),
            Column("On", width: 11, alignment: .left, priority: 8),
            Column("Standing", width: 10, alignment: .left, priority: 10),
        ], width: width)
        return [.header(layout)] + signOffs.map { index, s in
            .row(layout, [TableCell(s.id + (s.underDelegatedAuthority ? " (delegated)" : "")), TableCell(s.by), TableCell(s.on.label),
                          standingCell(superseded: superseded.contains(s.id))], item: index)
        }
    }

    /// "current", or SUPERSEDED once a figure it covers has changed.
    static func standingCell(superseded: Bool) -> TableCell {
        superseded ? TableCell("SUPERSEDED", role: .statusError) : TableCell("current", role: .ragGreen)
    }
}
