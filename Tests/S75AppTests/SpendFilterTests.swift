import S75App
import S75Domain
import Testing

/// What `:filter` on the Spend pane takes, and what it says when it cannot.
@Suite("Spend filters")
struct SpendFilterTests {
    let a = Northmoor.agreement

    func query(_ filters: [String: String]) -> Result<LedgerQuery, EditError> { LedgerQuery().filtered(by: filters, in: a) }

    @Test("each filter becomes the query's, and the title names them")
    func accepted() throws {
        let q = try query(["line": "s03", "supplier": "acme care", "month": "M9", "amount": "£1,000..5,000.50", "mapped": "yes"]).get()
        #expect(q.lineIDs == ["S03"] && q.supplier == "acme care" && q.period == Period(year: 2025, month: 12) && q.mapped == true)
        #expect((q.minimum, q.maximum) == (.pounds(1_000), Money(pence: 500_050)))
        #expect(q.filterSummary == "line S03 · supplier ~ acme care · Dec 2025 · £1,000 to £5,000.50 · mapped")
        let provider = try query(["provider": "P02"]).get()
        #expect(provider.lineIDs == a.lines.filter { $0.providerIDs.contains("P02") }.map(\.id) && provider.lineIDs?.isEmpty == false)
        #expect(try query(["amount": "..100"]).get().minimum == nil && query(["amount": "..100"]).get().maximum == .pounds(100))
        #expect(try query(["month": "2026-02"]).get().period == Period(year: 2026, month: 2))
    }

    @Test("a wrong value says what is expected", arguments: [
        (["line": "S99"], "there is no line S99"),
        (["provider": "P99"], "there is no provider P99"),
        (["month": "13/2025"], "month takes YYYY-MM or M1–M12, not 13/2025"),
        (["amount": "lots"], "amount takes pounds as FROM..TO (either end may be left off), e.g. amount=1000..5000"),
        (["amount": "5000..1000"], "the amount range runs backwards: £5,000 is more than £1,000"),
        (["mapped": "maybe"], "mapped takes yes or no"),
        (["colour": "red"], "the Spend pane filters by line, provider, supplier, text, month, amount, mapped"),
    ])
    func refused(filters: [String: String], message: String) {
        guard case .failure(let error) = query(filters) else { Issue.record("accepted \(filters)"); return }
        #expect(error.message == message)
    }

    @Test("a malformed filter on Spend gives an example of a Spend field, never one it does not have")
    func spendExample() {
        var state = AppState(agreement: a, storePath: "x", today: DateOnly(year: 2026, month: 1, day: 20))
        _ = reduce(&state, .showPane(.spend))
        _ = reduce(&state, .openPrompt("filter rag"))
        _ = reduce(&state, .runPrompt)
        #expect(state.message?.text.hasSuffix("e.g. filter supplier=moorside.") == true)
        #expect(state.message?.text.contains("rag=red") == false)
    }

    @Test("read-only, T and a new rule say why nothing can be written")
    func readOnly() {
        var state = AppState(agreement: a, storePath: "x", today: DateOnly(year: 2026, month: 1, day: 20))
        state.readOnlyReason = "opened read-only"
        state.ledger = LedgerOverview()
        _ = reduce(&state, .showPane(.mapping))
        #expect(reduce(&state, .takeLedgerActuals).isEmpty)
        #expect(state.message?.text == "READ-ONLY (opened read-only): nothing can be taken into the returns.")
        _ = reduce(&state, .addRecord(other: false))
        #expect(state.form == nil && state.message?.text.hasPrefix("READ-ONLY") == true)
    }
}

/// A read the Spend pane cannot make is said once; the pane never asks again by itself (it used to, until the stack ran out).
@Suite("The Spend pane when a read fails")
struct SpendReadFailureTests {
    @Test("after a failed read no action asks for the transactions again, until the pane is shown again")
    func noLoop() {
        var state = AppState(agreement: Northmoor.agreement, storePath: "x", today: DateOnly(year: 2026, month: 1, day: 20))
        state.viewportRows = 30
        let first = reduce(&state, .showPane(.spend))
        #expect(first.contains { if case .loadSpend = $0 { true } else { false } })
        let afterFailure = reduce(&state, .spendReadFailed(.error("The transactions could not be read.")))
        #expect(afterFailure.isEmpty)
        #expect(state.message?.text == "The transactions could not be read.")
        #expect(reduce(&state, .moveSelection(by: 1)).isEmpty)
        #expect(reduce(&state, .showPane(.spend)).contains { if case .loadSpend = $0 { true } else { false } })
    }
}

