import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file the user names (`--output`, `--rejects`) as they would expect a careful tool to: all at once (a new
/// file beside it, synced, then renamed over it), keeping an existing file's mode, owner and group, following the
/// user's umask for a new one, and never replacing a symbolic link with a plain file.
enum OutputFile {
    /// Why the file could not be written, in words.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func write(_ data: Data, to path: String) throws(Failure) {
        var existing = stat()
        let exists = lstat(path, &existing) == 0
        if exists, (existing.st_mode & S_IFMT) == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            throw Failure(description: "\(path) is a symbolic link (to \(target)): give the path of the file itself, so that the link is not replaced")
        }
        if exists, (existing.st_mode & S_IFMT) == S_IFDIR { throw Failure(description: "\(path) is a folder: give a file's path") }
        let mask = umask(0)
        umask(mask)
        let mode = exists ? existing.st_mode & 0o7777 : 0o666 & ~mask
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".new-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno))). Check the folder exists and you may write to it.") }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { failure = errno; return }
                offset += written
            }
        }
        if failure == 0, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == 0, exists, fchown(descriptor, existing.st_uid, existing.st_gid) != 0, errno != EPERM { failure = errno }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(failure))); it was left as it was.")
        }
    }
}
