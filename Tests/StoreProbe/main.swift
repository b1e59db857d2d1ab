import Foundation
import S75Domain
import S75Postgres
import S75Store

/// Edits one line's month-9 return through the store gateway, as an s75 session saving edits does, and
/// prints "saved WRITER N took=MS PENCE" after each commit (so a test knows which edits were acknowledged).
///
/// Usage: s75-store-probe FILE|URL WRITER LINE COUNT. Each edit adds a penny to the actual to date, based on
/// the version it read; a conflict (another writer got there first) is re-read and retried. When the server cannot be
/// reached the edit is read again once it can: if it was committed before the link broke it is found there ("found"),
/// never made twice.
let arguments = CommandLine.arguments
guard arguments.count == 5, let count = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: s75-store-probe FILE WRITER LINE COUNT\n".utf8))
    exit(2)
}
let (path, writer, line) = (arguments[1], arguments[2], arguments[3])
let month = Period(year: 2025, month: 12)
/// Writes `line` straight to standard output, unbuffered, so that nothing said is lost when the process is killed.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

/// Makes `count` edits, each once.
func edit(_ store: any AgreementStore) throws(StoreError) {
    for edit in 1...count {
        while true {
            let snapshot: StoreSnapshot
            do {
                snapshot = try store.loadSnapshot()
            } catch {
                guard error.isUnreachable else { throw error }
                usleep(200_000)
                continue
            }
            guard var entry = snapshot.agreement.entry(for: line, at: month) else { exit(3) }
            if entry.commentary == "\(writer) \(edit)" {  // made before the link broke: found, not made again
                say("found \(writer) \(edit) \(entry.actualToDate.pence)")
                break
            }
            entry.actualToDate = entry.actualToDate + Money(pence: 1)
            entry.commentary = "\(writer) \(edit)"
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                _ = try store.apply(Change(.monitoring(entry)), expecting: snapshot.version(of: .monitoring(line, month)),
                                author: Author(user: writer), at: S75Database.now())
                let took = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                say("saved \(writer) \(edit) took=\(String(format: "%.2f", took)) \(entry.actualToDate.pence)")
                break
            } catch {
                switch error.kind {
                case .busy: continue
                case .unreachable:
                    say("unreachable \(writer) \(edit)")
                    usleep(200_000)
                case .conflict: say("conflict \(writer) \(edit)")
                default: throw error
                }
            }
        }
    }
}

do {
    try edit(try ServerAddress(path).map { try PostgresStore($0) } ?? S75Database.open(at: path))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}

extension StoreError {
    /// The server could not be reached: try again once it can.
    var isUnreachable: Bool { if case .unreachable = kind { true } else { false } }
}
