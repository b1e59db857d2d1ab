import Foundation
import S75Domain
import S75Store

/// Edits one line's month-9 return through the store gateway, as an s75 session saving edits does, and
/// prints "saved WRITER N PENCE" after each commit (so a test knows which edits were acknowledged).
///
/// Usage: s75-store-probe FILE WRITER LINE COUNT. Each edit adds a penny to the actual to date, based on
/// the version it read; a conflict (another writer got there first) is re-read and retried.
let arguments = CommandLine.arguments
guard arguments.count == 5, let count = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: s75-store-probe FILE WRITER LINE COUNT\n".utf8))
    exit(2)
}
let (path, writer, line) = (arguments[1], arguments[2], arguments[3])
let month = Period(year: 2025, month: 12)
/// Writes `line` straight to standard output, unbuffered, so that nothing said is lost when the process is killed.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

do {
    let store = try S75Database.open(at: path)
    for edit in 1...count {
        while true {
            let snapshot = try store.loadSnapshot()
            guard var entry = snapshot.agreement.entry(for: line, at: month) else { exit(3) }
            entry.actualToDate = entry.actualToDate + Money(pence: 1)
            entry.commentary = "\(writer) \(edit)"
            do {
                try store.apply(Change(.monitoring(entry)), expecting: snapshot.versions[.monitoring(line, month)],
                                author: Author(user: writer), at: S75Database.now())
                say("saved \(writer) \(edit) \(entry.actualToDate.pence)")
                break
            } catch let error where error.kind == .busy {
                continue
            } catch let error {
                guard case .conflict = error.kind else { throw error }
                say("conflict \(writer) \(edit)")
            }
        }
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
