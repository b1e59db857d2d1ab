import Foundation
import S75Process
import S75Domain
import S75Store

/// A PostgreSQL cluster on this machine for a board or a region (`s75 server init|start|stop DIR`): Debian's server,
/// run by the `postgres` account when s75 runs as root (PostgreSQL refuses root) and by the account itself otherwise,
/// reached only through its Unix socket in DIR, where peer authentication takes each account as its own role.
public struct ServerCluster: Sendable {
    /// The folder holding the cluster (`data`), its socket and its log.
    public let folder: String

    public init(folder: String) {
        self.folder = URL(fileURLWithPath: folder).standardizedFileURL.path
    }

    /// The address of the cluster's s75 database.
    public var address: ServerAddress { ServerAddress("postgresql:///s75?host=\(folder)")! }

    /// What went wrong with the cluster, in words.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Makes the cluster, starts it, makes the s75 database owned by this account's role, installs the schema and
    /// admits `accounts` (the first pooled fund manager, say). Refused when DIR already holds one.
    public func initialise(admitting accounts: [String]) throws(Failure) {
        guard !FileManager.default.fileExists(atPath: folder + "/data") else {
            throw Failure(description: "\(folder) already holds a cluster; start it with `s75 server start \(folder)`.")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        } catch {
            throw Failure(description: "\(folder) could not be made: \(error.localizedDescription)")
        }
        if Self.isRoot { _ = try run("/bin/chown", ["postgres", folder], asServer: false) }
        try run(try tool("initdb"), ["-D", folder + "/data", "--auth-local=peer", "--auth-host=reject", "--encoding=UTF8", "--locale=C.UTF-8"])
        try start()
        let me = Author.current.user
        var statements = ["CREATE DATABASE s75"]
        if Self.isRoot {
            statements = ["CREATE ROLE \(Self.quoted(me)) LOGIN CREATEROLE", "CREATE DATABASE s75 OWNER \(Self.quoted(me))"]
        }
        for statement in statements { try run(try tool("psql"), ["-h", folder, "-d", "postgres", "-qAtc", statement]) }
        do {
            try ServerRegion.install(at: address)
            try ServerRegion.admit(accounts: accounts, at: address)
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// Starts the cluster (waiting until it takes connections); nothing when it is running. After a crash the old
    /// server's sessions take a moment to notice and end, and it cannot start until they have: it is tried for ten seconds.
    public func start() throws(Failure) {
        guard !isRunning else { return }
        let pgctl = try tool("pg_ctl")
        var tries = 0
        while true {
            do {
                try run(pgctl, ["-D", folder + "/data", "-o", "-k \(folder) -c listen_addresses=''", "-l", folder + "/log", "-w", "start"])
                return
            } catch {
                tries += 1
                guard tries < 20 else { throw error }
                usleep(500_000)
            }
        }
    }

    /// Stops the cluster, waiting for it; nothing when it is not running.
    public func stop() throws(Failure) {
        guard isRunning else { return }
        try run(try tool("pg_ctl"), ["-D", folder + "/data", "-m", "fast", "-w", "stop"])
    }

    /// Whether the cluster's postmaster is running (a killed one not yet reaped is not).
    public var isRunning: Bool {
        guard let text = try? String(contentsOfFile: folder + "/data/postmaster.pid", encoding: .utf8),
              let pid = text.split(separator: "\n").first.flatMap({ Int32($0) }),
              let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let state = stat.split(separator: ")").last?.split(separator: " ").first else { return false }
        return state != "Z" && state != "X"
    }

    static var isRoot: Bool { geteuid() == 0 }

    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// The PostgreSQL program `name`, from the newest server installed.
    func tool(_ name: String) throws(Failure) -> String {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        for version in versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) {
            let path = "/usr/lib/postgresql/\(version)/bin/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Failure(description: "PostgreSQL's \(name) is not installed. Install the server: apt-get install postgresql")
    }

    /// Runs `program`, as the `postgres` account when this process is root; its output, or a failure saying what it said.
    /// Its output goes through files: the server pg_ctl starts would hold a pipe open for as long as it runs.
    @discardableResult
    func run(_ program: String, _ arguments: [String], asServer: Bool = true) throws(Failure) -> String {
        let command = asServer && Self.isRoot ? ["/usr/sbin/runuser", "-u", "postgres", "--", program] + arguments : [program] + arguments
        let result: Shell.Result
        do {
            result = try Shell.run(command[0], Array(command.dropFirst()))
        } catch {
            throw Failure(description: "\(command[0]) could not be run: \(error)")
        }
        guard result.status == 0 else {
            let name = URL(fileURLWithPath: program).lastPathComponent
            throw Failure(description: "\(name) failed: \(result.error.isEmpty ? result.output : result.error)".trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return result.output
    }
}
