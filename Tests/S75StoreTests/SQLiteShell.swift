import Foundation
import S75Store

/// Changes a store file behind s75's back, as another program would, through Python's sqlite3 module.
enum SQLiteShell {
    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ path: String, _ sql: String) throws { _ = try query(path, sql) }

    /// Runs a script of statements on the file as another program would (a new file in SQLite's default, rollback journal, mode).
    static func runPlain(_ path: String, _ script: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.executescript(sys.argv[2])\nc.close()",
                             path, script]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(description: "python3 sqlite3 failed on \(script)") }
    }

    /// Runs `sql` on the file and returns the first column of the first row, if any.
    static func query(_ path: String, _ sql: String) throws -> String {
        let script = """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            rows = c.execute(sys.argv[2]).fetchall()
            c.commit()
            print(rows[0][0] if rows else "")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path, sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(description: "python3 sqlite3 failed on \(sql)") }
        return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
