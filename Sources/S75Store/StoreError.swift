import S75Domain

/// A failure of the store, with what happened and what the user can do about it.
///
/// Messages never contain figures or record contents, only the file's path.
public struct StoreError: Error, Equatable, CustomStringConvertible {
    /// What kind of failure it was.
    public enum Kind: Equatable, Sendable {
        case fileMissing
        case isFolder
        case notARegularFile
        case emptyFile
        case alreadyExists
        case notAnS75File
        case unreadable
        case readOnly
        case diskFull
        case corrupt
        case busy
        case ioError
        case schemaTooNew
        case empty
        case invalidData(String)
        /// Someone else changed (or removed) the record since it was read: `current` is it as it is now.
        case conflict(current: AgreementRecord?, version: Int?)
        /// The edit breaks a rule of the agreement; the text says which.
        case invalidEdit(String)
        /// A total would pass the most s75 holds (±£10^12); the text says which.
        case beyondRange(String)
        /// Another process is importing a ledger export into the file, or removing one.
        case importRunning
        /// The region's server cannot be reached (stopped, or the link broke); the text is what libpq said, for the log.
        case unreachable(String)
        /// The region's server could not be reached because libpq, through which it is, could not be loaded; the text is
        /// the loader's reason.
        case clientMissing(String)
        /// The region's server has no agreement by that name, or none this account may see.
        case noSuchAgreement
        /// Something else went wrong; the text says what. The file is not called damaged unless SQLite found it so.
        case failed(String)
    }

    public let kind: Kind
    /// The store file concerned.
    public let path: String

    public init(_ kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    /// One line: what happened, then what to do.
    public var description: String {
        switch kind {
        case .fileMissing: "\(path): no such file. Check the path, or create one with `s75 new \(path)`."
        case .isFolder: "\(path) is a folder, not an agreement file. Give the path of a file made by `s75 new`."
        case .notARegularFile: "\(path) is not a regular file (a device, pipe or socket), so it cannot be an agreement. Give the path of a file made by `s75 new`."
        case .emptyFile: "\(path) is empty, so it is not an s75 agreement file; nothing was changed. Remove it, or make an agreement with `s75 new` under another name."
        case .alreadyExists: "\(path) already exists. Choose another name, or open it with `s75 open \(path)`."
        case .notAnS75File: "\(path) is not an s75 agreement file. Open a file made by `s75 new` or `s75 demo`."
        case .unreadable: "\(path) cannot be read: permission denied. Ask the file's owner for read access."
        case .readOnly: "\(path) is read-only, so nothing can be saved. Ask for write access, or work on a copy."
        case .diskFull: "The disk holding \(path) is full; nothing was saved. Free some space and try again."
        case .corrupt: "\(path) is damaged: SQLite found it inconsistent and cannot read it. Keep a copy of it, and restore it from a backup."
        case .failed(let what): "\(path) could not be read or written (\(what)); nothing was changed. Try again; if it happens again, report it."
        case .ioError: "\(path) could not be read or written (an input/output error); nothing was saved. Check the disk, then try again."
        case .busy: "\(path) is busy: another session is writing. Try again in a moment."
        case .schemaTooNew: "\(path) was written by a newer s75. Upgrade s75 to open it."
        case .empty: "\(path) holds no agreement yet. Create one with `s75 new FILE --sample northmoor`."
        case .conflict(let current, _):
            current == nil ? "Someone else removed this record since you opened it; nothing was saved."
                : "Someone else changed this record since you opened it; nothing was saved. Compare the two and choose."
        case .invalidEdit(let why): "Not saved: \(why)."
        case .importRunning: "Another ledger import (or removal) into \(path) is running; nothing was changed. Try again when it has finished."
        case .beyondRange(let what): "\(what) would be more than £1,000,000,000,000, the most s75 holds; nothing was changed in \(path)."
        case .unreachable: "The server cannot be reached (reconnecting…); nothing was saved. Try again in a moment; "
            + "if it is stopped, start it: s75 server start DIR."
        case .clientMissing(let why): "\(path) is on a region's server, reached through libpq, which could not be loaded (\(why)); "
            + "nothing was read or changed. Install it (apt-get install libpq5) and try again."
        case .noSuchAgreement: "\(path): the server holds no agreement by that name that you may see. `s75 agreements URL` lists those you may."
        case .invalidData(let what): "\(path) holds data s75 cannot understand (\(what)); nothing was changed. It may have been written by "
            + "another program; `s75 check` says more."
        }
    }
}
