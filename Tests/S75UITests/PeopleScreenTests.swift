import S75App
import S75Domain
import S75Screen
import S75TestSupport
import S75UI
import Testing

/// The People pane and the header once people sign: who is named, what they signed, which signatures a later change
/// superseded and what changed; an agreement that names nobody says so in the header.
@Suite("People screens")
struct PeopleScreenTests {
    /// Northmoor with four people; December submitted by both partners and approved, then S04 (an ICB line) corrected.
    static func signedState() throws -> AppState {
        var a = Northmoor.agreement
        let m9 = Period(year: 2025, month: 12), day = Fixtures.meetingDay
        a.people = [Person(account: "pat", name: "Pat Okafor", partnerID: "LA", roles: [.pfm]),
                    Person(account: "lee", name: "Lee Hart", partnerID: "LA", roles: [.financeLead]),
                    Person(account: "jo", otherAccounts: ["jo.admin"], name: "Jo Rahman", partnerID: "ICB", roles: [.financeLead]),
                    Person(account: "cllr", name: "Cllr Ann Grey", partnerID: "LA", roles: [.chair, .member])]
        try a.apply(Change(.signOff(try a.signing(.submitted(m9, "LA"), by: "lee", on: day))))
        try a.apply(Change(.signOff(try a.signing(.submitted(m9, "ICB"), by: "jo", on: day))))
        try a.apply(Change(.signOff(try a.signing(.approved(m9), by: "pat", on: day))))
        var s04 = try #require(a.entry(for: "S04", at: m9))
        s04.actualToDate = .pounds(5_100_000)
        try a.apply(Change(.monitoring(s04)))
        var state = AppState(agreement: a, storePath: "/data/northmoor.s75", today: day)
        state.user = "jo.admin"
        state.view = .table(.people)
        return state
    }

    @Test("the People pane lists the people and the sign-offs, the superseded ones marked, at 80×24 and 120×40",
          arguments: ScreenSnapshotTests.sizes)
    func pane(size: Size) throws {
        let state = try Self.signedState()
        let buffer = Screen.render(state, size: size)
        let text = buffer.textSnapshot()
        assertSnapshot(text, named: "people-signed-\(size.columns)x\(size.rows)", suite: "Screen")
        #expect(text.contains("SIGN-OFF SUPERSEDED") && text.contains("M9 Dec 2025 submitted 1/2"))
        #expect(text.contains("You are jo.admin (Jo Rahman, ICB): a partner's finance lead."))
        for (id, standing) in [("submitted 2025-12 LA", "current"), ("submitted 2025-12 ICB", "SUPERSEDED"), ("approved 2025-12", "SUPERSEDED")] {
            let row = try #require(text.split(separator: "\n").first { $0.contains(id) }, "\(id)")
            #expect(row.hasSuffix(standing) || row.contains(standing + " "), "\(row)")
        }
        assertSnapshot(buffer.styleSnapshot(), named: "people-signed-styles-\(size.columns)x\(size.rows)", suite: "Screen")
    }

    @Test("a superseded sign-off's detail shows what it covered then and what the figures are now")
    func detail() throws {
        var state = try Self.signedState()
        _ = reduce(&state, .moveToLast)
        _ = reduce(&state, .openSelected)
        let text = Screen.render(state, size: Size(columns: 120, rows: 40)).textSnapshot()
        assertSnapshot(text, named: "people-sign-off-detail-120x40", suite: "Screen")
        #expect(text.contains("Standing                 SUPERSEDED: a figure it covers has changed since it was signed"))
        #expect(text.contains("was                      S04|"))
        #expect(text.contains("now                      S04|") && text.contains("|510000000|"))
    }

    @Test("an agreement that names nobody says so in the header, at every width")
    func noPeople() {
        for columns in [80, 120] {
            let text = Screen.render(Fixtures.northmoorState(), size: Size(columns: columns, rows: 24)).textSnapshot()
            #expect(text.split(separator: "\n")[0].contains(columns < 100 ? "NO PEOPLE SET · M9 Dec 2025" : "NO PEOPLE SET · FY 2025-26 · M9 Dec 2025"))
        }
    }
}
