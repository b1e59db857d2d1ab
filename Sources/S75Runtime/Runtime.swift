import S75App
import S75Domain
import S75Screen
import S75Store
import S75UI

/// The loop: read keys, map them to commands, reduce, perform effects, render, flush.
///
/// One thread, one terminal. Keys that arrive together are all handled before one frame is
/// drawn, so a held arrow key over a slow link does not queue a frame per key. While idle the
/// loop checks every `pollInterval` milliseconds, idle or typing, for changes other sessions committed.
/// Saves are effects the reducer returns; the loop performs them on the store and feeds the result
/// back as an action, so the status line says Saved only once the change is committed.
public final class Runtime {
    public private(set) var state: AppState
    private let store: S75Database
    private let backend: any TerminalBackend
    private let keymap: Keymap
    private let pollInterval: Int
    private let author: Author
    private let loadTheme: (String) throws -> Theme
    private let clock = ContinuousClock()
    private var lastPoll: ContinuousClock.Instant
    private var lastChangeToken: Int?
    /// The last audit row this session has taken in: another session's changes are read from after it.
    private var seenAudit: Int?
    private var lastDrawn: (state: AppState, size: Size)?
    /// The first line each pane's list showed in the last frame: lists stay put while the selection moves inside them.
    private var listTops: [Pane: Int] = [:]
    /// The table last drawn, reused while its rows are unchanged.
    private let paneViews = PaneViewCache()
    private var needsFullRepaint = true
    /// Rows the Spend pane will want next, read once the frame is drawn.
    private var prefetch: SpendRequest?

    public init(state: AppState, store: S75Database, backend: any TerminalBackend, keymap: Keymap = .standard,
                pollInterval: Int = 250, author: Author = Author(user: "unknown"), seenAudit: Int? = nil,
                loadTheme: @escaping (String) throws -> Theme = { name in throw UnknownTheme(name: name) }) {
        self.seenAudit = seenAudit
        self.loadTheme = loadTheme
        self.state = state
        self.state.indexedLedgerSorts = S75Database.indexedLedgerSorts
        self.store = store
        self.backend = backend
        self.keymap = keymap
        self.pollInterval = pollInterval
        self.author = author
        lastPoll = clock.now
        lastChangeToken = try? store.changeToken()
    }

    /// Performs what opening the screen asked for (a walk recording today's meeting) before the loop starts.
    public func start(with effects: [Effect]) { _ = perform(effects) }

    /// Runs until the user quits or the terminal goes away; returns the final state.
    @discardableResult
    public func run() -> AppState {
        syncViewport()
        draw()
        while true {
            guard let key = backend.nextKey(timeoutMilliseconds: pollInterval) else {
                checkForExternalChanges()
                drawThenPrefetch()
                continue
            }
            guard handle(key) else { return state }
            while let more = backend.nextKey(timeoutMilliseconds: 0) {
                guard handle(more) else { return state }
            }
            if clock.now - lastPoll >= .milliseconds(pollInterval) { checkForExternalChanges() }
            drawThenPrefetch()
        }
    }

    /// A paste goes where typing goes (a form's field, the grid, the search or command line), a character at a time
    /// as if typed, except that a line break or tab in it never saves a form: it becomes a space (in the grid a line
    /// break moves down a row and a tab across, as pasting from a spreadsheet expects). Anywhere else it is refused:
    /// pasted text never runs as keys.
    private func paste(_ text: String) -> Bool {
        let context = Screen.keyContext(state)
        guard context.takesTyping, context != .confirm else {
            _ = reduce(&state, .refusePaste)
            return true
        }
        for character in text {  // a line break may come as LF, CR (tmux sends CR) or CRLF, one character
            let key: KeyEvent = switch (character, context) {
            case ("\n", .grid), ("\r", .grid), ("\r\n", .grid): .enter
            case ("\t", .grid): .tab
            case ("\n", _), ("\r", _), ("\r\n", _), ("\t", _): .character(" ")
            default: .character(character)
            }
            guard handle(key) else { return false }
        }
        return true
    }

