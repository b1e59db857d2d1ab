import GRDB

/// Turns whatever GRDB or SQLite throws into a ``StoreError`` that says what to do.
enum StoreErrors {
    static func map<T>(path: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(kind(of: error, path: path), path: path)
        } catch {
            throw StoreError(StoreFile.diskIsFull(at: path) ? .diskFull : .failed("\(error)"), path: path)
        }
    }

    /// What a SQLite error means for the user; a failure on a full disk is "disk full", never "damaged".
    static func kind(of error: DatabaseError, path: String) -> StoreError.Kind {
        if error.resultCode != .SQLITE_BUSY, error.resultCode != .SQLITE_LOCKED, StoreFile.diskIsFull(at: path) { return .diskFull }
        return switch error.resultCode {
        case .SQLITE_READONLY: .readOnly
        case .SQLITE_FULL: .diskFull
        case .SQLITE_NOTADB: .notAnS75File
        case .SQLITE_CORRUPT: .corrupt
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy
        case .SQLITE_CANTOPEN: .unreadable
        case .SQLITE_PERM, .SQLITE_AUTH: .unreadable
        case .SQLITE_CONSTRAINT: .invalidData("a value broke a rule of the schema")
        case .SQLITE_IOERR: .ioError
        default: .failed(error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }
}
