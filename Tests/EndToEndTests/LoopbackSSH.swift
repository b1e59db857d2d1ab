import Foundation
import Glibc
import S75TestSupport
import Testing

/// A real OpenSSH server on the loopback interface, for the tests of commissioners working over ssh: its own host key,
/// one client key authorised, nothing but public keys, stopped when the value goes.
final class LoopbackSSH {
    let folder: String
    let port: Int
    private let server: Shell.Running

    /// Whether sshd is installed; tests that need it record an issue with the install command otherwise.
    static func available(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let found = FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd")
        if !found { Issue.record("sshd is missing: install it with `apt-get install -y openssh-server`", sourceLocation: sourceLocation) }
        return found
    }

    init() throws {
        folder = try temporaryFolder()
        port = 20_000 + Int(getpid() % 20_000)
        for key in ["host", "client"] {
            let made = try Shell.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", "\(folder)/\(key)"])
            guard made.status == 0 else { throw Shell.SpawnFailed(description: "ssh-keygen: \(made.error)") }
        }
        try FileManager.default.copyItem(atPath: "\(folder)/client.pub", toPath: "\(folder)/authorized_keys")
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        try """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder)/host
            AuthorizedKeysFile \(folder)/authorized_keys
            PidFile \(folder)/sshd.pid
            StrictModes no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            PermitRootLogin yes
            UsePAM no
            """.write(toFile: "\(folder)/sshd_config", atomically: true, encoding: .utf8)
        server = try Shell.start("/usr/sbin/sshd", ["-D", "-e", "-f", "\(folder)/sshd_config"])
        let deadline = Date().addingTimeInterval(10)
        while (try? Shell.run("/usr/bin/ssh", Self.options(folder, port) + ["true"]).status) != 0 {
            guard Date() < deadline else { throw Shell.SpawnFailed(description: "sshd did not start on port \(port)") }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    deinit {
        server.kill(SIGTERM)
        _ = server.wait()
    }

    private static func options(_ folder: String, _ port: Int) -> [String] {
        ["-p", "\(port)", "-i", "\(folder)/client", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "LogLevel=ERROR", "-o", "BatchMode=yes", "\(NSUserName())@127.0.0.1"]
    }

    /// The shell command line that runs `command` on the server in a terminal, as a commissioner's ssh session would.
    func session(_ command: String) -> String {
        (["ssh", "-tt"] + Self.options(folder, port)).joined(separator: " ") + " 'LANG=C.UTF-8 TERM=xterm-256color \(command)'"
    }
}
