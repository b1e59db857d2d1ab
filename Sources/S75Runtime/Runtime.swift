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
/// Saves and reads are effects the reducer returns; `StoreEffects` performs them on the store and the loop feeds the
/// answer back as an action (and performs the effects that action returns in turn), so the status line says Saved only
/// once the change is committed. The loop itself performs only the terminal's effects.
public final class Runtime {
    public private(set) var state: AppState
    private let storeEffects: StoreEffects
    private let backend: any TerminalBackend
    private let keymap: Keymap
    private let pollInterval: Int
    private let loadTheme: (String) throws -> Theme
    private let clock = ContinuousClock()
    private var lastPoll: ContinuousClock.Instant
    /// How many actions have been reduced: the state's revision. A frame is drawn when it, or the size, has changed.
    private var revision = 0
    private var lastDrawn: (revision: Int, size: Size)?
    /// What the last frame showed: where each list started (lists stay put while the selection moves inside them), and
    /// how far its view can scroll.
    private var frame = FrameMemory()
    /// The table last drawn, reused while its rows are unchanged.
    private let paneViews = PaneViewCache()
    private var needsFullRepaint = true
    /// Rows the Spend pane will want next, read once the frame is drawn.
    private var prefetch: SpendRequest?
    /// The records' check still being worked out on another core (``AppState/checkingRecords``): waited for once the
    /// first frame is drawn, before any key is read.
    private var recordCheck: (() -> [ValidationProblem])?

    /// A loop over `store`, whose edits are `author`'s at the times `now` gives. `recordCheck`, when the state is still
    /// checking its records, gives the check once it is done.
    public init(state: AppState, store: any AgreementStore, backend: any TerminalBackend, keymap: Keymap = .standard,
                pollInterval: Int = 100, author: Author = Author(user: "unknown"), now: @escaping () -> String = S75Database.now,
                seenAudit: Int? = nil, recordCheck: (() -> [ValidationProblem])? = nil,
                loadTheme: @escaping (String) throws -> Theme = { name in throw UnknownTheme(name: name) }) {
        self.loadTheme = loadTheme
        self.recordCheck = recordCheck
        self.state = state
        self.state.indexedLedgerSorts = store.indexedLedgerSorts
        storeEffects = StoreEffects(store: store, author: author, now: now, seenAudit: seenAudit)
        self.backend = backend
        self.keymap = keymap
        self.pollInterval = pollInterval
        lastPoll = clock.now
    }

    /// Performs what opening the screen asked for (a walk recording today's meeting) before the loop starts.
    public func start(with effects: [Effect]) { _ = perform(effects) }

    /// Runs until the user quits or the terminal goes away; returns the final state.
    @discardableResult
    public func run() -> AppState {
        syncViewport()
        draw()
        if let check = recordCheck {
            recordCheck = nil
            _ = dispatch(.recordsChecked(check()))
            draw()
        }
        storeEffects.startIndexing()
        defer { storeEffects.finish() }
        while true {
            guard let key = backend.nextKey(timeoutMilliseconds: pollInterval) else {
                checkForExternalChanges()
                takeSpendCount()
                drawThenPrefetch()
                continue
            }
            guard handle(key) else { return state }
            while let more = backend.nextKey(timeoutMilliseconds: 0) {
                guard handle(more) else { return state }
            }
            if clock.now - lastPoll >= .milliseconds(pollInterval) { checkForExternalChanges() }
            takeSpendCount()
            drawThenPrefetch()
        }
    }

