import Foundation
import GRDB

/// A private copy of a file s75 may not write (its mode bits or its folder forbid it), so that SQLite never creates a
/// journal beside the original. The copy is kept while the file is unchanged (its size and time, and its write-ahead
/// log's) and taken again when another session has changed it: paging through a million transactions copies the file
/// once, not once a page.
final class StoreCopy: @unchecked Sendable {
    /// Every private copy's folder while it exists, so that a process told to stop (a hang-up, SIGTERM) removes them all.
    private static let live = LiveFolders()

    /// Removes every private copy this process holds: on a hang-up or SIGTERM, before the process ends.
    static func removeAll() { live.removeAll() }

    private let path: String
    private let lock = NSLock()
    private var current: (token: Int, folder: String, queue: DatabaseQueue, upgraded: Bool)?

    init(path: String) { self.path = path }

    deinit { discard() }

    /// A number that changes whenever the file (or its write-ahead log) is written.
    static func token(of path: String) -> Int {
        [path, path + "-wal"].reduce(into: Hasher()) { hasher, file in
            let attributes = try? FileManager.default.attributesOfItem(atPath: file)
            hasher.combine(attributes?[.size] as? Int)
            hasher.combine((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970)
        }.finalize()
    }

    /// Runs `body` on the copy, brought to the current schema first when `upgrade` is set.
    func read<T>(upgrade: Bool, _ body: (DatabaseQueue) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let token = Self.token(of: path)
        if current?.token != token {
            discard()
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("s75-read-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            do {
                Self.live.insert(folder)
                let copy = folder + "/copy.s75"
                try FileManager.default.copyItem(atPath: path, toPath: copy)
                if FileManager.default.fileExists(atPath: path + "-wal") {
                    try FileManager.default.copyItem(atPath: path + "-wal", toPath: copy + "-wal")
                }
                current = (token, folder, try DatabaseQueue(path: copy, configuration: S75Database.configuration(readOnly: false)), false)
            } catch {
                try? FileManager.default.removeItem(atPath: folder)
                Self.live.remove(folder)
                throw error
            }
        }
        guard var copy = current else { preconditionFailure("a copy was just made") }
        if upgrade, !copy.upgraded {
            try Migrations.migrator.migrate(copy.queue)
            copy.upgraded = true
            current = copy
        }
        return try body(copy.queue)
    }

    private func discard() {
        guard let copy = current else { return }
        try? copy.queue.close()
        try? FileManager.default.removeItem(atPath: copy.folder)
        Self.live.remove(copy.folder)
        current = nil
    }
}

/// The folders of the private copies that exist, behind a lock.
private final class LiveFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: Set<String> = []

    func insert(_ folder: String) { lock.withLock { _ = folders.insert(folder) } }
    func remove(_ folder: String) { lock.withLock { _ = folders.remove(folder) } }

    func removeAll() {
        lock.withLock {
            for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
            folders.removeAll()
        }
    }
}
