import Foundation
import S75App
import S75Domain
import S75Runtime
import S75Screen
import S75Store
import Testing

/// Building and keeping an agreement by keys alone, through forms, over a real file.
@Suite("Forms in a session")
struct FormSessionTests {
    static func keys(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }

    /// Types each value into the form's fields in turn (nil: leave the field as it is), then Enter.
    static func fill(_ values: [String?]) -> [KeyEvent] {
        values.flatMap { value in (value.map(keys) ?? []) + [.tab] } + [.enter]
    }

    static func blankFile() throws -> (S75Database, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("s75-forms-\(UUID().uuidString).s75").path
        return (try S75Database.create(at: path, with: .blank(startYear: 2025), author: Author(user: "setup")), path)
    }

    @Test("from s75 new to a clean check: partners, the host, a contribution, a provider and a scheme line, by keys alone")
    func buildFromNothing() throws {
        let (store, path) = try Self.blankFile()
        var keys: [KeyEvent] = [.character("1"), .character("a")]
        keys += Self.fill(["LA", "Northmoor Borough Council", "Council", "local", "Host partner"])
        keys += [.character("a")] + Self.fill(["ICB", "NHS Moorland and Vale ICB", "ICB", "icb", nil])
        keys += [.character("g"), .character("e")] + Self.fill([nil, nil, nil, nil, nil, nil, nil, nil, nil, "LA"])
        keys += [.character("2"), .character("a")] + Self.fill(["C1", "ICB", "nhs-min", "1,000", nil])
        keys += [.character("3"), .character("a")] + Self.fill(["P01", "Northmoor Community Health", "NHS Community Provider", nil])
        keys += [.character("2"), .character("a")]
            + Self.fill(["S01", "S01", "Home First reablement", "Home-based intermediate care", nil, "social", "la", nil, "LA", "P01",
                         "nhs-min", "1,000"])
        let (runtime, backend) = try SessionTests.session(keys, store: store, size: Size(columns: 120, rows: 40))
        runtime.run()
        let built = try S75Database.open(at: path, readOnly: true).loadAgreement()
        #expect(built.partners.map(\.id) == ["LA", "ICB"])
        #expect(built.hostPartnerID == "LA")
        #expect(built.contributions.first?.amount == .thousands(1_000))
        #expect(built.lines.first?.providerIDs == ["P01"])
        #expect(built.lines.first?.budget == .thousands(1_000))
        #expect(built.validate().isEmpty, "\(built.validate())")
        #expect(runtime.state.message?.text == "Saved: line S01.")
        #expect(SessionTests.text(backend).contains("S01  Home First"))
        let trail = try store.auditTrail()
        #expect(Set(trail.map(\.entity)).isSuperset(of: ["partner", "agreement", "contribution", "provider", "line"]))
    }

