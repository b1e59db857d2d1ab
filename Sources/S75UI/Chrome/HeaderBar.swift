import S75App
import S75Domain
import S75Screen
import S75Text

/// The top line: the agreement's title, the financial year, the month shown and which months have monitoring.
enum HeaderBar {
    static func draw(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(rect, role: .header)
        let period = state.period
        let year = rect.width >= 100 ? "FY \(period.financialYear) · " : ""  // narrow: the month names the year
        let right = badges(state) + year + "\(period.shortLabel) \(period.label)\(standing(state))"
            + "\(monitoring(state)) · \(unitLabel(state)) "
        let leftWidth = rect.width - DisplayWidth.of(right) - 1
        let trail = state.returnsTo.map { $0.prefix(1).uppercased() + $0.dropFirst() + " › " } ?? ""
        buffer.write(" " + DisplayWidth.truncate(trail + state.agreement.title, to: leftWidth - 1), x: rect.x, y: rect.y,
                     role: .headerTitle)
        buffer.write(right, x: rect.x + rect.width - DisplayWidth.of(right), y: rect.y, role: .header)
    }
}

extension HeaderBar {
    /// What the user must not miss, before the month: read-only, a what-if, an agreement that names nobody (so anyone who
    /// can write the file may change it), a sign-off a later change overtook.
    static func badges(_ state: AppState) -> String {
        [state.readOnlyReason == nil ? nil : "READ-ONLY", state.whatIfModel == nil ? nil : "WHAT-IF",
         state.agreement.people.isEmpty ? "NO PEOPLE SET" : nil, !state.tables.supersededSignOffs.isEmpty ? "SIGN-OFF SUPERSEDED" : nil]
            .compactMap { $0 }.map { $0 + " · " }.joined()
    }

    /// " closed", " approved", " submitted 1/2", " entered": where the month shown stands; nothing for a month without
    /// returns, or "entered" where nobody signs (no people, no sign-offs).
    static func standing(_ state: AppState) -> String {
        let a = state.agreement
        switch state.tables.standing {
        case .notMonitored: return ""
        case .entered where a.people.isEmpty && a.signOffs.isEmpty: return ""
        case let standing: return " " + standing.label
        }
    }

    /// The unit the figures on screen are in: the year-end view, its step of the walk, a line's detail and the ledger's
    /// panes give exact pounds.
    static func unitLabel(_ state: AppState) -> String {
        switch state.view {
        case .yearEnd, .detail(.line), .walk(.yearEnd), .table(.spend), .table(.mapping): "£ exact"
        default: state.displayUnit.label
        }
    }

    /// " · monitored M9 M12", " NO MONITORING · monitored M9 M12" or " INCOMPLETE · …": whether the month shown has
    /// returns, and which months do (runs of months as "M1–M9").
    static func monitoring(_ state: AppState) -> String {
        let a = state.agreement
        let months = a.monitoredPeriods.filter { $0.financialYear == state.period.financialYear }.map(\.monthOfYear)
        var runs: [String] = []
        var index = 0
        while index < months.count {
            var end = index
            while end + 1 < months.count, months[end + 1] == months[end] + 1 { end += 1 }
            runs.append(end > index + 1 ? "M\(months[index])–M\(months[end])"
                        : (index...end).map { "M\(months[$0])" }.joined(separator: " "))
            index = end + 1
        }
        let list = runs.isEmpty ? "no month monitored" : "monitored " + runs.joined(separator: " ")
        switch state.tables.coverage {
        case .none: return " NO MONITORING · " + list
        case .partial: return " INCOMPLETE · " + list
        case .complete: return " · " + list
        }
    }
}

/// The second line: one tab per pane, the active one bracketed so it shows without colour.
enum TabBar {
    /// Draws the tabs; returns the column after the last thing drawn.
    @discardableResult
    static func draw(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) -> Int {
        buffer.fill(rect, role: .tab)
        func label(_ pane: Pane, roomy: Bool) -> String {
            pane == state.pane ? "[\(pane.rawValue + 1) \(pane.title)]" : roomy ? " \(pane.rawValue + 1) \(pane.title) " : "\(pane.rawValue + 1) \(pane.shortTitle)"
        }
        let back = state.isShowingDetail ? "detail · Esc back" : ""
        // Where the tabs in full would leave no room for "› 4 more" and "Esc back", the others close up and abbreviate.
        let roomy = 1 + Pane.allCases.map { DisplayWidth.of(label($0, roomy: true)) + 1 }.reduce(0, +) + DisplayWidth.of(back) + 1 <= rect.width
        var x = rect.x + 1
        for pane in Pane.allCases {
            x = buffer.write(label(pane, roomy: roomy), x: x, y: rect.y, role: pane == state.pane ? .tabActive : .tab) + 1
        }
        if state.isShowingDetail {
            x = buffer.write(roomy ? back : "Esc back", x: x + 1, y: rect.y, role: .tab)
        }
        return x
    }
}

