import Foundation
import S75App
import S75Domain
import S75Runtime
import S75Screen
import S75Store
import S75TestSupport
import S75UI
import Testing

/// The real runtime driven by scripted keys on a terminal in memory, over a real store.
@Suite("Scripted sessions")
struct SessionTests {
    static let size = Size(columns: 80, rows: 24)

    static func session(_ keys: [KeyEvent], store: S75Database? = nil, size: Size = size) throws -> (Runtime, MemoryBackend) {
        let store = try store ?? S75Database.inMemory(with: Northmoor.agreement)
        let backend = MemoryBackend(size: size, keys: keys)
        let snapshot = try store.loadSnapshot()
        var state = AppState(agreement: snapshot.agreement, storePath: store.path, today: Fixtures.meetingDay)
        state.versions = snapshot.versions
        state.readOnlyReason = store.readOnlyReason
        let runtime = Runtime(state: state, store: store, backend: backend, author: Author(user: "tester"))
        return (runtime, backend)
    }

    static func text(_ backend: MemoryBackend) -> String { backend.lastFrame?.textSnapshot() ?? "" }

    @Test("down seven rows and Enter opens S02's detail; Esc returns to the list with S02 still selected")
    func drillInAndBack() throws {
        let (runtime, backend) = try Self.session(Array(repeating: .down, count: 7) + [.enter])
        runtime.run()
        #expect(Self.text(backend).contains("Scheme line S02 — D2A step-down beds (pathway 2)"))
        #expect(Self.text(backend).contains("+£250,000.00"))
        backend.type([.escape])
        runtime.run()
        #expect(!runtime.state.isShowingDetail)
        #expect(runtime.state.selectedItem(in: .budgets) == .line("S02"))
        #expect(backend.lastFrame?.cursor.map { backend.lastFrame?.row($0.y).contains("S02") } == true)
    }

    @Test("a records' check still being worked out is waited for once the first frame is drawn, before any key")
    func recordCheckAfterFirstFrame() throws {
        var broken = Northmoor.agreement
        broken.contracts.append(Contract(id: "K99", providerID: "P01", form: .alliance, title: "Test", value: .thousands(1),
                                         paymentBasis: "", atRisk: .zero, lines: ["S99"]))
        let store = try S75Database.inMemory(with: broken)
        let backend = MemoryBackend(size: Self.size, keys: [.character("1")])
        let state = AppState(agreement: try store.loadSnapshot().agreement, storePath: store.path, today: Fixtures.meetingDay,
                             checkingRecordsLater: true)
        nonisolated(unsafe) var framesBeforeCheck: Int?
        let runtime = Runtime(state: state, store: store, backend: backend, author: Author(user: "tester"),
                              recordCheck: { framesBeforeCheck = backend.frames.count; return broken.recordProblems() })
        runtime.run()
        #expect(framesBeforeCheck == 1)
        #expect(!runtime.state.checkingRecords)
        #expect(Self.text(backend).contains("To do (2)"))  // K99 names no line, and takes P01 £1,000 over its lines
        #expect(Self.text(backend).contains("contract K99"))
    }

    @Test("number keys and Tab visit every pane; vi keys move like arrows")
    func visitPanes() throws {
        let (runtime, backend) = try Self.session([.character("1")])
        runtime.run()
        #expect(Self.text(backend).contains("[1 Agreement]"))
        for (key, title) in [(KeyEvent.tab, "[2 Budgets]"), (.tab, "[3 Providers]"), (.character("4"), "[4 Outcomes]"),
                             (.backTab, "[3 Providers]")] {
            backend.type([key])
            runtime.run()
            #expect(Self.text(backend).contains(title))
        }
        backend.type([.character("j"), .character("j"), .character("k")])
        runtime.run()
        #expect(runtime.state.selectedItem(in: .providers) == .provider("P02"))
    }

    @Test("? shows the help, which lists the keys; at 80×24 ↓ turns its pages and stops at the last; Esc closes it")
    func help() throws {
        let (runtime, backend) = try Self.session([.character("?")])
        runtime.run()
        #expect(Self.text(backend).contains("Keys — Budgets (in a list) · page 1 of 3"))
        #expect(Self.text(backend).contains("Move down one row"))
        backend.type([.down, .down, .down, .down])
        runtime.run()
        #expect(Self.text(backend).contains("page 3 of 3"))
        #expect(Self.text(backend).contains("Earlier monitored month"))
        #expect(runtime.state.pane == .budgets && runtime.state.selectedIndex(in: .budgets) == 0, "paging help moves nothing under it")
        backend.type([.escape])
        runtime.run()
        #expect(!Self.text(backend).contains("Keys — Budgets"))
    }

    @Test("a key with no meaning says so on the status line and changes nothing")
    func badKey() throws {
        let (runtime, backend) = try Self.session([.down, .character("x")])
        runtime.run()
        #expect(Self.text(backend).contains("x does nothing here. Press ? for the keys."))
        #expect(runtime.state.selectedIndex(in: .budgets) == 1)
    }

    @Test("PgDn moves a page of rows, as many as the screen shows")
    func pageDown() throws {
        let (runtime, _) = try Self.session([.pageDown])
        runtime.run()
        #expect(runtime.state.selectedIndex(in: .budgets) == Screen.contentRows(for: Self.size) - 1)
    }

