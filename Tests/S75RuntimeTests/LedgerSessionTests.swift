import Foundation
import S75App
import S75Domain
import S75Runtime
import S75Screen
import S75Store
import Testing

/// The Spend and Mapping panes through the real runtime and a real file: paging the window, drilling from a line, sorting,
/// filtering and searching, adding a rule from the suspense, and taking the ledger's actuals into the returns.
@Suite("The ledger in a session")
struct LedgerSessionTests {
    /// 2,000 rows: NC41020 maps to S02, NC41030 to S03, NC49000 is in suspense. Row n is posted on day 1 + n % 28 of
    /// month 4 + n % 9 of 2025; it costs £(n % 500).(n % 100) and is a credit every 17th row.
    static let rows: [LedgerRow] = (0..<2_000).map { n in
        LedgerRow(postingDate: DateOnly(year: 2025, month: 4 + n % 9, day: 1 + n % 28), period: Period(year: 2025, month: 4 + n % 9),
                  costCentre: ["NC41020", "NC41030", "NC49000"][n % 3], account: "5101", supplier: "Care-\(n % 40) Ltd",
                  description: "Invoice \(n)", document: "INV\(n)",
                  amount: Money(pence: Int64(n % 500 * 100 + n % 100) * (n % 17 == 0 ? -1 : 1)))
    }

    static func file() throws -> (S75Database, String) {
        var agreement = Northmoor.agreement
        agreement.ledgerRules = [LedgerRule(id: "R1", costCentre: "NC41020", lineID: "S02"), LedgerRule(id: "R2", costCentre: "NC41030", lineID: "S03")]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("s75-ledger-\(UUID().uuidString).s75").path
        let store = try S75Database.create(at: path, with: agreement, author: Author(user: "setup"))
        var iterator = rows.makeIterator()
        _ = try store.importLedger(partner: "LA", fileName: "gl.csv", digest: "d", author: Author(user: "setup"), next: { iterator.next() })
        return (store, path)
    }

    static func keys(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }
    static func command(_ text: String) -> [KeyEvent] { [.character(":")] + keys(text) + [.enter] }

    /// The input rows in the Spend pane's default order: by date, then as imported.
    static let byDate = rows.indices.sorted { (rows[$0].postingDate, $0) < (rows[$1].postingDate, $1) }

    @Test("the Spend pane holds the screen and at most two pages each side, read ahead; PgDn to the end and back selects every row in order, and G the last")
    func paging() throws {
        let (store, _) = try Self.file()
        let (runtime, backend) = try SessionTests.session([.character("7")], store: store, size: Size(columns: 120, rows: 40))
        runtime.run()
        let spend = runtime.state.spend
        #expect(spend.rows == 2_000 && spend.total == Self.rows.map(\.amount).sum())
        #expect(SessionTests.text(backend).contains("all transactions: 2,000 rows"))
        var seen: [String] = []
        for _ in 0..<80 {
            seen.append(try #require(runtime.state.spend.selectedRow).document)
            let spend = runtime.state.spend, visible = runtime.state.spendVisibleRows, page = runtime.state.spendPageRows
            #expect(spend.window.count <= visible + 4 * page)
            #expect((spend.top..<min(spend.rows, spend.top + visible + page)).allSatisfy { spend.row(at: $0) != nil },
                    "the next page's rows were read once the frame was drawn, before PgDn asks for them")
            backend.type([.pageDown])
            runtime.run()
        }
        let page = runtime.state.viewportRows - 1  // PgDn moves a page of the content area, as on every pane
        #expect(seen == stride(from: 0, to: 80 * page, by: page).map { min($0, 1_999) }.map { Self.rows[Self.byDate[$0]].document })
        backend.type([.character("g"), .down, .down, .character("G")])
        runtime.run()
        #expect(runtime.state.spend.selected == 1_999 && runtime.state.spend.selectedRow?.document == Self.rows[Self.byDate[1_999]].document)
        backend.type([.up])
        runtime.run()
        #expect(runtime.state.spend.selectedRow?.document == Self.rows[Self.byDate[1_998]].document)
        #expect(SessionTests.text(backend).contains(Self.rows[Self.byDate[1_998]].document))
    }

    @Test("sorted by supplier, an order without an index, PgDn selects every row in that order, forty pages read at a time")
    func pagingUnindexed() throws {
        let (store, _) = try Self.file()
        let (runtime, backend) = try SessionTests.session([.character("7")] + Self.command("sort supplier"), store: store,
                                                    size: Size(columns: 120, rows: 40))
        runtime.run()
        let bySupplier = Self.rows.indices.sorted { (Self.rows[$0].supplier, $0) < (Self.rows[$1].supplier, $1) }
        let page = runtime.state.spendPageRows, visible = runtime.state.spendVisibleRows
        #expect(runtime.state.spend.window.count == min(Self.rows.count, visible + 40 * page), "the first read takes forty pages below")
        var seen: [String] = []
        for _ in 0..<(Self.rows.count / page + 1) {
            seen.append(try #require(runtime.state.spend.selectedRow).document)
            #expect(runtime.state.spend.window.count <= visible + 80 * page)
            backend.type([.pageDown])
            runtime.run()
        }
        #expect(seen == stride(from: 0, to: seen.count * page, by: page).map { min($0, Self.rows.count - 1) }
            .map { Self.rows[bySupplier[$0]].document })
    }