    static func northmoorFile() throws -> (S75Database, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("s75-forms-\(UUID().uuidString).s75").path
        return (try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup")), path)
    }

    /// Another session saves the agreement's details with `change` while this one has the form open.
    static func theyChange(_ path: String, _ change: (inout AgreementDetails) -> Void) throws {
        let other = try S75Database.open(at: path)
        let snapshot = try other.loadSnapshot()
        var details = snapshot.agreement.details
        change(&details)
        try other.apply(Change(.agreement(details)), expecting: snapshot.version(of: .agreement), author: Author(user: "bob"), at: "t")
    }

    @Test("a paste with a line break into a form's field stays in the field: the form is not saved by it")
    func pasteIntoForm() throws {
        let (store, _) = try Self.northmoorFile()
        let (runtime, _) = try SessionTests.session([.character("1"), .character("g"), .character("e"), .paste("Northmoor\ns75\r\nq\rend")],
                                                    store: store)
        runtime.run()
        #expect(runtime.state.form?.fields.first?.text == "Northmoor s75 q end")
        #expect(try store.loadAgreement().title == Northmoor.agreement.title)
    }

    @Test("two people edit the same record's different fields: both changes are kept, without asking")
    func mergeByField() throws {
        let (store, path) = try Self.northmoorFile()
        let (runtime, backend) = try SessionTests.session([.character("1"), .character("g"), .character("e")] + Self.keys("Northmoor s75"),
                                                          store: store, size: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(runtime.state.form?.kind == .agreement)
        try Self.theyChange(path) { $0.riskReserve = .thousands(300) }
        backend.type([.enter])
        runtime.run()
        let saved = try store.loadAgreement()
        #expect(saved.title == "Northmoor s75")
        #expect(saved.riskReserve == .thousands(300))
        #expect(runtime.state.message?.text.hasPrefix("Saved:") == true)
    }

    @Test("two people change the same field: the panel lists it with both values; Enter keeps mine, and their other field stays")
    func conflictListed() throws {
        let (store, path) = try Self.northmoorFile()
        let (runtime, backend) = try SessionTests.session([.character("1"), .character("g"), .character("e")] + Self.keys("Mine"),
                                                          store: store, size: Size(columns: 80, rows: 24))
        runtime.run()
        try Self.theyChange(path) { $0.title = "Theirs"; $0.riskReserve = .thousands(300) }
        backend.type([.enter])
        runtime.run()
        let conflict = try #require(runtime.state.form?.conflict)
        #expect(conflict.fields.map { [$0.label, $0.mine, $0.theirs] } == [["Title", "Mine", "Theirs"]])
        #expect(SessionTests.text(backend).contains("Title: theirs Theirs; yours Mine"))
        #expect(runtime.state.message?.text.contains("Both changed Title (theirs Theirs, yours Mine)") == true)
        backend.type([.enter])
        runtime.run()
        let saved = try store.loadAgreement()
        #expect((saved.title, saved.riskReserve) == ("Mine", .thousands(300)))
    }

    @Test("Esc on a field conflict takes theirs for that field and keeps my other changes in the form")
    func conflictTakeTheirs() throws {
        let (store, path) = try Self.northmoorFile()
        let (runtime, backend) = try SessionTests.session([.character("1"), .character("g"), .character("e")] + Self.keys("Mine")
                                                          + [.tab, .tab] + Self.keys("NHS Act 2006 s75"), store: store)
        runtime.run()
        try Self.theyChange(path) { $0.title = "Theirs" }
        backend.type([.enter])
        runtime.run()
        backend.type([.escape])
        runtime.run()
        #expect(runtime.state.form?.fields.first?.text == "Theirs")
        #expect(runtime.state.form?.fields.first { $0.name == "legal" }?.text == "NHS Act 2006 s75")
        #expect(runtime.state.form?.conflict == nil)
        #expect(runtime.state.message?.text == "Took theirs for Title. Your other changes are still in the form: Enter saves them.")
        backend.type([.enter])
        runtime.run()
        let saved = try store.loadAgreement()
        #expect((saved.title, saved.legalBasis) == ("Theirs", "NHS Act 2006 s75"))
    }

    @Test("a on the year-end view records a charge-back by keys alone: saved, audited, listed on Budgets with it selected, in the position")
    func chargeBack() throws {
        let (store, _) = try Self.northmoorFile()
        let keys: [KeyEvent] = [.character("2"), .character("v"), .character("v"), .character("a")]
            + Self.fill([nil, "LA", "S14", "100", "2025-12", "Placements above the delegated limit"])
        let (runtime, backend) = try SessionTests.session(keys, store: store, size: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(runtime.state.message?.text == "Saved: charge-back CB1.")
        let saved = try store.loadAgreement()
        #expect(saved.chargeBacks == [ChargeBack(id: "CB1", partnerID: "LA", lineID: "S14", amount: .thousands(100),
                                                 period: Period(year: 2025, month: 12), reason: "Placements above the delegated limit")])
        #expect(try store.auditTrail(kind: "charge-back").contains { $0.field == "amount" && $0.new == "£100,000" })
        #expect(SessionTests.text(backend).contains("Unauthorised spend charged back (before the risk share)"))
        #expect(runtime.state.selectedItem(in: .budgets) == .chargeBack("CB1"))
        backend.type([.character("v"), .character("v")])
        runtime.run()
        #expect(SessionTests.text(backend).contains("Unauthorised spend charged back to Council"))
    }

