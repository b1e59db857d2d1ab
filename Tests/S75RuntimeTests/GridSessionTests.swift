import Foundation
import S75App
import S75Domain
import S75Runtime
import S75Screen
import S75Store
import S75TestSupport
import Testing

/// Entering a month's monitoring in the grid, through the real runtime and a real file.
@Suite("The monthly grid in a session")
struct GridSessionTests {
    let m9 = Period(year: 2025, month: 12)

    static func file() throws -> (S75Database, String) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("s75-grid-\(UUID().uuidString).s75")
        return (try S75Database.create(at: url.path, with: Northmoor.agreement, author: Author(user: "setup")), url.path)
    }

    static func keys(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }

    /// S02 selected, then the grid opened on its actual.
    static let openOnS02 = Array(repeating: KeyEvent.down, count: 7) + [.character("e")]

    @Test("typing a figure and Enter saves it durably, audited, says Saved, and moves down")
    func saveACell() throws {
        let (store, path) = try Self.file()
        let (runtime, backend) = try SessionTests.session(Self.openOnS02 + Self.keys("2,100") + [.enter], store: store)
        runtime.run()
        #expect(runtime.state.message?.text == "Saved: S02 actual to date for Dec 2025.")
        #expect(runtime.state.grid?.row == 3)
        let reopened = try S75Database.open(at: path, readOnly: true)
        #expect(try reopened.loadAgreement().entry(for: "S02", at: m9)?.actualToDate == .pounds(2_100_000))
        let audit = try #require(try reopened.auditTrail().first)
        #expect((audit.user, audit.field, audit.old, audit.new) == ("tester", "actualToDate", "£2,095,000", "£2,100,000"))
        #expect(SessionTests.text(backend).contains("Saved: S02 actual to date for Dec 2025."))
    }

    @Test("the clock and the author are the runtime's to be given: the audit row says who and when as they were given")
    func clockAndAuthorGiven() throws {
        let (store, path) = try Self.file()
        let snapshot = try store.loadSnapshot()
        var state = AppState(agreement: snapshot.agreement, storePath: store.path, today: Fixtures.meetingDay)
        state.versions = snapshot.versions
        let backend = MemoryBackend(size: SessionTests.size, keys: Self.openOnS02 + Self.keys("2,100") + [.enter])
        let runtime = Runtime(state: state, store: store, backend: backend, author: Author(user: "pfm", client: "192.0.2.9"),
                              now: { "2026-01-20T09:30:00Z" })
        runtime.run()
        let audit = try #require(try S75Database.open(at: path, readOnly: true).auditTrail().first)
        #expect((audit.user, audit.at, audit.field) == ("pfm", "2026-01-20T09:30:00Z", "actualToDate"))
    }

    @Test("a malformed figure is kept as typed with what is expected beside it; nothing is saved")
    func badFigure() throws {
        let (store, _) = try Self.file()
        let (runtime, backend) = try SessionTests.session(Self.openOnS02 + Self.keys("2,1x"), store: store)
        runtime.run()
        #expect(runtime.state.grid?.draft?.text == "2,1x")
        #expect(SessionTests.text(backend).contains("Actual: \"2,1x\" is not an amount: write an amount in £000"))
        backend.type([.enter])
        runtime.run()
        #expect(runtime.state.message?.text.hasPrefix("Not saved:") == true)
        #expect(try store.loadAgreement() == Northmoor.agreement)
    }

    @Test("in a £000 view, what a typed figure means is shown before it is saved")
    func meaningShown() throws {
        let (store, _) = try Self.file()
        let (runtime, backend) = try SessionTests.session(Self.openOnS02 + Self.keys("2,100"), store: store)
        runtime.run()
        #expect(runtime.state.grid?.draft?.text == "2,100")
        #expect(SessionTests.text(backend).contains("Actual = £2,100,000.00; Enter saves it"))
    }

    @Test("Enter after Tab returns to the column where the row was started, as spreadsheets do")
    func enterAfterTab() throws {
        let (store, _) = try Self.file()
        let (runtime, _) = try SessionTests.session(Self.openOnS02 + Self.keys("2,100") + [.tab] + Self.keys("2,900") + [.enter], store: store)
        runtime.run()
        #expect(runtime.state.grid?.row == 3)
        #expect(runtime.state.grid?.column == .actual)
        let entry = try #require(try store.loadAgreement().entry(for: "S02", at: m9))
        #expect((entry.actualToDate, entry.forecastOutturn) == (.pounds(2_100_000), .pounds(2_900_000)))
    }

    @Test("a space in a figure that cannot be saved is kept and refused with a message, never dropped (not 15601950)")
    func spaceRefused() throws {
        var agreement = Northmoor.agreement
        agreement.monitoring.removeAll { $0.lineID == "S03" && $0.period == m9 }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("s75-grid-\(UUID().uuidString).s75")
        let store = try S75Database.create(at: url.path, with: agreement, author: Author(user: "setup"))
        let keys = Self.openOnS02 + Self.keys("2,100") + [.tab] + Self.keys("2,900") + [.enter, .tab] + Self.keys("1560 1950")
        let (runtime, backend) = try SessionTests.session(keys, store: store)
        runtime.run()
        #expect(runtime.state.grid?.row == 3)
        #expect(runtime.state.grid?.column == .forecast)
        #expect(runtime.state.grid?.draft?.text == "1560 1950")
        #expect(runtime.state.grid?.problem?.contains("has a space in it: one figure a cell") == true)
        #expect(SessionTests.text(backend).contains("has a space in it"))
        backend.type([.enter])
        runtime.run()
        #expect(runtime.state.message?.text.hasPrefix("Not saved:") == true)
        #expect(try store.loadAgreement().entry(for: "S03", at: m9) == nil)
    }

    /// S02's actual was £2,095,000 at M9; typed as £2,000k for M12 it falls, which is warned of beside the cell before saving.
    @Test("a figure far out of line is warned of beside the cell before it is saved; Enter saves it all the same")
    func outOfLine() throws {
        let (store, _) = try Self.file()
        let (runtime, backend) = try SessionTests.session([.character("]")] + Self.openOnS02 + Self.keys("2,000"), store: store,
                                                          size: Size(columns: 160, rows: 40))
        runtime.run()
        #expect(runtime.state.grid?.period == Period(year: 2026, month: 3))
        #expect(runtime.state.grid?.warning == "the actual to date falls from £2,095,000 at M9 to £2,000,000; it is cumulative")
        #expect(SessionTests.text(backend).contains("Actual = £2,000,000.00, out of line: the actual to date falls from £2,095,000 at M9"))
        backend.type([.enter])
        runtime.run()
        #expect(runtime.state.message?.text.hasPrefix("Saved:") == true)
        #expect(try store.loadAgreement().entry(for: "S02", at: Period(year: 2026, month: 3))?.actualToDate == .pounds(2_000_000))
    }

    @Test("an edit that meets another process holding the file past the busy timeout is tried again, and saved")
    func busyRetried() throws {
        let (store, path) = try Self.file()
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute("BEGIN IMMEDIATE")
            print("held", flush=True)
            time.sleep(3.5)
            c.execute("COMMIT")
            """, path]
        let pipe = Pipe()
        holder.standardOutput = pipe
        try holder.run()
        _ = pipe.fileHandleForReading.availableData  // "held": the write lock is taken
        let (runtime, _) = try SessionTests.session(Self.openOnS02 + Self.keys("2,100") + [.enter], store: store)
        runtime.run()
        holder.waitUntilExit()
        #expect(runtime.state.message?.text == "Saved: S02 actual to date for Dec 2025.")
        #expect(try store.loadAgreement().entry(for: "S02", at: m9)?.actualToDate == .pounds(2_100_000))
    }

    @Test("a bracketed paste from a spreadsheet fills the grid: a tab moves across, a line break down; on a table it runs nothing")
    func bracketedPaste() throws {
        let (store, _) = try Self.file()
        let (runtime, _) = try SessionTests.session(Self.openOnS02 + [.paste("2,100\t2,900\n")], store: store)
        runtime.run()
        let entry = try #require(try store.loadAgreement().entry(for: "S02", at: m9))
        #expect((entry.actualToDate, entry.forecastOutturn) == (.pounds(2_100_000), .pounds(2_900_000)))
        #expect(runtime.state.grid?.row == 3)
        let (other, _) = try SessionTests.session([.paste("qgG")], store: try Self.file().0)
        other.run()
        #expect(other.state.message?.text.hasPrefix("Nothing here takes a paste") == true)
        #expect(other.state.view == .table(.budgets))
    }

    @Test("a pasted line of figures fills across: actual, then forecast")
    func paste() throws {
        let (store, _) = try Self.file()
        let (runtime, _) = try SessionTests.session(Self.openOnS02 + Self.keys("2100 2900") + [.enter], store: store)
        runtime.run()
        let entry = try #require(try store.loadAgreement().entry(for: "S02", at: m9))
        #expect((entry.actualToDate, entry.forecastOutturn) == (.pounds(2_100_000), .pounds(2_900_000)))
    }

    /// S02's actual typed as £2,100k in the grid while another session saves £2,200k: the save is still to come.
    private func conflictOnS02() throws -> (Runtime, MemoryBackend, S75Database) {
        let (store, path) = try Self.file()
        let (runtime, backend) = try SessionTests.session(Self.openOnS02 + Self.keys("2,100"), store: store)
        runtime.run()
        let other = try S75Database.open(at: path)
        var theirs = try #require(other.loadAgreement().entry(for: "S02", at: m9))
        theirs.actualToDate = .pounds(2_200_000)
        try other.apply(Change(.monitoring(theirs)), expecting: 1, author: Author(user: "bob"), at: "t")
        return (runtime, backend, other)
    }

    @Test("saving over a change made in another session shows both; Enter keeps mine, and nothing is lost silently")
    func conflictKeepMine() throws {
        let (runtime, backend, other) = try conflictOnS02()
        backend.type([.enter])
        runtime.run()
        #expect(runtime.state.message?.text.contains("Theirs: actual £2,200,000") == true)
        #expect(runtime.state.message?.text.contains("Yours: actual £2,100,000") == true)
        #expect(try other.loadAgreement().entry(for: "S02", at: m9)?.actualToDate == .pounds(2_200_000))
        backend.type([.enter])
        runtime.run()
        #expect(try other.loadAgreement().entry(for: "S02", at: m9)?.actualToDate == .pounds(2_100_000))
        #expect(runtime.state.message?.text == "Saved: S02 actual to date for Dec 2025.")
    }

    @Test("after a conflict, Esc keeps theirs")
    func conflictTakeTheirs() throws {
        let (runtime, backend, other) = try conflictOnS02()
        backend.type([.enter, .escape])
        runtime.run()
        #expect(runtime.state.message?.text == "Kept theirs; yours was not saved.")
        #expect(runtime.state.agreement.entry(for: "S02", at: m9)?.actualToDate == .pounds(2_200_000))
        #expect(try other.loadAgreement().entry(for: "S02", at: m9)?.actualToDate == .pounds(2_200_000))
    }

    @Test("undo and redo are edits of their own, audited; undoing what someone else has since changed is refused")
    func undoRedo() throws {
        let (store, path) = try Self.file()
        let (runtime, backend) = try SessionTests.session(Self.openOnS02 + Self.keys("2,100") + [.enter, .escape, .escape,
                                                                                                 .character("z")], store: store)
        runtime.run()
        #expect(runtime.state.message?.text == "Undone: S02 actual to date for Dec 2025. Press Z to redo it.")
        #expect(try store.loadAgreement().entry(for: "S02", at: m9)?.actualToDate == .pounds(2_095_000))
        backend.type([.character("Z")])
        runtime.run()
        #expect(try store.loadAgreement().entry(for: "S02", at: m9)?.actualToDate == .pounds(2_100_000))
        let other = try S75Database.open(at: path)
        var theirs = try #require(try other.loadAgreement().entry(for: "S02", at: m9))
        theirs.commentary = "Checked by finance"
        let version = try other.loadSnapshot().version(of: .monitoring("S02", m9))
        try other.apply(Change(.monitoring(theirs)), expecting: version, author: Author(user: "bob"), at: "t")
        backend.type([.character("z")])
        runtime.run()
        #expect(runtime.state.message?.text.hasPrefix("Not undone: S02 actual to date for Dec 2025 was changed in another session") == true, "\(runtime.state.message?.text ?? "")")
        #expect(try store.loadAgreement().entry(for: "S02", at: m9)?.commentary == "Checked by finance")
        #expect(try store.auditTrail().filter { $0.user == "tester" }.count == 3)
    }

    @Test("another session's change shows while a cell is being typed, and the typing is kept")
    func liveWhileTyping() throws {
        let (store, path) = try Self.file()
        let (runtime, backend) = try SessionTests.session(Self.openOnS02 + Self.keys("21"), store: store)
        runtime.run()
        let other = try S75Database.open(at: path)
        var s03 = try #require(try other.loadAgreement().entry(for: "S03", at: m9))
        s03.actualToDate = .pounds(3_333_000)
        try other.apply(Change(.monitoring(s03)), expecting: 1, author: Author(user: "bob"), at: "t")
        runtime.checkForExternalChanges()
        backend.type([])
        runtime.run()
        #expect(runtime.state.grid?.draft?.text == "21")
        #expect(SessionTests.text(backend).contains("3,333"))
    }

    @Test("Ctrl-N starts January: every line reads no return until its actual is entered; the forecast carries forward")
    func startMonth() throws {
        let (store, _) = try Self.file()
        let (runtime, backend) = try SessionTests.session([.character("e"), .control("n")], store: store,
                                                           size: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(runtime.state.period == Period(year: 2026, month: 1))
        #expect(SessionTests.text(backend).contains("19 of 19 lines still have no return"))
        backend.type(Self.keys("2,800") + [.enter])
        runtime.run()
        let entry = try #require(try store.loadAgreement().entry(for: "S01a", at: Period(year: 2026, month: 1)))
        #expect(entry.actualToDate == .pounds(2_800_000))
        #expect(entry.forecastOutturn == .pounds(3_400_000))
        #expect(entry.budgetToDate == .pounds(2_833_333))
        #expect(SessionTests.text(backend).contains("18 of 19 lines still have no return"))
    }

    @Test("read-only, e says why nothing can be entered")
    func readOnly() throws {
        let (_, path) = try Self.file()
        let (runtime, _) = try SessionTests.session([.character("e")], store: try S75Database.open(at: path, readOnly: true))
        runtime.run()
        #expect(runtime.state.message?.text == "READ-ONLY (opened read-only): nothing can be entered in this file.")
        #expect(runtime.state.grid == nil)
    }
}