    @Test("t on S03 lists its transactions with their count and total; sort, filter and search narrow them, the totals re-added")
    func drillSortFilterSearch() throws {
        let (store, _) = try Self.file()
        let s03 = Array(repeating: KeyEvent.down, count: 8)  // C1…C5, then S01a, S01b, S02, S03
        let (runtime, backend) = try SessionTests.session(s03 + [.character("t")], store: store, size: Size(columns: 120, rows: 40))
        runtime.run()
        let mine = Self.rows.filter { $0.costCentre == "NC41030" }
        #expect(runtime.state.pane == .spend)
        #expect((runtime.state.spend.rows, runtime.state.spend.total) == (mine.count, mine.map(\.amount).sum()))
        #expect(SessionTests.text(backend).contains("line S03: \(mine.count) rows"))
        backend.type(Self.command("sort amount"))
        runtime.run()
        #expect(runtime.state.spend.selectedRow?.amount == mine.map(\.amount).max())
        backend.type(Self.command("filter line=S03 supplier=\"care-4 ltd\" amount=100..300"))
        runtime.run()
        let narrowed = mine.filter { $0.supplier.hasPrefix("Care-4 ") && $0.amount >= .pounds(100) && $0.amount <= .pounds(300) }
        #expect((runtime.state.spend.rows, runtime.state.spend.total) == (narrowed.count, narrowed.map(\.amount).sum()))
        backend.type([.character("/")] + Self.keys("Invoice 1") + [.enter])
        runtime.run()
        let found = narrowed.filter { $0.description.contains("Invoice 1") }
        #expect((runtime.state.spend.rows, runtime.state.spend.total) == (found.count, found.map(\.amount).sum()))
        backend.type(Self.command("filter month=M13"))
        runtime.run()
        #expect(runtime.state.message?.text == "Not filtered: month takes YYYY-MM or M1–M12, not M13.")
        backend.type([.escape])
        runtime.run()
        #expect((runtime.state.spend.rows, runtime.state.spend.total) == (Self.rows.count, Self.rows.map(\.amount).sum()))
        #expect(runtime.state.message?.text == "Spend: every transaction.")
    }

    @Test("a filter by text shows its first rows at once and its count when the other core has it: the count and total re-added")
    func textCountedAfter() throws {
        let (store, _) = try Self.file()
        let (runtime, backend) = try SessionTests.session([.character("7")] + Self.command("filter text=\"invoice 1\""), store: store,
                                                          size: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(runtime.state.spend.isLoaded && runtime.state.spend.rows >= runtime.state.spendVisibleRows)
        let deadline = Date().addingTimeInterval(10)
        while runtime.state.spend.counting, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
            runtime.takeSpendCount()
        }
        let found = Self.rows.filter { $0.description.contains("Invoice 1") }
        #expect((runtime.state.spend.rows, runtime.state.spend.total) == (found.count, found.map(\.amount).sum()))
        backend.type([.character("G")])
        runtime.run()
        #expect(runtime.state.spend.selected == found.count - 1)
        #expect(SessionTests.text(backend).contains("text ~ invoice 1: 1,111 rows"), "\(SessionTests.text(backend))")
    }