    @Test("a terminal made too small shows the message; made big again, the panes come back; both repaint in full")
    func resize() throws {
        let (runtime, backend) = try Self.session([])
        runtime.run()
        let repaints = backend.fullRepaints
        backend.resize(to: Size(columns: 60, rows: 20))
        runtime.run()
        #expect(Self.text(backend).contains("terminal too small: need 80×24"))
        backend.type([.down])
        runtime.run()
        #expect(runtime.state.selectedIndex(in: .budgets) == 0)
        backend.resize(to: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(Self.text(backend).contains("Pool total"))
        #expect(backend.fullRepaints == repaints + 2)
    }

    @Test("q ends the session at once, with the keys after it unread")
    func quit() throws {
        let (runtime, backend) = try Self.session([.character("q"), .down])
        runtime.run()
        #expect(runtime.state.selectedIndex(in: .budgets) == 0)
        #expect(backend.frames.count == 1)
    }

    @Test("keys typed together are drawn as one frame")
    func coalescing() throws {
        let (runtime, backend) = try Self.session(Array(repeating: .down, count: 10))
        runtime.run()
        #expect(backend.frames.count == 2)
        #expect(runtime.state.selectedIndex(in: .budgets) == 10)
    }

    @Test("a change committed by another session appears, keeping the selection")
    func externalChange() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("s75-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("shared.s75").path
        let other = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let (runtime, backend) = try Self.session([.down, .down], store: try S75Database.open(at: path))
        runtime.run()
        var changed = Northmoor.agreement
        changed.title = "Northmoor BCF agreement (varied)"
        try other.replaceAgreement(with: changed)
        runtime.checkForExternalChanges()
        backend.type([.character("l")])
        runtime.run()
        #expect(runtime.state.agreement.title == "Northmoor BCF agreement (varied)")
        #expect(runtime.state.selectedItem(in: .budgets) == .contribution("C3"))
    }
}

/// The Budgets pane's views in a running session.
@Suite("Budgets views in a session")
struct BudgetsViewSessionTests {
    @Test("v shows the summary, then the year end; ↓ scrolls it; m switches the model; v returns to the lines")
    func views() throws {
        let (runtime, backend) = try SessionTests.session([.character("]"), .character("v"), .character("v")])
        runtime.run()
        #expect(SessionTests.text(backend).contains("+393,600"))
        #expect(SessionTests.text(backend).contains("more lines below"))
        backend.type([.pageDown, .pageDown, .pageDown])
        runtime.run()
        #expect(SessionTests.text(backend).contains("Proportional, capped at 1%"))
        #expect(!SessionTests.text(backend).contains("more lines below"))
        backend.type([.character("m")])
        runtime.run()
        #expect(SessionTests.text(backend).contains("What-if: Each bears its own"))
        backend.type([.character("v"), .down])
        runtime.run()
        #expect(runtime.state.budgetsView == .lines)
        #expect(runtime.state.selectedIndex(in: .budgets) == 1)
    }
}

/// Details longer than the screen.
@Suite("Long details in a session")
struct LongDetailSessionTests {
    @Test("PgDn scrolls a long detail, ↓ steps to the next row's detail from its top")
    func scrollDetail() throws {
        let (runtime, backend) = try SessionTests.session([.character("3"), .enter, .pageDown])
        runtime.run()
        #expect(runtime.state.scroll[.providers] ?? 0 > 0)
        #expect(SessionTests.text(backend).contains("Provider P01"))
        #expect(SessionTests.text(backend).contains("Total (as in the list)"))
        backend.type([.down])
        runtime.run()
        #expect(SessionTests.text(backend).contains("Provider P02"))
        #expect(runtime.state.scroll[.providers] == 0)
    }

    @Test("PgDn past the end stops at the last screenful the frame showed, so one PgUp moves back at once")
    func scrollClampedToTheFrame() throws {
        let (runtime, backend) = try SessionTests.session([.character("3"), .enter] + Array(repeating: .pageDown, count: 30))
        runtime.run()
        let bottom = try #require(runtime.state.scroll[.providers])
        let atBottom = SessionTests.text(backend)
        #expect(bottom > 0 && bottom < 30 * 18, "clamped, not thirty pages down")
        backend.type([.pageDown])
        runtime.run()
        #expect(runtime.state.scroll[.providers] == bottom)
        backend.type([.pageUp])
        runtime.run()
        #expect(runtime.state.scroll[.providers] ?? 0 < bottom)
        #expect(SessionTests.text(backend) != atBottom)
    }
}

/// A row move redraws the rows it leaves and reaches, not the whole list.
@Suite("Row moves in a session")
struct RowMoveTests {
    @Test("at 80×24 a row move changes at most three rows (the two rows and the status line) while the selection stays in the window")
    func twoRowsAKey() throws {
        let (runtime, backend) = try SessionTests.session([], size: Size(columns: 80, rows: 24))
        runtime.run()
        func move(_ key: KeyEvent, times: Int) throws -> [Int] {
            try (0..<times).map { _ in
                let before = try #require(backend.lastFrame)
                backend.type([key])
                runtime.run()
                let after = try #require(backend.lastFrame)
                return (0..<24).filter { before.row($0) != after.row($0) }.count
            }
        }
        #expect(try move(.down, times: 8) == Array(repeating: 3, count: 8))  // C1 to S03, the last row on screen
        let scrolling = try move(.down, times: 6)                           // each one scrolls the window by a line
        #expect(scrolling.allSatisfy { $0 > 3 })
        #expect(try move(.up, times: 8) == Array(repeating: 3, count: 8))   // back up inside the window: it stays put
    }
}