/// A count that reads every transaction is worked out after the first rows are on screen, and taken only if still wanted.
@Suite("The Spend pane's count, after its first rows")
struct SpendCountTests {
    static let rows = (0..<3).map { n in
        LedgerTransaction(id: Int64(n), row: LedgerRow(postingDate: DateOnly(year: 2025, month: 12, day: 1 + n), period: Period(year: 2025, month: 12),
                                                       costCentre: "NC41020", account: "5101", supplier: "Care Ltd", description: "Care visit \(n)",
                                                       document: "INV\(n)", amount: .pounds(100)), lineID: "S02")
    }

    /// A session on the Spend pane, its first request made: the query's rows are 0 ..< the request's count.
    func onSpend() throws -> (AppState, SpendRequest) {
        var state = AppState(agreement: Northmoor.agreement, storePath: "x", today: DateOnly(year: 2026, month: 1, day: 20))
        state.viewportRows = 30
        let effects = reduce(&state, .showPane(.spend))
        let request = try #require(effects.lazy.compactMap { if case .loadSpend(let r) = $0 { r } else { nil } }.first)
        #expect(request.recount && request.start == 0)
        return (state, request)
    }

    @Test("first rows whose count follows: the pane says how many so far and counting, then takes the count")
    func countFollows() throws {
        var (state, request) = try onSpend()
        let page = SpendPage(query: request.query, counted: nil, countFollows: true, start: 0, transactions: Self.rows)
        #expect(reduce(&state, .spendLoaded(page)).isEmpty)
        #expect(state.spend.counting && state.spend.rows == 3 && state.spend.isLoaded)
        _ = reduce(&state, .spendCounted(request.query, SpendPage.Count(rows: 1_234_567, total: .pounds(9_876_543))))
        #expect(!state.spend.counting)
        #expect((state.spend.rows, state.spend.total) == (1_234_567, .pounds(9_876_543)))
    }

    @Test("a count of a query no longer shown, or one no longer awaited, is not taken")
    func staleCount() throws {
        var (state, request) = try onSpend()
        _ = reduce(&state, .spendLoaded(SpendPage(query: request.query, counted: nil, countFollows: true, start: 0, transactions: Self.rows)))
        var other = request.query
        other.text = "care"
        _ = reduce(&state, .spendCounted(other, SpendPage.Count(rows: 9, total: .pounds(9))))
        #expect(state.spend.counting && state.spend.rows == 3)
        _ = reduce(&state, .spendLoaded(SpendPage(query: request.query, counted: SpendPage.Count(rows: 3, total: .pounds(300)), start: 0,
                                                  transactions: Self.rows)))
        #expect(!state.spend.counting)
        _ = reduce(&state, .spendCounted(request.query, SpendPage.Count(rows: 9, total: .pounds(9))))
        #expect((state.spend.rows, state.spend.total) == (3, .pounds(300)))
    }

    @Test("rare text, none of it found in time: the pane searches, then reads the rows once the count says how many")
    func rowsAfterCount() throws {
        var (state, request) = try onSpend()
        #expect(reduce(&state, .spendLoaded(SpendPage(query: request.query, counted: nil, countFollows: true, start: 0, transactions: []))).isEmpty)
        #expect(state.spend.counting && state.spend.rows == 0 && state.spend.window.isEmpty)
        let effects = reduce(&state, .spendCounted(request.query, SpendPage.Count(rows: 3, total: .pounds(300))))
        #expect(!state.spend.counting && state.spend.rows == 3)
        let read = try #require(effects.lazy.compactMap { if case .loadSpend(let r) = $0 { r } else { nil } }.first)
        #expect(!read.recount && read.start == 0 && read.count >= 3)
        _ = reduce(&state, .spendLoaded(SpendPage(query: request.query, counted: nil, start: 0, transactions: Self.rows)))
        #expect(state.spend.selectedRow == Self.rows[0] && (state.spend.rows, state.spend.total) == (3, .pounds(300)))
    }
}
