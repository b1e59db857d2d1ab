import Foundation

/// Runs a program and collects its output: the region's server commands (initdb, pg_ctl, psql) and the tests.
public enum Shell {
    /// How a program ended (its exit status, or 128 + the signal that ended it) and what it wrote.
    public struct Result: Sendable {
        public let status: Int32
        public let output: String
        public let error: String
    }

    /// Runs `executable` and waits for it, with `posix_spawn` and `waitpid`.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        try start(executable, arguments, environment: environment).wait()
    }

    /// A program started and not yet waited for.
    ///
    /// Output goes through files, not pipes, because a program that leaves a daemon behind (tmux
    /// starting its server) would keep a pipe open for ever.
    public final class Running {
        public let pid: pid_t
        let outPath: String
        let errPath: String

        init(pid: pid_t, outPath: String, errPath: String) {
            self.pid = pid
            self.outPath = outPath
            self.errPath = errPath
        }

        /// Sends `signal` to the program.
        public func kill(_ signal: Int32) { _ = Glibc.kill(pid, signal) }

        /// Waits for the program to end and collects what it wrote.
        public func wait() -> Result {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            defer {
                unlink(outPath)
                unlink(errPath)
            }
            let exited = status & 0x7f == 0
            return Result(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
                          output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                          error: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
        }
    }

    /// Starts `executable` with no signals blocked and its output going to files.
    public static func start(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Running {
        let folder = NSTemporaryDirectory()
        let outPath = folder + "/s75-shell-\(UUID().uuidString).out", errPath = folder + "/s75-shell-\(UUID().uuidString).err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + env).forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignalsBlocked = sigset_t()
        sigemptyset(&noSignalsBlocked)
        posix_spawnattr_setsigmask(&attributes, &noSignalsBlocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, env)
        guard spawned == 0 else { throw SpawnFailed(description: "cannot run \(executable): \(String(cString: strerror(spawned)))") }
        return Running(pid: pid, outPath: outPath, errPath: errPath)
    }

    /// A program that could not be started, or did not do what its caller needed.
    public struct SpawnFailed: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }
}
