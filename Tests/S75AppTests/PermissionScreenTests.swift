import S75App
import S75Domain
import Testing

/// The screen asks who may write before anything is typed (docs/people.md): a finance lead's grid takes its partner's
/// lines and refuses another's at the first key; a form it may not save does not open.
@Suite("Permissions on the screen")
struct PermissionScreenTests {
    func session(as account: String) -> AppState {
        var a = Northmoor.agreement
        a.people = [Person(account: "pat", name: "Pat", partnerID: "LA", roles: [.pfm]),
                    Person(account: "jo", name: "Jo", partnerID: "ICB", roles: [.financeLead])]
        var state = AppState(agreement: a, storePath: "/data/northmoor.s75", today: DateOnly(year: 2026, month: 1, day: 12))
        state.user = account
        _ = reduce(&state, .showPane(.budgets))
        return state
    }

    @Test("the grid refuses a council line to the ICB's finance lead at the first key, and takes an ICB line")
    func grid() {
        var state = session(as: "jo")
        _ = reduce(&state, .edit)
        #expect(state.grid?.row == 0)  // S01a, a council line
        #expect(reduce(&state, .typed("5")) == [])
        #expect(state.grid?.draft == nil)
        #expect(state.message?.text == "Only the pooled fund manager, LA's finance lead or S01a's scheme lead enters S01a's returns; "
                + "Jo is a partner's finance lead.")
        for _ in 0..<4 { _ = reduce(&state, .moveSelection(by: 1)) }  // S04, an ICB line
        _ = reduce(&state, .typed("5"))
        #expect(state.grid?.draft?.text == "5")
    }

    @Test("a form the account may not save does not open; the PFM's does")
    func forms() {
        var state = session(as: "jo")
        _ = reduce(&state, .moveSelection(by: 6))
        _ = reduce(&state, .editInForm)
        #expect(state.form == nil)
        #expect(state.message?.text.hasPrefix("Only the pooled fund manager changes the financial records") == true)
        var pfm = session(as: "pat")
        _ = reduce(&pfm, .moveSelection(by: 6))
        _ = reduce(&pfm, .editInForm)
        #expect(pfm.form != nil)
    }

    @Test("A on the Agreement pane adds a person, for the pooled fund manager only")
    func addPerson() {
        var pfm = session(as: "pat")
        _ = reduce(&pfm, .showPane(.agreement))
        _ = reduce(&pfm, .addRecord(other: true))
        #expect(pfm.form?.title == "New person")
        var lead = session(as: "jo")
        _ = reduce(&lead, .showPane(.agreement))
        _ = reduce(&lead, .addRecord(other: true))
        #expect(lead.form == nil)
        #expect(lead.message?.text.hasPrefix("Only the pooled fund manager changes who the agreement's people are") == true)
    }
}
