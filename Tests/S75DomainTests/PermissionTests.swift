import S75Domain
import Testing

/// Who may make each change (docs/people.md): every role against every kind of write, allowed or refused with the role
/// that may. Northmoor with one person in each role; `finance-lead` is the ICB's, `scheme-lead` leads S03 (an LA line).
@Suite("Permissions")
struct PermissionTests {
    static let people: [Person] = Role.allCases.map { role in
        Person(account: role.rawValue, name: "The \(role.rawValue)", partnerID: role == .financeLead ? "ICB" : "LA", roles: [role],
               lines: role == .schemeLead ? ["S03"] : [])
    }

    static var agreement: Agreement {
        var a = Northmoor.agreement
        a.people = people
        return a
    }

    /// One write of each kind, and the roles that may make it.
    static let cells: [(name: String, change: Change, allowed: Set<Role>)] = {
        let a = Northmoor.agreement
        let m9 = Period(year: 2025, month: 12)
        var s04 = a.entry(for: "S04", at: m9)!, s03 = a.entry(for: "S03", at: m9)!, s14 = a.entry(for: "S14", at: m9)!
        s04.commentary = "checked"; s03.commentary = "checked"; s14.commentary = "checked"
        var meeting = a.meetings[0]
        meeting.attendance = "Apologies: none."
        var closing = meeting
        closing.closed = MeetingRecord(closedOn: meeting.date, closedBy: "chair", boardName: "", title: "", minutes: [])
        let decision = Minute(id: "D9", kind: .decision, meeting: meeting.date, item: "pool", text: "Agree")
        let action = Minute(id: "A9", kind: .action, meeting: meeting.date, item: "S02", text: "Report")
        var line = a.lines[0]
        line.name = "Renamed"
        let pfm: Set<Role> = [.pfm]
        return [
            ("a return on an ICB line (S04)", Change(.monitoring(s04)), [.pfm, .financeLead]),
            ("a return on the scheme lead's line (S03)", Change(.monitoring(s03)), [.pfm, .schemeLead]),
            ("a return on another LA line (S14)", Change(.monitoring(s14)), pfm),
            ("a line", Change(.line(line)), pfm),
            ("the agreement's details", Change(.agreement(a.details)), pfm),
            ("a variation", Change(.variation(BudgetVariation(id: "V1", fromLineID: "S08a", toLineID: "S08b", amount: .pounds(1),
                                                               effective: m9.next, reason: "r"))), pfm),
            ("a month's close", Change(.monthClose(try! a.closing(m9, on: DateOnly(year: 2026, month: 1, day: 12), by: "pfm"))), pfm),
            ("a person", Change(.person(Person(account: "zed", name: "Zed", partnerID: "LA", roles: [.viewer]))), pfm),
            ("a meeting's attendance", Change(.meeting(meeting)), [.chair, .member, .pfm]),
            ("closing a meeting", Change(.meeting(closing)), [.chair]),
            ("a decision", Change(.minute(decision)), [.chair]),
            ("an action", Change(.minute(action)), [.chair, .pfm]),
            ("the ICB's submission of a month", Change(.signOff(SignOff(scope: .submitted(m9, "ICB"), by: "x", on: meeting.date, covers: ""))),
             [.financeLead]),
            ("a month's approval", Change(.signOff(SignOff(scope: .approved(m9), by: "x", on: meeting.date, covers: ""))), pfm),
            ("minutes signed", Change(.signOff(SignOff(scope: .minutes(meeting.date), by: "x", on: meeting.date, covers: ""))), [.chair]),
            ("the council's part of the settlement", Change(.signOff(SignOff(scope: .yearEnd(FinancialYear(startYear: 2025), "LA"), by: "x",
                                                                              on: meeting.date, covers: ""))), [.signatory]),
            ("the HWB's sign-off of the Q3 BCF return", Change(.signOff(SignOff(scope: .bcfReturn(FinancialYear(startYear: 2025), .q3), by: "x",
                                                                                on: meeting.date, covers: "", underDelegatedAuthority: true))), pfm),
            ("a BCF return's answers", Change(.bcfAnswers(a.bcfReturnAnswers(FinancialYear(startYear: 2025), .q3))), pfm),
            ("a settlement payment", Change(.settlement(SettlementPayment(id: "SP1", year: FinancialYear(startYear: 2025), from: "ICB", to: "LA",
                                                                          amount: .pounds(393_600), due: meeting.date))), pfm),
            ("a risk", Change(.risk(Risk(id: "RR1", title: "Placements", owner: "DASS", likelihood: 3, impact: 4, mitigation: ""))), [.pfm, .chair]),
        ]
    }()

