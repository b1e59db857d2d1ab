import S75App
import S75Domain
import S75Screen
import S75UI

/// The loop of the region's portfolio: read keys, move the selection, open the agreement chosen on the same terminal
/// (its own loop runs until it is left) and come back to the portfolio, kept current by what the server announces.
public final class PortfolioLoop {
    public private(set) var browser: PortfolioBrowser
    private let backend: any TerminalBackend
    private let keymap: Keymap
    private let pollInterval: Int
    /// The portfolio again when an agreement has changed since it was last asked (nil when none has); throws when the
    /// server cannot be reached.
    private let refresh: () throws -> Portfolio?
    /// Runs agreement `id`'s screen until it is left; what went wrong when it could not be opened.
    private let open: (String) -> UserMessage?
    private var fullRepaint = true
    private let clock = ContinuousClock()
    private var lastPoll: ContinuousClock.Instant

    public init(browser: PortfolioBrowser, backend: any TerminalBackend, keymap: Keymap = .standard, pollInterval: Int = 250,
                refresh: @escaping () throws -> Portfolio?, open: @escaping (String) -> UserMessage?) {
        self.browser = browser
        self.backend = backend
        self.keymap = keymap
        self.pollInterval = pollInterval
        self.refresh = refresh
        self.open = open
        lastPoll = clock.now
    }

    /// Runs until the user quits or the terminal goes away.
    public func run() {
        draw()
        while true {
            guard let key = backend.nextKey(timeoutMilliseconds: max(10, pollInterval)) else {  // idle: never a busy loop
                if takeChanges() { draw() }
                continue
            }
            switch key {
            case .endOfInput: return
            case .resize: fullRepaint = true
            case .paste: browser.message = .error("Pasted text is not taken here: ↑ ↓ choose an agreement, Enter opens it.")
            default:
                guard let command = keymap.command(for: key, in: .list) else {
                    browser.message = .error("\(key.label) does nothing here: ↑ ↓ choose an agreement, Enter opens it, q quits.")
                    break
                }
                switch browser.perform(command, pageSize: PortfolioScreen.pageSize(for: backend.size)) {
                case .stay: break
                case .redraw: fullRepaint = true
                case .quit: return
                case .open(let id):
                    let failure = open(id)
                    fullRepaint = true
                    _ = takeChanges()
                    if let failure { browser.message = failure }
                }
            }
            if clock.now - lastPoll >= .milliseconds(pollInterval) { _ = takeChanges() }
            draw()
        }
    }

    /// Shows what changed on the server since it was last asked; whether anything did, or the link's state changed.
    private func takeChanges() -> Bool {
        lastPoll = clock.now
        do {
            let unreachable = browser.message == Self.unreachable
            guard let portfolio = try refresh() else {
                if unreachable { browser.message = nil }
                return unreachable
            }
            browser.show(portfolio)
            if unreachable { browser.message = nil }
            return true
        } catch {
            guard browser.message != Self.unreachable else { return false }
            browser.message = Self.unreachable
            return true
        }
    }

    /// What the status line says while the server is down.
    static let unreachable = UserMessage.error("The server cannot be reached (reconnecting…): the figures are as last read.")

    private func draw() {
        backend.present(PortfolioScreen.render(browser, size: backend.size, keymap: keymap), fullRepaint: fullRepaint)
        fullRepaint = false
    }
}
