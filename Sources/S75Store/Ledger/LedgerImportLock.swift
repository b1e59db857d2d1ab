import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Held while a ledger import or a removal runs, so that two partners' imports started together never take one
/// another's unfinished batch for a crashed one. It is an advisory lock (`flock`) on a file beside the agreement,
/// `FILE.s75-import`, never on the agreement itself: closing another descriptor of the database would drop SQLite's own
/// locks. The kernel drops it when the process ends, however it ends, so a killed import never leaves it held.
final class LedgerImportLock {
    private let descriptor: Int32

    /// Takes the lock, or says that another import or removal holds it.
    init(store path: String) throws(StoreError) {
        let lockPath = path + "-import"
        var file = stat()
        let mode = stat(path, &file) == 0 ? file.st_mode & 0o666 : 0o644
        descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw StoreError(errno == EACCES || errno == EROFS ? .readOnly : .unreadable, path: path) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw StoreError(.importRunning, path: path)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
