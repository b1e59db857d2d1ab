extension AppState {
    /// What the content area shows, and so which pane is active: the innermost view on the stack of modes. Setting it
    /// replaces that view where it is (a detail stepped to the next row, a form typed into), keeping what is over it.
    public var view: ContentView {
        get { modes.view }
        set { modes.view = newValue }
    }

    /// Whether the key help is drawn over the screen.
    public var showingHelp: Bool { if case .help = modes.top { true } else { false } }

    /// The help's page, while it shows.
    public var helpPage: Int { if case .help(let page) = modes.top { page } else { 0 } }

    /// Whether the Spend pane shows the selected transaction whole, below its table (Enter shows and hides it).
    public var spendShowsWhole: Bool { modes.contains(.wholeTransaction) }

    /// The `:` command line being typed, if it is open. Setting it opens, changes or (nil) closes it.
    public internal(set) var prompt: Prompt? {
        get { if case .prompt(let line) = modes.top { line } else { nil } }
        set { setOverlay(newValue.map(Mode.prompt), open: prompt != nil) }
    }

    /// The search being typed on the bottom line, if it is open. Setting it opens, changes or (nil) closes it.
    public internal(set) var searchDraft: String? {
        get { if case .search(let draft) = modes.top { draft } else { nil } }
        set { setOverlay(newValue.map { Mode.search(draft: $0) }, open: searchDraft != nil) }
    }

    /// A step the user asked for that needs a yes first (removing a record, taking the ledger's actuals): the next key
    /// says whether to. Setting it asks; nil closes the question.
    public internal(set) var pendingConfirmation: PendingConfirmation? {
        get { if case .confirm(let pending) = modes.top { pending } else { nil } }
        set { setOverlay(newValue.map(Mode.confirm), open: pendingConfirmation != nil) }
    }

    /// Opens `mode`, replaces it where one of its kind is `open` on top, or (nil) closes the one on top.
    private mutating func setOverlay(_ mode: Mode?, open: Bool) {
        switch (mode, open) {
        case (let mode?, true): modes.replaceOverlay(with: mode)
        case (let mode?, false): modes.push(mode)
        case (nil, true): modes.closeOverlay()
        case (nil, false): break
        }
    }

    /// Esc: closes what is innermost (help, a line, a question, the transaction shown whole) or backs out of the view:
    /// a form or the grid step by step, the walk to its step's pane, a filtered Spend table to every transaction, a
    /// detail or a summary to the table under it.
    mutating func goBack() {
        switch modes.top {
        case .help, .prompt, .search:
            modes.closeOverlay()
        case .confirm(let pending):
            modes.closeOverlay()
            let kept = switch pending {
            case .takeLedgerActuals: "The returns were kept as they are."
            case .closeMeeting: "The meeting is still open."
            case .deletion: "Nothing was removed."
            }
            message = UserMessage(kept)
        case .wholeTransaction:
            modes.closeOverlay()
            spend.select(spend.selected, visible: spendVisibleRows)
        case .view(.form):
            cancelForm()
        case .view(.grid):
            backOutOfGrid()
        case .view(.walk):
            modes.show(pane)
            message = UserMessage("Left the walk at step \(walkStep.rawValue + 1); w resumes it.")
        case .view(.table(.spend)) where !arrangement(of: .spend).filters.isEmpty:
            arrangements[.spend]?.filters = [:]
            searchQuery = nil
            message = UserMessage("Spend: every transaction.")
        case .view(.table):
            modes.closeView()
        case .view:
            scroll[pane] = 0
            modes.closeView()
        }
    }
}

extension AppState {
    /// A printable key where keys are typed: into the search or command line, as the answer to a question, into a
    /// form's field or the grid's cell.
    mutating func type(_ character: Character) -> [Effect] {
        switch modes.top {
        case .search: typeIntoSearch(character)
        case .prompt: typeIntoPrompt(character)
        case .confirm: return answerConfirmation(character)
        case .view(.form): return typeIntoForm(character)
        case .view(.grid): return typeIntoGrid(character)
        case .help, .wholeTransaction, .view: break
        }
        return []
    }

    /// Backspace where keys are typed.
    mutating func erase() {
        switch modes.top {
        case .search: eraseInSearch()
        case .prompt: eraseInPrompt()
        case .view(.form): eraseInForm()
        case .view(.grid): eraseInGrid()
        case .help, .confirm, .wholeTransaction, .view: break
        }
    }
}
