import ArgumentParser
import S75App
import S75Themes

/// The `s75` command: walk a section 75 agreement in the terminal.
@main
struct S75Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "s75",
        abstract: "Run a section 75 agreement: pooled budgets, providers and outcome targets, entered, checked and audited.",
        discussion: "Set S75_LOG=FILE to write diagnostics to FILE. NO_COLOR turns colour off.",
        version: S75Command.version,
        subcommands: [Demo.self, Open.self, Walk.self, New.self, Check.self, Report.self, Return.self, BCFReturn.self, Pack.self, Minutes.self, MeetingCommand.self, Close.self, Reopen.self, Adjust.self, Vary.self, People.self, Sign.self, Instalments.self, Receive.self, Settle.self, Log.self, Export.self, Import.self, ImportBCF.self, ExportBCF.self, Ledger.self,
                      Server.self, Agreements.self, Move.self, PortfolioCommand.self])

    /// This release of s75.
    static let version = "0.4.0"
}

/// Options shared by the commands that open the screen.
struct ScreenOptions: ParsableArguments {
    @Option(help: "A built-in theme (\(ThemeLibrary.builtinNames.joined(separator: ", "))) or the path of a theme file (default: default).",
            completion: .list(ThemeLibrary.builtinNames))
    var theme: String?

    @Flag(help: "For a projected screen in a meeting room: the high-contrast theme (unless --theme names another).")
    var present = false

    /// The theme asked for: --theme, else high-contrast when presenting, else the default.
    var themeName: String { theme ?? (present ? "high-contrast" : "default") }

    @Flag(help: "Show the terminal cursor on the selected row (it is always placed there for screen readers).")
    var showCursor = false

    @Option(help: "The pane to open on: \(PaneArgument.allCases.map(\.rawValue).joined(separator: ", ")) (default: budgets).")
    var pane: PaneArgument?
}

/// A pane, named on the command line by its title.
enum PaneArgument: String, CaseIterable, ExpressibleByArgument {
    case agreement, budgets, providers, outcomes, decisions, audit, spend, mapping

    var pane: Pane { Pane.allCases.first { $0.title.lowercased() == rawValue } ?? .budgets }
}