    @Test("the Agreement pane lists what is still missing; Enter on an item opens the form that fixes it")
    func todoList() throws {
        let (store, _) = try Self.blankFile()
        let (runtime, backend) = try SessionTests.session([.character("1")], store: store)
        runtime.run()
        #expect(SessionTests.text(backend).contains("To do (2)"))
        #expect(SessionTests.text(backend).contains("agreement: has no partners"))
        backend.type([.character("e")])
        runtime.run()
        #expect(runtime.state.form?.kind == .agreement)
    }

    @Test("a bad value is kept as typed with what is expected; Esc asks before discarding; n keeps editing, y discards")
    func badValueAndDiscard() throws {
        let store = try S75Database.inMemory(with: Northmoor.agreement)
        let keys: [KeyEvent] = [.character("3"), .character("A"), .tab, .tab, .tab, .tab] + Self.keys("lots") + [.enter]
        let (runtime, backend) = try SessionTests.session(keys, store: store, size: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(runtime.state.form?.fields[4].text == "lots")
        #expect(runtime.state.message?.text.hasPrefix("Not saved:") == true)
        #expect(SessionTests.text(backend).contains("✗ \"lots\" is not an amount"))
        backend.type([.escape])
        runtime.run()
        #expect(runtime.state.message?.text == "Discard your changes? Press y to discard them; any other key keeps editing.")
        backend.type([.character("n")])
        runtime.run()
        #expect(runtime.state.form != nil)
        backend.type([.escape, .character("y")])
        runtime.run()
        #expect(runtime.state.form == nil)
        #expect(try store.loadAgreement() == Northmoor.agreement)
    }

    @Test("editing a contract in its form saves a new value; d asks, then removes; a provider in use cannot be removed")
    func editAndDelete() throws {
        let store = try S75Database.inMemory(with: Northmoor.agreement)
        let keys: [KeyEvent] = [.character("3"), .character("G"), .character("e"), .tab, .tab, .tab] + Self.keys("250") + [.enter]
        let (runtime, _) = try SessionTests.session(keys, store: store)
        runtime.run()
        #expect(try store.loadAgreement().contracts.last?.value == .thousands(250))
        #expect(runtime.state.message?.text == "Saved: contract K11.")
        let (deleting, _) = try SessionTests.session([.character("3"), .character("G"), .character("d"), .character("y")], store: store)
        deleting.run()
        #expect(try store.loadAgreement().contracts.map(\.id).contains("K11") == false)
        let (refusing, _) = try SessionTests.session([.character("3"), .character("d"), .character("y")], store: store)
        refusing.run()
        #expect(refusing.state.message?.text.contains("provider P01 is used by line S04") == true)
        #expect(try store.loadAgreement().providers.first?.id == "P01")
    }
}

/// The Audit pane lists every change, newest first, and filters it.
@Suite("The Audit pane")
struct AuditPaneTests {
    @Test("6 shows the changes made in this session and others, newest first; f filters by record and user")
    func auditPane() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("s75-audit-\(UUID().uuidString).s75").path
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let keys: [KeyEvent] = Array(repeating: .down, count: 7) + [.character("e")] + FormSessionTests.keys("2,100") + [.enter, .escape,
                                                                                                                      .character("6")]
        let (runtime, backend) = try SessionTests.session(keys, store: store, size: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(runtime.state.audit.first?.entityID == "S02 2025-12")
        #expect(SessionTests.text(backend).contains("tester"))
        #expect(SessionTests.text(backend).contains("£2,095,000"))
        #expect(SessionTests.text(backend).contains("Audit — 2 changes, newest first; showing everything"))
        backend.type([.character("f")] + FormSessionTests.keys("S03") + [.enter])
        runtime.run()
        #expect(runtime.state.audit.isEmpty)
        #expect(SessionTests.text(backend).contains("No changes match the filter."))
        backend.type([.character("f"), .tab] + FormSessionTests.keys("setup") + [.enter])
        runtime.run()
        #expect(runtime.state.audit.isEmpty)
        backend.type([.character("f"), .backspace, .backspace, .backspace, .tab, .enter])
        runtime.run()
        #expect(runtime.state.audit.map(\.user) == ["setup"])
        backend.type([.character("f"), .tab, .backspace, .backspace, .backspace, .backspace, .backspace, .tab, .tab, .tab]
                     + FormSessionTests.keys("2025-12") + [.enter])
        runtime.run()
        #expect(runtime.state.audit.map(\.entityID) == ["S02 2025-12"])
        #expect(runtime.state.auditFilter.period == "2025-12")
    }
}

/// Finding rows by ID or name across panes.
@Suite("Search")
struct SearchTests {
    /// "home" is in 12 names: lines S01a, S01b, S03, S10 (care home), S13, S15; providers P05 and P06 (Homes);
    /// contracts K04 and K05; metrics M3 (care homes) and M5 (at home).
    @Test("/ searches every pane's IDs and names; Enter goes to the first match, highlighted; n and N step; none says so")
    func search() throws {
        let (runtime, backend) = try SessionTests.session([.character("/")] + FormSessionTests.keys("home") + [.enter],
                                                           store: try S75Database.inMemory(with: Northmoor.agreement),
                                                           size: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(runtime.state.selectedItem(in: .budgets) == .line("S01a"))
        #expect(runtime.state.message?.text == "\"home\": match 1 of 12. n next, N previous.")
        #expect(backend.lastFrame?.styleSnapshot().contains("search.match") == true)
        backend.type(Array(repeating: .character("n"), count: 6))
        runtime.run()
        #expect(runtime.state.pane == .providers)
        #expect(runtime.state.selectedItem(in: .providers) == .provider("P05"))
        backend.type([.character("N")])
        runtime.run()
        #expect(runtime.state.selectedItem(in: .budgets) == .line("S15"))
        backend.type([.character("/")] + FormSessionTests.keys("zzz") + [.enter])
        runtime.run()
        #expect(runtime.state.message?.text == "No match for \"zzz\" in any pane's IDs or names.")
    }
}

/// The board's walk, driven by keys.
@Suite("The board walk")
struct WalkSessionTests {
    @Test("w starts the walk; Space steps on; Enter opens the step's pane; w or Esc comes back to the same step; Esc leaves")
    func walk() throws {
        let keys: [KeyEvent] = [.character("w"), .character(" "), .character(" "), .character(" "), .character(" "), .character(" "), .enter]
        let (runtime, backend) = try SessionTests.session(keys, store: try S75Database.inMemory(with: Northmoor.agreement),
                                                           size: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(runtime.state.view == .table(.budgets))
        #expect(runtime.state.message?.text == "Monitoring and forecast in full. Esc or w returns to the walk at step 6.")
        backend.type([.character("w")])
        runtime.run()
        #expect(runtime.state.view == .walk(.monitoring))
        #expect(SessionTests.text(backend).contains("forecast £730k over budget (1.7%, Amber)"))
        backend.type([.enter, .enter, .escape, .escape])
        runtime.run()
        #expect(runtime.state.view == .walk(.monitoring), "Esc closed the line's detail, then the step's pane, back to the walk")
        #expect(runtime.state.modes.modes.count == 2, "the walk was returned to, not opened again over itself")
        backend.type([.left, .escape])
        runtime.run()
        #expect(runtime.state.view == .table(.budgets))
        #expect(runtime.state.walkStep == .lines)
    }
}

/// The search line gives way to Esc.
@Suite("Search line")
struct SearchLineTests {
    @Test("Esc on the search line cancels it; q then quits")
    func escape() throws {
        let (runtime, _) = try SessionTests.session([.character("/"), .character("x"), .escape, .character("q")],
                                                   store: try S75Database.inMemory(with: Northmoor.agreement))
        let final = runtime.run()
        #expect(final.searchDraft == nil)
    }
}
