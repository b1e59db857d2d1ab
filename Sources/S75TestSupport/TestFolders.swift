import Foundation

/// Temporary folders for tests, all inside one folder of the test process's own that is removed when the process ends,
/// so that a run of the suite (gigabytes of generated ledgers among them) leaves nothing behind.
public enum TestFolders {
    /// A new, empty folder named after `stem`, removed with the others when the process exits.
    public static func fresh(_ stem: String) throws -> String {
        let url = URL(fileURLWithPath: root).appendingPathComponent("\(stem)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// This process's folder under the system's temporary folder, made on first use and removed at exit.
    private static let root: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("s75-tests-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o755)  // other accounts' sessions (runuser) reach their files inside
        atexit { try? FileManager.default.removeItem(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("s75-tests-\(getpid())").path) }
        return path
    }()
}