    /// A paste goes where typing goes (a form's field, the grid, the search or command line), a character at a time
    /// as if typed, except that a line break or tab in it never saves a form: it becomes a space (in the grid a line
    /// break moves down a row and a tab across, as pasting from a spreadsheet expects). Anywhere else it is refused:
    /// pasted text never runs as keys.
    private func paste(_ text: String) -> Bool {
        let context = state.keyContext
        guard context.takesTyping, context != .confirm else {
            _ = dispatch(.refusePaste)
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
        storeEffects.keyPressed()
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
            context = state.keyContext
        }
        guard let command = keymap.command(for: key, in: context, pane: state.pane) else {
            if context.takesTyping, case .character(let character) = key { return dispatch(.typed(character)) }
            return dispatch(.unboundKey(key.label))
        }
        if !size.contains(Screen.minimumSize), command != .quit, command != .redraw { return true }
        let pageSize = Screen.contentRows(for: size) - 1
        if Screen.scrolls(state, command), let delta = command.movement(pageSize: pageSize) {
            draw()  // the limit is the one the frame on screen clamped to: drawn first if keys before this one changed it
            return dispatch(.scroll(by: delta, limit: frame.scrollLimit))
        }
        return dispatch(command.action(pageSize: pageSize))
    }

    /// Performs effects, the store's through `storeEffects` and the terminal's here, each answer reduced in turn and its
    /// own effects performed; false when one of them ends the program.
    private func perform(_ effects: [Effect]) -> Bool {
        for effect in effects {
            if let answer = storeEffects.perform(effect, in: state) {
                guard dispatch(answer) else { return false }
                continue
            }
            switch effect {
            case .quit: return false
            case .redraw: needsFullRepaint = true
            case .suspend:
                let suspended = backend.suspend()
                needsFullRepaint = true
                guard dispatch(.resumed(suspended: suspended)) else { return false }
            case .applyTheme(let name):
                do {
                    backend.apply(try loadTheme(name))
                    needsFullRepaint = true
                    guard dispatch(.themeApplied(name)) else { return false }
                } catch {
                    guard dispatch(.themeFailed(.error("\(error)"))) else { return false }
                }
            case .prefetchSpend(let request):
                prefetch = request
            case .save, .saveAll, .loadSpend, .loadLedgerOverview, .loadAudit, .checkForChanges:
                break  // the store's, performed above (a check that found nothing answers nothing)
            }
        }
        return true
    }

    /// Reduces `action` and performs the effects it returns; false when one of them ends the program.
    private func dispatch(_ action: Action) -> Bool {
        revision += 1
        return perform(reduce(&state, action))
    }

    /// Draws the frame, then reads what the Spend pane asked for ahead (the user sees the key's effect first). The rows
    /// read are off screen, so the frame stays as drawn.
    private func drawThenPrefetch() {
        draw()
        guard let request = prefetch else { return }
        prefetch = nil
        _ = perform([.loadSpend(request)])
    }

    /// Tells the state how many rows the content area has, when the terminal's height has changed.
    private func syncViewport() {
        let rows = Screen.contentRows(for: backend.size)
        if rows != state.viewportRows { _ = dispatch(.viewportChanged(rows: rows)) }
    }

    /// Takes in the Spend pane's count, if the other core has finished it.
    public func takeSpendCount() {
        if let answer = storeEffects.spendCount() { _ = dispatch(answer) }
    }

    /// Takes in what another session has committed to the store (the pane then reads again what it shows).
    public func checkForExternalChanges() {
        lastPoll = clock.now
        _ = perform(reduce(&state, .tick))  // not a revision: the frame changes only if the answer changes the state
    }

    /// Renders and flushes a frame if anything visible changed.
    private func draw() {
        let size = backend.size
        if !needsFullRepaint, let last = lastDrawn, last.size == size, last.revision == revision { return }
        backend.present(Screen.render(state, size: size, keymap: keymap, memory: &frame, cache: paneViews), fullRepaint: needsFullRepaint)
        lastDrawn = (revision, size)
        needsFullRepaint = false
    }
}

/// A theme no loader knows.
public struct UnknownTheme: Error, CustomStringConvertible {
    public let name: String

    public init(name: String) { self.name = name }

    public var description: String { "There is no theme \(name)." }
}
