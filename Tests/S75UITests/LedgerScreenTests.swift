import S75App
import S75Domain
import S75Screen
import S75TestSupport
import S75UI
import Testing

/// The Spend and Mapping panes as text and as styles, at the sizes users have, with a ledger whose figures are known.
@Suite("Ledger screens")
struct LedgerScreenTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    /// 500 transactions; the window holds rows 200…259; row n is £n.07 on cost centre NC4102n%3, a credit every 7th row.
    static func spendState(_ size: Size) -> AppState {
        var state = Fixtures.northmoorState(pane: .spend)
        state.viewportRows = Screen.contentRows(for: size)
        state.spend.query = LedgerQuery()
        state.spend.isLoaded = true
        state.spend.rows = 500
        state.spend.total = Money(pence: 123_456_789)
        state.spend.windowStart = 200
        state.spend.window = (200..<260).map { n in
            LedgerTransaction(id: Int64(n), row: LedgerRow(
                postingDate: DateOnly(year: 2025, month: 6, day: 1 + n % 28), period: Period(year: 2025, month: 6),
                costCentre: "NC4102\(n % 3)", costCentreName: "Cost centre \(n % 3)", account: "5101", accountName: "Agency staff",
                supplier: "Moorside Care \(n)", description: "Home care for June, week \(n % 4 + 1)", document: "INV\(n)",
                amount: Money(pence: Int64(n * 100 + 7) * (n % 7 == 0 ? -1 : 1))), lineID: n % 3 == 2 ? nil : ["S02", "S17"][n % 3])
        }
        state.spend.top = 210
        state.spend.selected = 212
        return state
    }

    static func mappingState() -> AppState {
        var state = Fixtures.northmoorState(pane: .mapping)
        state.agreement.ledgerRules = [LedgerRule(id: "R1", costCentre: "NC41020", lineID: "S02"),
                                       LedgerRule(id: "R2", costCentre: "NC4103*", accountFrom: "5200", accountTo: "5299", lineID: "S03")]
        state.ledger = LedgerOverview(rows: 12_345, total: Money(pence: 987_654_321), suspense: [
            .init(costCentre: "NC49000", costCentreName: "Unallocated 1", account: "5210", accountName: "Residential placements",
                  rows: 103, total: Money(pence: 5_556_498)),
            .init(costCentre: "NC49001", costCentreName: "Unallocated 2", account: "5101", accountName: "Agency staff",
                  rows: 12, total: Money(pence: -120_000)),
        ], actuals: ["S02": [Period(year: 2025, month: 12): .pounds(2_095_000)], "S03": [Period(year: 2025, month: 11): .pounds(3_000_000)]])
        return state
    }

    @Test("the Spend pane draws only the rows on screen, from its window, with the filtered count and total", arguments: sizes)
    func spend(size: Size) throws {
        let buffer = Screen.render(Self.spendState(size), size: size)
        assertSnapshot(buffer.textSnapshot(), named: "spend-window-\(size.columns)x\(size.rows)", suite: "Screen")
        assertSnapshot(try StyleSnapshots.both(buffer), named: "spend-window-\(size.columns)x\(size.rows).styles", suite: "Screen")
        let text = buffer.textSnapshot()
        #expect(text.contains("all transactions: 500 rows"))
        #expect(text.contains("· £ exact") && !text.contains("£000"))  // the header's unit is true of every figure on screen
        #expect(text.contains("£1,234,567.89"))
        #expect(text.contains("Spend · 213 of 500 · Home care for June, week 1"), "the status line says where the selection is, and its description")
        #expect(!text.contains("Moorside Care 209") && text.contains("Moorside Care \(210 + Self.spendState(size).spendVisibleRows - 1)"))
    }

    @Test("while the count follows, the pane says how many rows so far and that it counts; with none yet, that it searches, never that nothing matches",
          arguments: sizes)
    func counting(size: Size) throws {
        var state = Self.spendState(size)
        state.spend.query.text = "home care"
        state.spend.counting = true
        state.spend.total = .zero
        state.spend.rows = 260
        let text = Screen.render(state, size: size).textSnapshot()
        #expect(text.contains("text ~ home care: 260+ rows, counting…"))
        #expect(text.contains("counting…") && !text.contains("£0.00"), "the total is not shown as nothing while it is counted")
        #expect(text.contains("Spend · 213 of 260+ · "))
        state.spend.rows = 0
        state.spend.window = []
        (state.spend.top, state.spend.selected) = (0, 0)
        let none = Screen.render(state, size: size).textSnapshot()
        #expect(none.contains("text ~ home care: searching…"))
        #expect(none.contains("Reading every transaction for text ~ home care"))
        #expect(!none.contains("No transaction matches") && !none.contains("no transactions"))
    }

    @Test("Enter shows the selected transaction whole below the table, which gives up as many rows", arguments: sizes)
    func spendWhole(size: Size) throws {
        var state = Self.spendState(size)
        let rows = state.spendVisibleRows
        state.modes.push(.wholeTransaction)
        #expect(state.spendVisibleRows == rows - AppState.wholeTransactionLines)
        let buffer = Screen.render(state, size: size)
        assertSnapshot(buffer.textSnapshot(), named: "spend-whole-\(size.columns)x\(size.rows)", suite: "Screen")
        let text = buffer.textSnapshot()
        for field in ["Document     INV212 · posted 17 Jun 2025 · counts in Jun 2025 · £212.07",
                      "Cost centre  NC41022 Cost centre 2 · account 5101 Agency staff", "Supplier     Moorside Care 212",
                      "Description  Home care for June, week 1", "Line         — in suspense: no rule maps it"] {
            #expect(text.contains(field), "\(field)")
        }
        #expect(text.contains("Moorside Care \(210 + state.spendVisibleRows - 1)") && !text.contains("Moorside Care \(210 + rows - 1)"))
    }

    @Test("the Mapping pane: reconciliation, rules and suspense, each total re-added from its rows", arguments: sizes)
    func mapping(size: Size) throws {
        var state = Self.mappingState()
        state.viewportRows = Screen.contentRows(for: size)
        let buffer = Screen.render(state, size: size)
        assertSnapshot(buffer.textSnapshot(), named: "mapping-ledger-\(size.columns)x\(size.rows)", suite: "Screen")
        assertSnapshot(try StyleSnapshots.both(buffer), named: "mapping-ledger-\(size.columns)x\(size.rows).styles", suite: "Screen")
        let reconciliation = try #require(state.reconciliation)
        #expect(reconciliation.rows.first { $0.line.id == "S02" }?.agrees == true)
        #expect(reconciliation.ledgerTotal == .pounds(5_095_000))
        let overview = try #require(state.ledger)
        #expect(overview.suspenseTotal == Money(pence: 5_556_498 - 120_000) && overview.suspenseRows == 115)
    }

    @Test("the Mapping pane scrolled to its suspense at 80×24 keeps the suspense header and totals")
    func mappingSuspense() throws {
        var state = Self.mappingState()
        let size = Size(columns: 80, rows: 24)
        state.viewportRows = Screen.contentRows(for: size)
        state.selection[.mapping] = state.items.count - 1
        let text = Screen.render(state, size: size).textSnapshot()
        assertSnapshot(text, named: "mapping-suspense-80x24", suite: "Screen")
        #expect(text.contains("£55,564.98") && text.contains("−£1,200.00") && text.contains("£54,364.98"))
    }

    @Test("a transaction or a line outside the pool is marked ! on the Spend and Mapping panes; a transaction in suspense shows —")
    func outsideThePool() throws {
        var state = Self.spendState(Size(columns: 120, rows: 40))
        let index = try #require(state.agreement.lines.firstIndex { $0.id == "S17" })
        state.agreement.lines[index].budgetType = .nonPooled
        let spend = Screen.render(state, size: Size(columns: 120, rows: 40)).textSnapshot()
        #expect(spend.contains("S17!") && spend.contains("S02") && !spend.contains("S02!"))
        #expect(spend.contains(" — "))
        var mapping = Self.mappingState()
        mapping.agreement.lines[index].budgetType = .nonPooled
        let text = Screen.render(mapping, size: Size(columns: 120, rows: 40)).textSnapshot()
        #expect(text.contains("DIFFERS!"))
    }
}
