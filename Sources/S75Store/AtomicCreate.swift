import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Makes a new file all at once: built under a temporary name in the target's folder, synced, then
/// linked into place (which fails rather than replace a file that appeared meanwhile). Whatever goes
/// wrong, nothing is left behind.
enum AtomicCreate {
    static func write(_ path: String, _ build: (DatabaseQueue) throws -> Void) throws(StoreError) {
        let folder = StoreFile.folder(of: path)
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        func removeTemporary() {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
        }
        do {
            var config = S75Database.configuration(readOnly: false)
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                // 16 KiB pages, set while the file is empty: a ledger of a million rows imports faster (decision 37)
                try db.execute(sql: "PRAGMA page_size = 16384")
            }
            let queue = try DatabaseQueue(path: temporary, configuration: config)
            try build(queue)
            _ = try queue.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
            try queue.close()
            // SQLite makes files 0644 whatever the umask; a new agreement follows the user's (002 lets the group write)
            let mask = umask(0)
            umask(mask)
            chmod(temporary, 0o666 & ~mask)
            try sync(temporary)
            guard link(temporary, path) == 0 else {
                let failure = errno
                removeTemporary()
                throw StoreError(failure == EEXIST ? .alreadyExists : failure == ENOSPC ? .diskFull : .unreadable, path: path)
            }
            removeTemporary()
            try sync(folder)
        } catch let error as StoreError {
            removeTemporary()
            throw error
        } catch let error as DatabaseError {
            removeTemporary()
            throw StoreError(StoreErrors.kind(of: error, path: path), path: path)
        } catch {
            removeTemporary()
            throw StoreError(StoreFile.diskIsFull(at: path) ? .diskFull : .unreadable, path: path)
        }
    }

    /// Flushes `path` (a file or folder) to the disk.
    private static func sync(_ path: String) throws(StoreError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw StoreError(.unreadable, path: path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw StoreError(errno == ENOSPC ? .diskFull : .unreadable, path: path) }
    }
}
