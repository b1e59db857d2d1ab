import S75App
import S75Domain
import Testing

/// The risk register on the screen: `:risk` adds one in a form, `:risk RR1` edits one, and the Decisions pane lists the
/// register highest score first after the decisions and actions.
@Suite("The risk register on the screen")
struct RiskCommandTests {
    func state() throws -> AppState {
        var a = Northmoor.agreement
        try a.apply(Change(.risk(Risk(id: "RR1", title: "Equipment demand", owner: "ICES manager", likelihood: 2, impact: 3, mitigation: ""))))
        try a.apply(Change(.risk(Risk(id: "RR2", title: "Placements", owner: "DASS", likelihood: 4, impact: 4, mitigation: "Panel", trend: .rising))))
        return AppState(agreement: a, storePath: "/data/northmoor.s75", today: DateOnly(year: 2026, month: 1, day: 20))
    }

    @Test(":risk opens a new risk's form numbered on; :risk RR2 opens that risk's; an unknown one is named")
    func forms() throws {
        var s = try state()
        _ = run(&s, "risk")
        #expect(s.form?.kind == .risk && s.form?.fields.first?.text == "RR3" && s.form?.isNew == true)
        s = try state()
        _ = run(&s, "risk rr2")
        #expect(s.form?.key == .risk("RR2") && s.form?.fields.first { $0.name == "trend" }?.text == "rising")
        s = try state()
        _ = run(&s, "risk RR9")
        #expect(s.form == nil && s.message?.text == "There is no risk RR9: risk alone adds one; Tab after risk lists them.")
    }

    @Test("the Decisions pane lists the minutes, then the register by score: RR2 (16) before RR1 (6)")
    func listed() throws {
        let s = try state()
        let items = s.agreement.items(in: .decisions, problems: 0)
        #expect(Array(items.suffix(2)) == [.risk("RR2"), .risk("RR1")])
    }
}
