import ArgumentParser
import Foundation
import S75Domain
import S75Report
import S75Store

/// `s75 pack FILE --meeting 2026-01-20 [--format markdown|html] [--output PATH] [--force]`: the board pack.
struct Pack: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the board pack for a meeting: front sheet, agenda, recommendations, finance report, risks, remedial plans, "
            + "metrics, the last minutes and the action log.",
        discussion: "HTML is one self-contained file (no network, no scripts), printable to A4, with charts as inline SVG that read "
            + "in greyscale. The same file and meeting give the same bytes. --output may name a folder: the pack is written in it as "
            + "board-pack-DATE.md or .html. The risk register is kept with :risk on the screen (docs/returns.md).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html }

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: ArgumentHelp("The meeting.", valueName: "YYYY-MM-DD"))
    var meeting: DayArgument

    @Option(help: "markdown or html.")
    var format: Format = .markdown

    @Option(help: "Write here, a file or a folder (default: standard output).", completion: .file())
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    func run() throws {
        let a = try StoreOpening.agreement(at: file)
        let pack: BoardPack
        do {
            pack = try BoardPack(a, meeting: meeting.day)
        } catch {
            throw Failure.stop("\(error.message); nothing written.")
        }
        let text = format == .html ? pack.html() : pack.markdown()
        guard var path = output else { return Output.write(text) }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            path += "/board-pack-\(meeting.day).\(format == .html ? "html" : "md")"
        }
        guard force || !FileManager.default.fileExists(atPath: path) else { throw Failure.stop("\(path) exists: give --force to replace it; nothing written.") }
        do throws(OutputFile.Failure) {
            try OutputFile.write(Data(text.utf8), to: path)
        } catch {
            throw Failure.stop(error.description)
        }
        Output.print("Wrote \(path).")
    }
}