    /// Handles one key; false when the program should stop.
    func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .endOfInput:
            return false
        case .paste(let text):
            return paste(text)
        case .resize:
            needsFullRepaint = true
            syncViewport()  // the Spend pane reads as many rows as the new height shows, before the frame is drawn
            return true
        default:
            break
        }
        let size = backend.size
        syncViewport()
        let context: KeyContext
        if !size.contains(Screen.minimumSize) {
            context = .global
        } else {
            context = Screen.keyContext(state)
        }
        guard let command = keymap.command(for: key, in: context, pane: state.pane) else {
            if context.takesTyping, case .character(let character) = key { return perform(reduce(&state, .typed(character))) }
            return perform(reduce(&state, .unboundKey(key.label)))
        }
        if !size.contains(Screen.minimumSize), command != .quit, command != .redraw { return true }
        let pageSize = Screen.contentRows(for: size) - 1
        if Screen.scrolls(state, command), let delta = command.movement(pageSize: pageSize) {
            return perform(reduce(&state, .scroll(by: delta, limit: Screen.scrollLimit(state, size: size, keymap: keymap, cache: paneViews))))
        }
        return perform(reduce(&state, command.action(pageSize: pageSize)))
    }

    /// Performs effects; false when one of them ends the program.
    private func perform(_ effects: [Effect]) -> Bool {
        for effect in effects {
            switch effect {
            case .quit: return false
            case .redraw: needsFullRepaint = true
            case .suspend:
                let suspended = backend.suspend()
                needsFullRepaint = true
                _ = reduce(&state, .resumed(suspended: suspended))
            case .save(let change, let expected, let intent):
                guard perform(reduce(&state, save(change, expecting: expected, intent: intent))) else { return false }
            case .applyTheme(let name):
                do {
                    backend.apply(try loadTheme(name))
                    needsFullRepaint = true
                    _ = reduce(&state, .themeApplied(name))
                } catch {
                    _ = reduce(&state, .themeFailed(.error("\(error)")))
                }
            case .loadSpend(let request):
                guard perform(reduce(&state, loadSpend(request))) else { return false }
            case .prefetchSpend(let request):
                prefetch = request
            case .loadLedgerOverview:
                do {
                    let overview = try store.ledgerOverview()
                    guard perform(reduce(&state, .ledgerOverviewLoaded(overview))) else { return false }
                } catch {
                    _ = reduce(&state, .storeReadFailed(.error(error.description)))
                }
            case .saveAll(let changes, let intent):
                guard perform(reduce(&state, saveAll(changes, intent: intent))) else { return false }
            case .loadAudit(let filter):
                do {
                    let trail = try store.auditTrail(since: filter.since.isEmpty ? nil : filter.since,
                                                     entity: filter.entity.isEmpty ? nil : filter.entity,
                                                     user: filter.user.isEmpty ? nil : filter.user, kind: filter.kind.isEmpty ? nil : filter.kind,
                                                     period: filter.period.isEmpty ? nil : filter.period)
                    _ = reduce(&state, .auditLoaded(trail))
                } catch {
                    _ = reduce(&state, .storeReadFailed(.error(error.description)))
                }
            }
        }
        return true
    }

    /// Draws the frame, then reads what the Spend pane asked for ahead (the user sees the key's effect first). The rows
    /// read are off screen, so the frame stays as drawn.
    private func drawThenPrefetch() {
        draw()
        guard let request = prefetch else { return }
        prefetch = nil
        _ = perform(reduce(&state, loadSpend(request)))
    }

    /// Tells the state how many rows the content area has, when the terminal's height has changed.
    private func syncViewport() {
        let rows = Screen.contentRows(for: backend.size)
        if rows != state.viewportRows { _ = perform(reduce(&state, .viewportChanged(rows: rows))) }
    }

    /// Reads what the Spend pane asked for, as an action.
    private func loadSpend(_ request: SpendRequest) -> Action {
        do {
            var counted: SpendPage.Count?
            if request.recount {
                let (rows, total) = try store.ledgerCount(request.query)
                counted = SpendPage.Count(rows: rows, total: total)
            }
            let total = counted?.rows ?? state.spend.rows
            let rows = try store.ledgerRows(request.query, from: request.start, count: request.count, total: total, anchor: request.anchor)
            return .spendLoaded(SpendPage(query: request.query, counted: counted, start: request.start, transactions: rows))
        } catch {
            return .spendReadFailed(.error("The transactions could not be read: \(error.description) Press 7 to try again."))
        }
    }

    /// Writes several changes as one and says how it went, as an action.
    private func saveAll(_ changes: [PlannedChange], intent: SaveIntent) -> Action {
        do {
            let versions = try retryingWhileBusy { () throws(StoreError) in
                try store.apply(changes.map { ($0.change, $0.expected) }, author: author, at: S75Database.now())
            }
            lastChangeToken = try? store.changeToken()
            return .savedAll(changes, versions: versions, intent: intent)
        } catch {
            if case .conflict = error.kind {
                let what = if case .edit(let summary, _) = intent { "Not saved: \(summary)" } else { "Not \(intent.isUndo ? "undone" : "redone")" }
                return .saveFailed(.error("\(what): one of its records was changed in another session meanwhile, and is shown now; "
                                          + "nothing was changed."))
            }
            return .saveFailed(.error(error.description))
        }
    }

    /// How many times an edit that meets "busy" (another session writing past the busy timeout) is tried again before
    /// it is reported: with the timeout, about ten seconds of waiting, longer than any of s75's own writes holds the file.
    static let busyRetries = 4

    /// `write`, tried again while the file is busy; nothing is written twice, as a busy write wrote nothing.
    private func retryingWhileBusy<T>(_ write: () throws(StoreError) -> T) throws(StoreError) -> T {
        var attempt = 0
        while true {
            do {
                return try write()
            } catch where error.kind == .busy && attempt < Self.busyRetries {
                attempt += 1
            }
        }
    }

    /// Writes one change to the store and says how it went, as an action.
    private func save(_ change: Change, expecting expected: Int?, intent: SaveIntent) -> Action {
        do {
            let version = try retryingWhileBusy { () throws(StoreError) in
                try store.apply(change, expecting: expected, author: author, at: S75Database.now())
            }
            lastChangeToken = try? store.changeToken()
            return .saved(change, version: version, intent: intent)
        } catch {
            if case .conflict(let current, let version) = error.kind {
                return .saveConflicted(change, current: current, version: version, intent: intent)
            }
            return .saveFailed(.error(error.description))
        }
    }

    /// Takes in what another session has committed to the store: the returns and meetings it changed, read one by one,
    /// or else the whole agreement again. Nothing is read when nothing was recorded (a ledger import's batches are not
    /// the agreement's).
    public func checkForExternalChanges() {
        lastPoll = clock.now
        do {
            let token = try store.changeToken()
            guard token != lastChangeToken else { return }
            lastChangeToken = token
            let changes = try seenAudit.map { seen throws(StoreError) in try store.changes(after: seen) } ?? .everything
            if case .none = changes { return }
            var agreement = state.agreement, versions = state.versions
            if case .records(let records, let through) = changes, let taken = Self.taking(records, into: agreement) {
                agreement = taken
                for stored in records { versions[stored.key] = stored.version }
                seenAudit = through
            } else {
                let snapshot = try store.loadSnapshot()
                (agreement, versions, seenAudit) = (snapshot.agreement, snapshot.versions, snapshot.lastAudit)
            }
            _ = perform(reduce(&state, .storeChangedElsewhere(agreement, versions: versions)))  // re-reads what the pane shows
        } catch {
            seenAudit = nil  // read it all again next time
            _ = reduce(&state, .storeReadFailed(.error(error.description)))
        }
    }

    /// `agreement` with `records` as they are stored now; nil if one cannot be taken in (then it is read whole).
    private static func taking(_ records: [StoredRecord], into agreement: Agreement) -> Agreement? {
        var agreement = agreement
        for stored in records {
            guard (try? agreement.apply(Change(key: stored.key, new: stored.record))) != nil else { return nil }
        }
        return agreement
    }

    /// Renders and flushes a frame if anything visible changed.
    private func draw() {
        let size = backend.size
        if !needsFullRepaint, let last = lastDrawn, last.size == size, last.state == state { return }
        backend.present(Screen.render(state, size: size, keymap: keymap, tops: &listTops, cache: paneViews), fullRepaint: needsFullRepaint)
        lastDrawn = (state, size)
        needsFullRepaint = false
    }
}

/// A theme no loader knows.
public struct UnknownTheme: Error, CustomStringConvertible {
    public let name: String

    public init(name: String) { self.name = name }

    public var description: String { "There is no theme \(name)." }
}
