import ArgumentParser
import S75Domain
import S75Report
import S75Store

/// `s75 minutes FILE [--meeting DATE]`: a board meeting's minutes as Markdown.
struct Minutes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a board meeting's minutes as Markdown: attendance, each item with its figures, decisions and actions.",
        discussion: "Never writes to the file. The figures are those the walk showed at the meeting.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: ArgumentHelp("The meeting (default: the latest recorded).", valueName: "YYYY-MM-DD"))
    var meeting: DayArgument?

    func run() throws {
        let agreement = try StoreOpening.agreement(at: file)
        let chosen = try DayArgument.meeting(meeting, in: agreement, file: file)
        Output.print(MeetingMinutes.markdown(agreement, meeting: chosen), terminator: "")
    }
}