    @Test("/ on Mapping searches its cost centres and rules; the text typed after / is never run as commands")
    func searchMapping() throws {
        let (store, _) = try Self.file()
        let rules = try store.loadAgreement().ledgerRules
        let (runtime, backend) = try SessionTests.session([.character("8"), .character("/")] + Self.keys("NC49000") + [.enter], store: store,
                                                          size: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(runtime.state.pane == .mapping)
        #expect(runtime.state.selectedItem(in: .mapping) == .suspense(costCentre: "NC49000", account: "5101"))
        #expect(runtime.state.form == nil)
        #expect(try store.loadAgreement().ledgerRules == rules)
        backend.type([.character("/")] + Self.keys("R1") + [.enter])
        runtime.run()
        #expect(runtime.state.selectedItem(in: .mapping).map { if case .ledgerRule = $0 { true } else { false } } == true)
    }

    @Test("Enter on the largest suspense row starts a rule for its cost centre; saving it empties the suspense at once, audited")
    func ruleFromSuspense() throws {
        let (store, _) = try Self.file()
        let (runtime, backend) = try SessionTests.session([.character("8"), .character("G")], store: store, size: Size(columns: 120, rows: 40))
        runtime.run()
        let suspense = Self.rows.filter { $0.costCentre == "NC49000" }
        #expect(runtime.state.ledger?.suspenseRows == suspense.count && runtime.state.ledger?.suspenseTotal == suspense.map(\.amount).sum())
        #expect(runtime.state.selectedItem(in: .mapping) == .suspense(costCentre: "NC49000", account: "5101"))
        backend.type([.enter] + Self.keys("S17") + [.enter])
        runtime.run()
        #expect(runtime.state.message?.text.hasPrefix("Saved:") == true)
        #expect(runtime.state.ledger?.suspenseRows == 0)
        #expect(SessionTests.text(backend).contains("Nothing in suspense"))
        #expect(try store.loadAgreement().ledgerRules.last == LedgerRule(id: "R3", costCentre: "NC49000", lineID: "S17"))
        var s17 = LedgerQuery()
        s17.lineIDs = ["S17"]
        #expect(try store.ledgerCount(s17) == (suspense.count, suspense.map(\.amount).sum()))
        #expect(try store.auditTrail(entity: "R3").contains { $0.field == "lineID" && $0.new == "S17" })
    }

    @Test("the suspense rule form starts with no line: one Enter maps nothing and says a line must be chosen")
    func ruleNeedsALine() throws {
        let (store, _) = try Self.file()
        let rules = try store.loadAgreement().ledgerRules
        let (runtime, _) = try SessionTests.session([.character("8"), .character("G"), .enter, .enter], store: store,
                                                    size: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(runtime.state.form != nil)
        #expect(runtime.state.form?.fields.first { $0.name == "line" }?.text == "")
        #expect(try store.loadAgreement().ledgerRules == rules)
    }

    @Test("T takes December's ledger actuals into the returns of the lines that differ, as one audited change; then all agree")
    func takeActuals() throws {
        let (store, _) = try Self.file()
        let (runtime, backend) = try SessionTests.session([.character("8"), .character("T")], store: store, size: Size(columns: 120, rows: 40))
        runtime.run()
        let dec = Period(year: 2025, month: 12)
        let s02 = Self.rows.filter { $0.costCentre == "NC41020" }.map(\.amount).sum()
        // T asks first, saying how many lines and the total that changes; any key but y keeps the returns.
        let question = try #require(runtime.state.message?.text)
        #expect(question.hasPrefix("Take the ledger's actuals into Dec 2025's returns for 18 lines: actual to date £"))
        #expect(question.hasSuffix("? Press y to take them; any other key keeps the returns."))
        #expect(SessionTests.text(backend).contains("Take the ledger's actuals"))
        backend.type([.character("n")])
        runtime.run()
        #expect(runtime.state.message?.text == "The returns were kept as they are.")
        #expect(try store.loadAgreement().monitoring == Northmoor.agreement.monitoring)
        backend.type([.character("T"), .character("y")])
        runtime.run()
        #expect(runtime.state.message?.text == "Saved: ledger actuals taken into Dec 2025's returns for 18 lines. Press z to undo it.")
        let saved = try store.loadAgreement()
        #expect(saved.entry(for: "S02", at: dec)?.actualToDate == s02)
        #expect(saved.entry(for: "S11", at: dec)?.actualToDate == .zero)
        #expect(saved.entry(for: "S02", at: dec)?.forecastOutturn == Northmoor.agreement.entry(for: "S02", at: dec)?.forecastOutturn)
        #expect(try store.auditTrail(user: "tester").filter { $0.field == "actualToDate" }.count == 18)
        backend.type([.character("T")])
        runtime.run()
        #expect(runtime.state.message?.text == "Every line's return for Dec 2025 already agrees with the ledger; nothing to take.")
        #expect(SessionTests.text(backend).contains("all agree"))
        backend.type([.character("z")])
        runtime.run()
        #expect(runtime.state.message?.text == "Undone: ledger actuals taken into Dec 2025's returns for 18 lines. Press Z to redo it.")
        #expect(try store.loadAgreement().monitoring == Northmoor.agreement.monitoring)
        #expect(SessionTests.text(backend).contains("18 differ"))
        backend.type([.character("Z")])
        runtime.run()
        #expect(try store.loadAgreement().entry(for: "S02", at: dec)?.actualToDate == s02)
        #expect(try store.auditTrail(user: "tester").filter { $0.field == "actualToDate" }.count == 54)  // taken, undone, redone
    }

    @Test("a rule saved in another session: the Spend pane on screen reads its rows again at once, with no key pressed")
    func refreshedElsewhere() throws {
        let (store, path) = try Self.file()
        let (runtime, backend) = try SessionTests.session([], store: store, size: Size(columns: 120, rows: 40))
        backend.type([.character("7")] + Self.command("filter line=S17"))
        runtime.run()
        #expect(runtime.state.spend.isLoaded && runtime.state.spend.rows == 0)
        let other = try S75Database.open(at: path)
        try other.apply(Change(.ledgerRule(LedgerRule(id: "R3", costCentre: "NC49000", lineID: "S17"))), expecting: nil,
                        author: Author(user: "bob"), at: "t")
        runtime.checkForExternalChanges()
        let suspense = Self.rows.filter { $0.costCentre == "NC49000" }
        #expect(runtime.state.spend.isLoaded)
        #expect((runtime.state.spend.rows, runtime.state.spend.total) == (suspense.count, suspense.map(\.amount).sum()))
    }
}
