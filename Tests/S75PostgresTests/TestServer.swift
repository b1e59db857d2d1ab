import Foundation
import S75Postgres

/// The PostgreSQL cluster these tests use: one per test process, made with `s75 server init`'s own code in a
/// temporary folder, started on first use and stopped when the process ends. Needs Debian's server
/// (apt-get install postgresql) and, run as root, the `postgres` account it makes.
enum TestServer {
    /// The cluster, started; the process stops it on exit.
    static let cluster: ServerCluster = {
        let cluster = ServerCluster(folder: NSTemporaryDirectory() + "s75-pg-\(getpid())")
        do {
            try cluster.initialise(admitting: [])
        } catch {
            fatalError("the test cluster could not be made: \(error)")
        }
        startedFolder = cluster.folder
        atexit {
            guard let folder = TestServer.startedFolder else { return }
            try? ServerCluster(folder: folder).stop()
            try? FileManager.default.removeItem(atPath: folder)
        }
        return cluster
    }()

    nonisolated(unsafe) static var startedFolder: String?

    /// The server's address, naming no agreement.
    static var address: ServerAddress { cluster.address }

    /// An agreement identifier no other test uses.
    static func freshID(_ stem: String) -> String { "\(stem)-\(UUID().uuidString.prefix(8).lowercased())" }
}
