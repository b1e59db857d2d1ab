import ArgumentParser
import Foundation
import S75App
import S75Domain
import S75NCurses
import S75Runtime
import S75Screen
import S75Store
import S75Themes

/// One interactive session: load the agreement, open the terminal, run the loop, restore the terminal.
struct Session {
    let store: any AgreementStore
    let options: ScreenOptions
    /// Whether the screen opens at the board's walk.
    var startWalking = false
    /// The day of the meeting the walk records; today when nil.
    var meetingDay: DateOnly?

    func run() throws {
        let snapshot = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }
        let (backend, theme) = try Self.openTerminal(options)
        defer { backend.close() }
        run(snapshot, on: backend, theme: theme)
    }

    /// The terminal, set up as `options` ask, and the theme it draws in. It must be closed once the screens are done.
    static func openTerminal(_ options: ScreenOptions) throws -> (NCursesBackend, Theme) {
        let theme = try Failure.reporting { () throws(ThemeError) in try ThemeLibrary.load(options.themeName) }
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let backend = try Failure.reporting { () throws(TerminalError) in
            try NCursesBackend(theme: theme, noColor: noColor, showCursor: options.showCursor)
        }
        // a hang-up (an ssh link dropping) or SIGTERM removes the private copies this session reads through before it ends
        NCursesBackend.beforeSignalExit { S75Database.removePrivateCopies() }
        return (backend, theme)
    }

    /// Runs the agreement `snapshot` holds on `backend` until it is left; when `returningTo` names a screen (the
    /// portfolio), leaving goes back to it.
    func run(_ snapshot: StoreSnapshot, on backend: NCursesBackend, theme: Theme, returningTo: String? = nil) {
        DiagnosticLog.write("opened \(store.path) (\(store.readOnlyReason == nil ? "read-write" : "read-only")), theme \(theme.name), colours \(backend.depth)")
        // the records' check (13 ms at 5,000 lines) is worked out on the other core while the first frame is drawn, unless
        // that frame shows what it finds: the walk's sentences and the Agreement pane's to-do list
        let agreement = snapshot.agreement
        let check = startWalking || options.pane == .agreement ? nil : Concurrently { agreement.recordProblems() }
        var state = AppState(agreement: agreement, storePath: store.path, today: meetingDay ?? DemoFile.today(),
                             checkingRecordsLater: check != nil)
        state.versions = snapshot.versions
        state.user = Author.current.user
        state.readOnlyReason = store.readOnlyReason
        state.presenting = options.present
        state.deskTheme = options.present ? options.theme ?? "default" : options.themeName
        state.themeNames = ThemeLibrary.builtinNames
        state.returnsTo = returningTo
        let effects = startWalking ? reduce(&state, .startWalk) : options.pane.map { reduce(&state, .showPane($0.pane)) } ?? []
        if let reason = store.readOnlyReason {
            state.message = .error("READ-ONLY (\(reason)): you may look, but nothing can be saved to this file.")
        } else if let returningTo, state.message == nil {
            state.message = UserMessage("Opened from the \(returningTo): q goes back to it.")
        }
        let runtime = Runtime(state: state, store: store, backend: backend, author: .current, seenAudit: snapshot.lastAudit,
                              recordCheck: check.map { check in { check.value() } }, loadTheme: { name in try ThemeLibrary.load(name) })
        runtime.start(with: effects)
        runtime.run()
        DiagnosticLog.write("closed \(store.path)")
    }
}
