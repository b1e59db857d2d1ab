import ArgumentParser
import S75Domain
import S75Store

/// `s75 meeting close FILE --meeting DATE`.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Close a board meeting, keeping its record as it stands (see docs/record.md).",
        subcommands: [CloseMeeting.self])
}

/// `s75 meeting close FILE [--meeting DATE]`.
struct CloseMeeting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a meeting (audited): its attendance, figures, decisions and actions are kept as they stand, for its minutes.",
        discussion: "A closed meeting takes no further change; its minutes read the same whatever changes afterwards.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(name: [.customLong("meeting"), .customLong("date")], help: ArgumentHelp("The meeting (default: the latest recorded).", valueName: "YYYY-MM-DD"))
    var meeting: DayArgument?

    func run() throws {
        let store = try StoreOpening.open(file)
        let snapshot = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }
        let date = try DayArgument.meeting(meeting, in: snapshot.agreement, file: file).date
        let closed: Meeting
        do {
            closed = try snapshot.agreement.closingMeeting(date, on: max(date, DemoFile.today()), by: Author.current.user)
        } catch {
            throw Failure.stop("\(error.message).")
        }
        _ = try Failure.reporting { () throws(StoreError) in
            try store.apply([(Change(.meeting(closed)), snapshot.version(of: .meeting(date)))], author: .current, at: S75Database.now())
        }
        let count = closed.closed?.minutes.filter { $0.meeting == date }.count ?? 0
        let recorded = count == 1 ? "1 decision or action" : "\(count) decisions and actions"
        Output.print("The meeting of \(date.label) is closed, with \(recorded) recorded at it; s75 minutes \(file) --meeting \(date) "
                     + "prints its record.")
    }
}
