import Foundation
import GRDB
import S75Domain

/// The one gateway to an agreement file: every read and write of the store goes through it.
///
/// A store is one SQLite file in WAL mode, so that several s75 sessions (a board meeting and
/// commissioners over ssh) can have it open at once. Opening checks that the file exists, is
/// an s75 file and is not from a newer s75; a file without write permission opens read-only.
///
/// ```swift
/// let store = try S75Database.create(at: "northmoor.s75", with: Northmoor.agreement)
/// let agreement = try store.loadAgreement()
/// ```
public struct S75Database: Sendable {
    private let writer: any DatabaseWriter
    /// The file, or ":memory:".
    public let path: String
    /// Whether the file can only be read (no write permission).
    public let isReadOnly: Bool

    private init(writer: any DatabaseWriter, path: String, isReadOnly: Bool) {
        self.writer = writer
        self.path = path
        self.isReadOnly = isReadOnly
    }

    /// Creates a new store file at `path` holding `agreement`. Fails if the file exists.
    public static func create(at path: String, with agreement: Agreement) throws(StoreError) -> S75Database {
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError(.alreadyExists, path: path) }
        let store = try StoreErrors.map(path: path) { () throws -> S75Database in
            let pool = try DatabasePool(path: path, configuration: configuration(readOnly: false))
            try Migrations.migrator.migrate(pool)
            return S75Database(writer: pool, path: path, isReadOnly: false)
        }
        try store.replaceAgreement(with: agreement)
        return store
    }

    /// Opens the existing store at `path`; read-only when asked, or when the file cannot be written.
    public static func open(at path: String, readOnly requested: Bool = false) throws(StoreError) -> S75Database {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError(.fileMissing, path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw StoreError(.unreadable, path: path) }
        let directory = (path as NSString).deletingLastPathComponent
        let readOnly = requested || !FileManager.default.isWritableFile(atPath: path)
            || !FileManager.default.isWritableFile(atPath: directory.isEmpty ? "." : directory)
        return try StoreErrors.map(path: path) { () throws -> S75Database in
            let writer: any DatabaseWriter = readOnly
                ? try DatabaseQueue(path: path, configuration: configuration(readOnly: true))
                : try DatabasePool(path: path, configuration: configuration(readOnly: false))
            try writer.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard id == Migrations.applicationID else { throw StoreError(.notAnS75File, path: path) }
                if try Migrations.migrator.hasBeenSuperseded(db) { throw StoreError(.schemaTooNew, path: path) }
                if readOnly, try !Migrations.migrator.hasCompletedMigrations(db) { throw StoreError(.needsUpgrade, path: path) }
            }
            if !readOnly { try Migrations.migrator.migrate(writer) }
            return S75Database(writer: writer, path: path, isReadOnly: readOnly)
        }
    }

    /// A store in memory, for tests.
    public static func inMemory(with agreement: Agreement) throws(StoreError) -> S75Database {
        let store = try StoreErrors.map(path: ":memory:") { () throws -> S75Database in
            let queue = try DatabaseQueue(configuration: configuration(readOnly: false))
            try Migrations.migrator.migrate(queue)
            return S75Database(writer: queue, path: ":memory:", isReadOnly: false)
        }
        try store.replaceAgreement(with: agreement)
        return store
    }

    /// Reads the whole agreement.
    public func loadAgreement() throws(StoreError) -> Agreement {
        try StoreErrors.map(path: path) { try writer.read { db in try AgreementReader(db: db, path: path).read() } }
    }

    /// Replaces everything in the store with `agreement`, in one transaction: all or nothing.
    public func replaceAgreement(with agreement: Agreement) throws(StoreError) {
        guard !isReadOnly else { throw StoreError(.readOnly, path: path) }
        try StoreErrors.map(path: path) {
            try writer.write { db in
                for table in ["metricValue", "metric", "contract", "monitoringEntry", "schemeLine", "provider",
                              "contribution", "partner", "agreement"] {
                    try db.execute(sql: "DELETE FROM \(table)")
                }
                try AgreementWriter.insert(agreement, into: db)
            }
        }
    }

    /// A number that changes whenever another connection commits a change to the file.
    ///
    /// Sessions poll it (SQLite's `PRAGMA data_version`) to notice edits made by other processes.
    public func changeToken() throws(StoreError) -> Int {
        try StoreErrors.map(path: path) {
            try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        }
    }

    private static func configuration(readOnly: Bool) -> Configuration {
        var config = Configuration()
        config.readonly = readOnly
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.label = "s75"
        return config
    }
}