/// The status line: the message if there is one, otherwise where the user is; the store file on the right. A message
/// too long for one line wraps onto the rows above it, so that nothing the user must read is cut.
enum StatusBar {
    /// How many rows the status takes on a terminal `width` wide: a message that does not fit on one takes as many as
    /// it needs, up to ``maximumRows``.
    static func rows(_ state: AppState, width: Int) -> Int {
        let (text, _, wraps) = content(state)
        guard wraps, DisplayWidth.of(text) > width - 2 else { return 1 }
        return min(maximumRows, TextWrap.lines(text, width: width - 2).count)
    }

    /// The most rows a message takes from the pane above it.
    static let maximumRows = 4

    /// Draws the status in `rect`, as many rows high as ``rows(_:width:)`` says.
    static func draw(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(rect, role: .status)
        let store = "store: \(state.storePath) "
        let (left, role, _) = content(state)
        if rect.height > 1 {
            let parts = TextWrap.lines(left, width: rect.width - 2)
            for (row, part) in parts.prefix(rect.height).enumerated() {
                buffer.write(" " + part, x: rect.x, y: rect.y + row, role: role, maxWidth: rect.width)
            }
            return
        }
        let leftWidth = DisplayWidth.of(left) + 2
        buffer.write(" " + left, x: rect.x, y: rect.y, role: role, maxWidth: rect.width)
        let storeWidth = rect.width - leftWidth - 2
        if storeWidth > 12 {
            let shown = DisplayWidth.of(store) <= storeWidth ? store : "store: …" + String(store.suffix(storeWidth - 8))
            buffer.write(shown, x: rect.x + rect.width - DisplayWidth.of(shown), y: rect.y, role: .status)
        }
    }

    /// The status's text, its style, and whether it is a message that may wrap (where the user is never wraps).
    static func content(_ state: AppState) -> (text: String, role: StyleRole, wraps: Bool) {
        let position = state.pane == .budgets && state.budgetsView != .lines ? state.budgetsView.title
            : state.items.isEmpty ? "nothing recorded yet"
            : "\(state.selectedIndex(in: state.pane) + 1) of \(state.items.count)"
        let left: String
        let role: StyleRole
        var wraps = true
        if let prompt = state.prompt {
            left = ":" + prompt.text + "▏" + (prompt.candidates.isEmpty ? "" : "   " + prompt.candidates.prefix(12).joined(separator: " "))
            role = .statusMessage
        } else if let draft = state.searchDraft {
            left = "/" + draft + "▏"
            role = .statusMessage
        } else if let message = state.message {
            left = message.text
            role = message.kind == .error ? .statusError : .statusMessage
        } else if let grid = state.grid, let problem = grid.problem, grid.draft?.text.isEmpty == false {
            left = "\(grid.column.title): \(problem)"
            role = .statusError
        } else if let grid = state.grid, let draft = grid.draft, grid.column != .commentary,
                  case .success(let amount) = MoneyInput.parse(draft.text, inThousands: state.displayUnit == .thousands) {
            if let warning = grid.warning {
                left = "\(grid.column.title) = \(MoneyFormat.exact(amount)), out of line: \(warning). Enter saves it all the same"
                role = .statusError
            } else {
                left = "\(grid.column.title) = \(MoneyFormat.exact(amount)); Enter saves it"
                role = .statusMessage
            }
        } else if state.showsSpendTable {
            left = state.spend.selectedRow.map { SpendPane.statusText($0, spend: state.spend) } ?? "Spend · " + (state.spend.isLoaded && !state.spend.counting ? "no transactions" : "reading…")
            role = .status
            wraps = false
        } else if case .walk(let step) = state.view {
            left = "Board walk · step \(step.rawValue + 1) of \(WalkStep.allCases.count) · \(step.title)"
            role = .status
            wraps = false
        } else {
            let name = state.grid == nil && state.form == nil ? state.selectedItem(in: state.pane).map { $0.fullName(in: state.agreement) } : nil
            left = "\(state.pane.title) · \(position)" + (name.map { " · \($0)" } ?? "")
            role = .status
            wraps = false
        }
        return (left, role, wraps)
    }
}

