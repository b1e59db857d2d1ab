import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a path holds, found without opening it as a database, so that a file s75 cannot use is
/// never touched: not a journal, not a WAL switch, not a byte.
struct StoreFile {
    /// The SQLite file header's first 16 bytes.
    static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)

    let path: String
    /// Whether the file's mode bits allow writing and the process may write it.
    let fileWritable: Bool
    /// Whether the folder holding the file may be written (SQLite needs it for its journal files).
    let folderWritable: Bool

    /// The folder holding `path`.
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Checks that `path` is a readable regular file whose SQLite header carries s75's application id.
    ///
    /// A file whose mode bits deny writing counts as read-only even where the process could write it (root),
    /// as editors treat it, unless `ignoringModeBits`.
    static func inspect(_ path: String, ignoringModeBits: Bool = false) throws(StoreError) -> StoreFile {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw StoreError(errno == ENOENT || errno == ENOTDIR ? .fileMissing : .unreadable, path: path)
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw StoreError(.isFolder, path: path)
        case S_IFREG: break
        default: throw StoreError(.notARegularFile, path: path)
        }
        guard access(path, R_OK) == 0 else { throw StoreError(.unreadable, path: path) }
        let header = try readHeader(path)
        guard !header.isEmpty else { throw StoreError(.emptyFile, path: path) }
        guard header.count >= 100, Array(header.prefix(16)) == sqliteMagic else { throw StoreError(.notAnS75File, path: path) }
        let applicationID = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard Int32(bitPattern: applicationID) == Migrations.applicationID else { throw StoreError(.notAnS75File, path: path) }
        let modeAllowsWriting = info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) != 0
        return StoreFile(path: path, fileWritable: (modeAllowsWriting || ignoringModeBits) && access(path, W_OK) == 0,
                         folderWritable: access(folder(of: path), W_OK) == 0)
    }

    /// The first 100 bytes of the file (fewer if it is shorter).
    private static func readHeader(_ path: String) throws(StoreError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw StoreError(.unreadable, path: path) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 100)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, 100 - count) }
            if got < 0 { throw StoreError(.unreadable, path: path) }
            if got == 0 { break }
            count += got
        }
        return Array(bytes.prefix(count))
    }

    /// Whether the disk holding `path` has no room left for writing.
    static func diskIsFull(at path: String) -> Bool {
        var info = statvfs()
        guard statvfs(folder(of: path), &info) == 0 else { return false }
        return info.f_bavail == 0
    }
}