    @Test("every role against every kind of write", arguments: Role.allCases)
    func matrix(role: Role) {
        let a = Self.agreement
        for cell in Self.cells {
            let refusal = a.refusal(of: cell.change, by: role.rawValue)
            #expect((refusal == nil) == cell.allowed.contains(role), "\(role.rawValue) writing \(cell.name): \(refusal ?? "allowed")")
            if let refusal { #expect(refusal.hasPrefix("only ") && refusal.hasSuffix("is \(role.label)"), "\(refusal)") }
        }
        #expect((a.refusalOfLedgerImport(for: "ICB", by: role.rawValue) == nil) == [.pfm, .financeLead].contains(role))
        #expect((a.refusalOfLedgerImport(for: "LA", by: role.rawValue) == nil) == (role == .pfm))
        #expect((a.refusalOfReplacement(by: role.rawValue) == nil) == (role == .pfm))
    }

    @Test("an account not among the people reads only; an agreement with no people is one trusted team")
    func strangersAndTeams() {
        let change = Self.cells[0].change
        #expect(Self.agreement.refusal(of: change, by: "mallory")
                == "mallory is not among the agreement's people, so reads only: the pooled fund manager adds people (s75 people)")
        #expect(Northmoor.agreement.refusal(of: change, by: "mallory") == nil)
        #expect(Self.agreement.refusal(of: Self.cells[1].change, by: "finance-lead")
                == "only the pooled fund manager, LA's finance lead or S03's scheme lead enters S03's returns; The finance-lead is a partner's finance lead")
        // another account of the same person counts as theirs
        var a = Self.agreement
        a.people[0].otherAccounts = ["pat2"]
        #expect(a.refusal(of: Self.cells[3].change, by: "pat2") == nil)
    }

    @Test("people: the first is the pooled fund manager; one is always kept; an account is one person's")
    func peopleChecked() throws {
        var a = Northmoor.agreement
        #expect(throws: EditError("the first person is the pooled fund manager, who then adds the others")) {
            try a.applying(Change(.person(Person(account: "jo", name: "Jo", partnerID: "LA", roles: [.viewer]))))
        }
        try a.apply(Change(.person(Person(account: "pat", name: "Pat", partnerID: "LA", roles: [.pfm]))))
        try a.apply(Change(.person(Person(account: "jo", name: "Jo", partnerID: "ICB", roles: [.financeLead]))))
        #expect(throws: EditError("Pat is the only pooled fund manager: give the role to someone else before removing them")) {
            try a.applying(Change(key: .person("pat"), new: nil))
        }
        #expect(throws: EditError("pat is Pat's account already")) {
            try a.applying(Change(.person(Person(account: "sam", otherAccounts: ["pat"], name: "Sam", partnerID: "LA", roles: [.viewer]))))
        }
        #expect(throws: EditError("lines are led by a scheme lead: add that role")) {
            try a.applying(Change(.person(Person(account: "sam", name: "Sam", partnerID: "LA", roles: [.viewer], lines: ["S03"]))))
        }
        #expect(throws: EditError.self) { try a.applying(Change(key: .partner("ICB"), new: nil)) }
    }
}
