import ArgumentParser
import Foundation
import S75Domain
import S75Store

/// A failure reported to the user as one line on standard error, with a non-zero exit.
enum Failure {
    /// Prints `text` on stderr as s75's message and gives the exit that ends the command with status 1:
    /// `throw Failure.stop("…")`.
    static func stop(_ text: String) -> ExitCode {
        report(text)
        return ExitCode.failure
    }

    /// Runs `body`; a thrown error is printed as one line on stderr and ends the program with status 1.
    static func reporting<T, E: Error>(_ body: () throws(E) -> T) throws -> T {
        do {
            return try body()
        } catch {
            report(said(error))
            throw ExitCode.failure
        }
    }

    /// What `error` tells someone at the command line. A server that cannot be reached is said with libpq's reason and
    /// without the screen's "reconnecting…": a command does not wait for it.
    static func said(_ error: some Error) -> String {
        guard let store = error as? StoreError, case .unreachable(let reason) = store.kind else { return "\(error)" }
        let why = reason.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return "\(store.path): the server cannot be reached (\(why.isEmpty ? "no answer" : why)); nothing was read or changed. "
            + "If it is stopped, start it: s75 server start DIR."
    }

    /// Prints `text` on stderr as s75's message.
    static func report(_ text: String) {
        DiagnosticLog.write("error: \(text)")
        FileHandle.standardError.write(Data(Output.safe("s75: \(text)\n").utf8))
    }
}

/// Diagnostics written to the file named by `S75_LOG`, never to the screen.
enum DiagnosticLog {
    static func write(_ line: String) {
        guard let path = ProcessInfo.processInfo.environment["S75_LOG"], !path.isEmpty else { return }
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else { return }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        handle.write(Data("\(Date()) \(line)\n".utf8))
    }
}
