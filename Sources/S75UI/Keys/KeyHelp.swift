import S75App
import S75Screen

extension Keymap {
    /// "?/F1 help  Tab next pane …" for the key bar of `context`; quitting says `quitting` where it goes back to
    /// another screen ("portfolio").
    public func hints(in context: KeyContext, pane: Pane? = nil, quitting: String? = nil) -> String {
        bindings(in: context, pane: pane).filter(\.hint).map { binding in
            binding.keys[0].label + " " + ((binding.command == .quit ? quitting : nil) ?? binding.command.shortHelp)
        }.joined(separator: "  ")
    }

    /// The key bar of a screen that answers only `commands`, in that order, with the keys that reach each in `context`.
    public func hints(for commands: [Command], in context: KeyContext) -> String {
        let reaching = bindings(in: context)
        return commands.compactMap { command in
            reaching.first { $0.command == command }.map { $0.keys[0].label + " " + command.shortHelp }
        }.joined(separator: "  ")
    }

    /// The help screen's rows for `context`: (keys, what they do, the command's name for the `:` line), grouped,
    /// one row per command.
    ///
    /// The number keys that jump to each pane share one row ("1 2 3 4 5 6 7 8  Agreement … Mapping pane"), so that
    /// the help fits an 80×24 terminal.
    public func helpRows(in context: KeyContext, pane: Pane? = nil) -> [(group: String, keys: String, help: String, name: String)] {
        let jumps = bindings(in: context, pane: pane).filter { Command.paneJumps.contains($0.command) }
        let others = bindings(in: context, pane: pane).filter { !Command.paneJumps.contains($0.command) }
        let jumpRow = jumps.isEmpty ? [] : [(group: Command.showAgreement.group, keys: jumps.flatMap(\.keys).map(\.label).joined(separator: " "),
                                             help: Command.paneJumpsHelp, name: "show-…")]
        return (jumpRow + others.map { (group: $0.command.group, keys: $0.keys.map(\.label).joined(separator: " "),
                                        help: $0.command.help(on: pane), name: $0.command.rawValue) })
            .enumerated().sorted { a, b in
                let order = Command.groupOrder
                let ga = order.firstIndex(of: a.element.group) ?? 99, gb = order.firstIndex(of: b.element.group) ?? 99
                return (ga, a.offset) < (gb, b.offset)
            }.map(\.element)
    }

    /// The whole keymap as the Markdown of `docs/keys.md`.
    public func markdown() -> String {
        var text = "# Keys\n\nGenerated from the keymap table in `Sources/S75UI/Keys/Keymap+Defaults.swift`;"
        text += " a test fails when this file is out of date.\n"
        text += "Arrows and Enter always work; the vi letters are aliases.\n"
        for context in KeyContext.allCases {
            text += "\n## \(context.title)\n\n| Keys | Command | What it does |\n|---|---|---|\n"
            for binding in bindings where binding.context == context {
                let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
                let panes = binding.panes.isEmpty ? "" : " (" + Pane.allCases.filter(binding.panes.contains).map(\.title).joined(separator: ", ") + ")"
                text += "| \(keys) | `\(binding.command.rawValue)` | \(binding.command.help)\(panes) |\n"
            }
        }
        return text
    }
}

extension Command {
    /// The commands that jump to a pane by number, listed on one row of the help.
    static let paneJumps: Set<Command> = [.showAgreement, .showBudgets, .showProviders, .showOutcomes, .showDecisions, .showAudit,
                                          .showSpend, .showMapping, .showPeople]

    /// What the command does on `pane`, where that is more exact than ``help``: what a and A add there.
    func help(on pane: Pane?) -> String {
        switch (self, pane) {
        case (.add, .budgets?): "Add a line (a contribution first)"
        case (.add, .providers?): "Add a provider"
        case (.add, .agreement?): "Add a partner"
        case (.add, .outcomes?): "Add a metric"
        case (.add, .decisions?): "Add an action"
        case (.addOther, .agreement?), (.add, .people?), (.addOther, .people?): "Add a person"
        case (.addOther, .budgets?): "Add a contribution"
        case (.addOther, .providers?): "Add a contract"
        case (.addOther, .decisions?): "Add a decision"
        case (.edit, .budgets?): "Edit: month grid"
        case (.edit, .some): "Edit the row"
        case (.filterRows, .decisions?): "Filter rows (:filter status=open)"
        case (.filterRows, .spend?): "Filter (:filter supplier=acme month=M9)"
        case (.open, .mapping?): "Transactions, rule, or a new rule"
        case (.open, .spend?): "The transaction in full"
        case (.back, .spend?): "Close the transaction; all transactions again"
        case (.nextSort, .spend?): "Sort by the next column"
        default: help
        }
    }

    /// The help of the pane-jump row.
    static let paneJumpsHelp = "Agreement … People pane"

    /// The order of the groups on the help screen.
    static let groupOrder = ["Panes", "Moving", "Opening and closing", "Meeting", "Editing", "Finding", "Figures", "Program"]

    /// The one- or two-word label of the key bar.
    var shortHelp: String {
        switch self {
        case .help: "help"
        case .nextPane: "pane"
        case .moveDown: "move"
        case .moveUp: "row"
        case .open: "open"
        case .back, .closeHelp: "back"
        case .previousPeriod: "month"
        case .toggleUnit: "£/£000"
        case .nextView: "view"
        case .quit: "quit"
        case .edit: "edit"
        case .search: "search"
        case .walk: "walk"
        case .nextStep: "next"
        case .previousStep: "back"
        case .saveCell: "save"
        case .nextCell: "next cell"
        case .startMonth: "new month"
        case .openStep: "in full"
        case .recordDecision: "decision"
        case .recordAction: "action"
        case .commandLine: "command"
        case .pageDown: "more"
        case .runCommand: "run"
        case .complete: "complete"
        case .olderCommand: "earlier"
        case .filterRows: "filter"
        case .showTransactions: "transactions"
        case .takeLedgerActuals: "take actuals"
        default: help.lowercased()
        }
    }
}
