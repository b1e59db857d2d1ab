import Foundation
import GRDB
import S75Domain

/// The one gateway to an agreement file: every read and write of the store goes through it.
///
/// A store is one SQLite file in WAL mode, so that several s75 sessions (a board meeting and
/// commissioners over ssh) can have it open at once. A file is looked at before anything is
/// written: it must be a regular file whose header carries s75's application id (read as plain
/// bytes, without SQLite). Only then is it opened:
///
/// - writable, and opened for writing: one connection; an older file is upgraded in place;
/// - writable, but read-only was asked for (`--read-only`, `check`, `report`): the same connection,
///   which never writes; an older file is read through an upgraded copy in memory;
/// - the file's mode bits or its folder deny writing: reads go through a private copy in a temporary
///   folder (taken again whenever the file changes), so SQLite never creates a journal beside the original.
///
/// ```swift
/// let store = try S75Database.create(at: "northmoor.s75", with: Northmoor.agreement, author: Author(user: "pfm"))
/// let agreement = try store.loadAgreement()
/// ```
public struct S75Database: Sendable {
    /// How the file is reached.
    private enum Access: Sendable {
        /// A connection to the file itself.
        case direct(any DatabaseWriter)
        /// A private copy of the file, taken again whenever the file changes.
        case copy(StoreCopy)
    }

    private let access: Access
    /// Whether the file's schema is older than this s75's (read through an upgraded copy).
    private let needsUpgrade: Bool
    /// The file, or ":memory:".
    public let path: String
    /// Whether nothing can be saved: asked for, or the file or its folder cannot be written.
    public let isReadOnly: Bool
    /// Why the store is read-only, in words for the status line; nil when it can be written.
    public let readOnlyReason: String?
    /// What the opening check read, for the first ``loadSnapshot()``.
    private let opening: OpeningSnapshot?
    /// Whether the ledger's search index served the last filter by text.
    let searchMemo = LedgerSearchMemo()

    private init(access: Access, needsUpgrade: Bool, path: String, readOnlyReason: String?, opening: OpeningSnapshot? = nil) {
        self.access = access
        self.needsUpgrade = needsUpgrade
        self.path = path
        self.isReadOnly = readOnlyReason != nil
        self.readOnlyReason = readOnlyReason
        self.opening = opening
    }

    /// Creates a new store file at `path` holding `agreement`, atomically: it is built under a
    /// temporary name in the same folder, synced, and linked into place only when complete, so a
    /// failure (a full disk) leaves nothing behind. Fails if the file exists.
    public static func create(at path: String, with agreement: Agreement,
                              author: Author) throws(StoreError) -> S75Database {
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError(.alreadyExists, path: path) }
        try AtomicCreate.write(path) { (queue: DatabaseQueue) in
            try Migrations.migrator.migrate(queue)
            try queue.write { db in
                try AgreementWriter.insert(agreement, into: db)
                try AuditChain.append(.init(at: Self.now(), user: author.user, client: author.client, entity: "agreement", entityID: agreement.id,
                                            field: "created", old: nil, new: agreement.title), in: db)
            }
        }
        return try open(at: path)
    }

    /// Now, as the audit trail records times: ISO 8601 in UTC to the second.
    /// `text` for a LIKE pattern: its own % and _ (and the escape) matched as themselves.
    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    public static func now() -> String {
        Date().formatted(.iso8601)
    }

    /// Opens the existing store at `path`; read-only when asked, or when the file or its folder cannot be written
    /// (a file whose mode bits deny writing counts as read-only, even for root, unless `ignoringModeBits`).
    public static func open(at path: String, readOnly requested: Bool = false, ignoringModeBits: Bool = false) throws(StoreError) -> S75Database {
        let file = try StoreFile.inspect(path, ignoringModeBits: ignoringModeBits)
        let reason: String? = !file.fileWritable ? "the file is read-only"
            : !file.folderWritable ? "its folder is read-only"
            : requested ? "opened read-only" : nil
        if !file.fileWritable || !file.folderWritable { return try openCopy(path, reason: reason) }
        let journals = [path + "-wal", path + "-shm"].filter { !FileManager.default.fileExists(atPath: $0) }
        do {
            return try StoreErrors.map(path: path) { () throws -> S75Database in
                // A queue writes nothing on opening (a pool makes sure its WAL file exists by creating and
                // dropping a table), so the schema is checked through one before anything may be written.
                let queue = try DatabaseQueue(path: path, configuration: configuration(readOnly: false))
                let upgrade = try Migrations.check(queue, path: path)
                if reason != nil { return S75Database(access: .direct(queue), needsUpgrade: upgrade, path: path, readOnlyReason: reason) }
                // A file with a code or a JSON value s75 cannot read is refused before anything is written; what is read
                // is kept for the session's first frame.
                let checked = upgrade ? nil : try queue.read { db in try Self.snapshot(in: db, path: path) }
                // GRDB's pool makes its write-ahead log exist by creating and dropping a table when the log is missing or
                // empty, which changes the file's header although nothing is written. A transaction that changes one row
                // and changes it back puts its page in the log instead (SQLite skips an update that changes nothing), so
                // the file's bytes stay as they were; the queue holds the log open until the pool has its own connections.
                let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
                if !upgrade, walSize == 0 {
                    // nothing is changed, so nothing need be on the disk before the session goes on: no sync at commit
                    try queue.inDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
                    try queue.write { db in
                        let first = "rowid = (SELECT min(rowid) FROM agreement)"
                        try db.execute(sql: "UPDATE agreement SET title = title || ' ' WHERE \(first)")
                        try db.execute(sql: "UPDATE agreement SET title = substr(title, 1, length(title) - 1) WHERE \(first)")
                    }
                }
                defer { try? queue.close() }
                if upgrade {
                    // An older file is upgraded on a private copy first: one the upgrade cannot read is refused with the
                    // file exactly as it was (its journal mode and header untouched), not half upgraded.
                    _ = try StoreCopy(path: path).read(upgrade: true) { copy in
                        try copy.read { db in try AgreementReader(db: db, path: path).read() }
                    }
                }
                let pool = try DatabasePool(path: path, configuration: configuration(readOnly: false))
                if upgrade { try Migrations.migrator.migrate(pool) }
                let store = S75Database(access: .direct(pool), needsUpgrade: false, path: path, readOnlyReason: nil,
                                        opening: checked.map(OpeningSnapshot.init))
                try store.clearUnfinishedImports(with: pool)
                return store
            }
        } catch {
            // Journal files this attempt made and left (near) empty, as on a full disk, go again: the folder is left as it was.
            for journal in journals where ((try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int) ?? .max) <= 32_768 {
                try? FileManager.default.removeItem(atPath: journal)
            }
            // Reading needs no room beside the file: a full disk or a locked file can still be read through a copy.
            guard reason != nil, [.diskFull, .ioError, .unreadable, .busy].contains(error.kind) else { throw error }
            return try openCopy(path, reason: reason)
        }
    }

    /// Opens the store at `path` for a command that reads and ends (check, report, log, export …), leaving the file and
    /// its side files exactly as they were. A file with a write-ahead log (another session's, or one a killed writer
    /// left) is read through a private copy, so the log is never folded into it or deleted; a file without one is read
    /// as immutable, so no journal is made beside it. A file of an older schema is read through a copy brought up to
    /// date; the file itself is not upgraded.
    public static func openToRead(at path: String) throws(StoreError) -> S75Database {
        _ = try StoreFile.inspect(path, ignoringModeBits: true)
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        if log > 0 { return try openCopy(path, reason: "opened read-only") }
        let location = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))) ?? path)
            + "?immutable=1"
        let queue = try StoreErrors.map(path: path) { try DatabaseQueue(path: location, configuration: configuration(readOnly: true)) }
        if try StoreErrors.map(path: path, { try Migrations.check(queue, path: path) }) {
            try? queue.close()
            return try openCopy(path, reason: "opened read-only")
        }
        return S75Database(access: .direct(queue), needsUpgrade: false, path: path, readOnlyReason: "opened read-only")
    }

    /// Removes the private copies of files this process reads through them: for a process told to stop (a hang-up, an
    /// ssh drop, SIGTERM), which ends before any store is released.
    public static func removePrivateCopies() { StoreCopy.removeAll() }

    /// A store read through private copies of the file.
    private static func openCopy(_ path: String, reason: String?) throws(StoreError) -> S75Database {
        let copy = StoreCopy(path: path)
        let upgrade = try StoreErrors.map(path: path) { try copy.read(upgrade: false) { queue in try Migrations.check(queue, path: path) } }
        return S75Database(access: .copy(copy), needsUpgrade: upgrade, path: path, readOnlyReason: reason)
    }

    /// A store in memory, for tests.
    public static func inMemory(with agreement: Agreement) throws(StoreError) -> S75Database {
        try StoreErrors.map(path: ":memory:") { () throws -> S75Database in
            let queue = try DatabaseQueue(configuration: configuration(readOnly: false))
            try Migrations.migrator.migrate(queue)
            try queue.write { db in try AgreementWriter.insert(agreement, into: db) }
            return S75Database(access: .direct(queue), needsUpgrade: false, path: ":memory:", readOnlyReason: nil)
        }
    }

    /// Reads the whole agreement.
    public func loadAgreement() throws(StoreError) -> Agreement {
        try read { db in try AgreementReader(db: db, path: path).read() }
    }

    /// The connection that writes to the file; refused when the store is read-only.
    func writableConnection() throws(StoreError) -> any DatabaseWriter {
        guard !isReadOnly, case .direct(let writer) = access else { throw StoreError(.readOnly, path: path) }
        return writer
    }

    /// Whether a read on another thread runs beside this one's rather than after it: the file itself through a pool of
    /// connections, not a private copy or an upgraded one read through a single connection.
    var readsAlongside: Bool {
        guard case .direct(let connection) = access else { return false }
        return connection is DatabasePool && !needsUpgrade
    }

    /// Runs `body` on a consistent view of the store at the current schema, without writing to the file.
    func read<T>(_ body: @escaping (Database) throws -> T) throws(StoreError) -> T {
        switch access {
        case .direct(let connection):
            guard needsUpgrade else { return try StoreErrors.map(path: path) { try connection.read(body) } }
            return try StoreErrors.map(path: path) {
                let memory = try DatabaseQueue(configuration: Self.configuration(readOnly: false))
                try connection.backup(to: memory)
                try Migrations.migrator.migrate(memory)
                return try memory.read(body)
            }
        case .copy(let copy):
            return try StoreErrors.map(path: path) { try copy.read(upgrade: needsUpgrade) { queue in try queue.read(body) } }
        }
    }

    /// The agreement with the version of every record, read in one transaction: what edits are based on.
    public func loadSnapshot() throws(StoreError) -> StoreSnapshot {
        try read { [path, opening] db in
            if let opening, let checked = opening.take(ifLastAuditIs: try Self.lastAudit(in: db)) { return checked }
            return try Self.snapshot(in: db, path: path)
        }
    }

    private static func snapshot(in db: Database, path: String) throws -> StoreSnapshot {
        StoreSnapshot(agreement: try AgreementReader(db: db, path: path).read(), versions: try RecordWriter.versions(in: db),
                      lastAudit: try lastAudit(in: db))
    }

    /// Makes one edit, durably, with its audit rows, if the record is still at version `expected` (nil: it
    /// must not exist yet). Returns the record's new version (nil once removed).
    ///
    /// One transaction: a conditional write, then the audit rows, then the commit (synchronous = FULL),
    /// so that once this returns the edit survives a crash. A record changed by someone else meanwhile is
    /// a `.conflict` carrying it as it is now; nothing is written then.
    @discardableResult
    public func apply(_ change: Change, expecting expected: Int?, author: Author, at time: String) throws(StoreError) -> Int? {
        guard !isReadOnly, case .direct(let writer) = access else { throw StoreError(.readOnly, path: path) }
        return try StoreErrors.map(path: path) {
            try writer.write { db in
                try RecordWriter.apply(change, expecting: expected, author: author, at: time, path: path, in: db)
            }
        }
    }

    /// The audit trail checked against itself and the file (docs/people.md): the first row its hash chain does not
    /// vouch for, and each audited field whose value in the file is not the one last recorded; with the chain's head (its
    /// last row and hash), which a board may note to prove later that nothing was taken from the end.
    public func verifyAuditTrail() throws(StoreError) -> (problems: [String], head: (sequence: Int64, hash: String)?) {
        let path = path
        return try read { db in try AuditChain.verify(in: db, agreement: try AgreementReader(db: db, path: path).read()) }
    }

    /// The audit trail, newest first: every change since `since` (an ISO date or time, inclusive), of the record
    /// `entity` (a line "S02" with its returns, a return "S02 2025-12", or the agreement by its ID), of the kind of
    /// record `kind` ("monitoring", "line" …), of records of the month `period` ("2025-12": its returns, meetings and
    /// decisions), by `user`, each when given. A month given as `entity` is taken as `period`.
    public func auditTrail(since: String? = nil, entity: String? = nil, user: String? = nil, kind: String? = nil,
                           period: String? = nil) throws(StoreError) -> [AuditEntry] {
        let month = period ?? entity.flatMap { Period($0) }?.description
        let record = entity.flatMap { Period($0) == nil ? $0 : nil }
        return try read { db in
            var filters: [String] = []
            var arguments: StatementArguments = []
            if let since { filters.append("at >= ?"); arguments += [since] }
            if let record {
                filters.append("(entityID = ? OR entityID LIKE ? ESCAPE '\\' OR (entity = 'agreement' AND (? IN (SELECT id FROM agreement) OR ? = 'agreement')))")
                arguments += [record, Self.likeEscaped(record) + " %", record, record]
            }
            if let kind { filters.append("entity = ?"); arguments += [kind] }
            if let month {
                // a record named by its month, or a variation or adjustment that ever took effect in, was entered in or corrected it
                filters.append("""
                    (entityID LIKE ? ESCAPE '\\' OR entityID LIKE ? ESCAPE '\\' OR entityID = ? OR (entity, entityID) IN (SELECT entity, entityID FROM audit
                      WHERE field IN ('effective', 'enteredIn', 'relatesTo') AND (newValue = ? OR oldValue = ?)))
                    """)
                arguments += ["% " + Self.likeEscaped(month), Self.likeEscaped(month) + "-%", month, month, month]
            }
            if let user { filters.append("user = ?"); arguments += [user] }
            let filter = filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: "SELECT * FROM audit \(filter) ORDER BY sequence DESC", arguments: arguments).map { row in
                AuditEntry(sequence: try row.decode(Int64.self, forColumn: "sequence"), at: try row.decode(String.self, forColumn: "at"),
                           user: try row.decode(String.self, forColumn: "user"), client: try row.decode(String.self, forColumn: "client"),
                           entity: try row.decode(String.self, forColumn: "entity"),
                           entityID: try row.decode(String.self, forColumn: "entityID"),
                           field: try row.decode(String.self, forColumn: "field"),
                           old: try row.decode(String?.self, forColumn: "oldValue"),
                           new: try row.decode(String?.self, forColumn: "newValue"))
            }
        }
    }

    /// Replaces everything in the store with `agreement`, in one transaction: all or nothing.
    ///
    /// Only for a new file, a sample or an import; edits go through per-record writes. With `audit`, the replacement is
    /// recorded as one change: who made it, and the file it came from.
    public func replaceAgreement(with agreement: Agreement, audit: (author: Author, source: String)? = nil) throws(StoreError) {
        guard !isReadOnly, case .direct(let writer) = access else { throw StoreError(.readOnly, path: path) }
        try StoreErrors.map(path: path) {
            try writer.write { db in
                if (try Int.fetchOne(db, sql: "SELECT count(*) FROM agreement") ?? 0) > 0 {
                    do {
                        let existing = try AgreementReader(db: db, path: path).read()
                        if let audit, let refusal = existing.refusalOfReplacement(by: audit.author.user) { throw EditError(refusal) }
                        try existing.checkReplacement(by: agreement)
                    } catch let refused as EditError {
                        throw StoreError(.invalidEdit(refused.message), path: path)
                    }
                }
                if let audit {
                    let old = try String.fetchOne(db, sql: "SELECT title FROM agreement LIMIT 1")
                    try AuditChain.append(.init(at: Self.now(), user: audit.author.user, client: audit.author.client, entity: "agreement",
                                                entityID: agreement.id, field: "replaced", old: old, new: "\(agreement.title), from \(audit.source)"), in: db)
                }
                for table in ["risk", "bcfReturnAnswers", "settlementPayment", "signOff", "person", "contributionInstalment", "budgetVariation", "priorPeriodAdjustment", "monthClose", "chargeBack", "ledgerRule", "personalBudget", "minute", "meeting", "metricValue", "metric", "contract", "monitoringEntry", "schemeLine", "provider",
                              "contribution", "partner", "agreement"] {
                    try db.execute(sql: "DELETE FROM \(table)")
                }
                try AgreementWriter.insert(agreement, into: db)
                try LedgerMapper.remapAll(rules: agreement.ledgerRules, in: db)
            }
        }
    }

    /// A number that changes whenever another connection commits a change to the file.
    ///
    /// Sessions poll it (SQLite's `PRAGMA data_version`, or the file's size and time when read
    /// through a copy) to notice edits made by other processes.
    public func changeToken() throws(StoreError) -> Int {
        switch access {
        case .direct(let connection):
            return try StoreErrors.map(path: path) {
                try connection.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
            }
        case .copy:
            return StoreCopy.token(of: path)
        }
    }

    /// How long a long write (a ledger import) pauses between its transactions, so that an edit waiting for the file
    /// gets in between them rather than after them all: SQLite's busy handler tries again at least every 100 ms.
    static let giveWay: TimeInterval = 0.12

    static func configuration(readOnly: Bool) -> Configuration {
        var config = Configuration()
        config.readonly = readOnly
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(2)
        config.label = "s75"
        config.prepareDatabase { db in
            // A commit is on the disk before it returns, so "Saved" is never shown for an edit a crash could lose.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = FULL") }
        }
        return config
    }
}

/// The agreement as read, with each record's version: the base for edits.
public struct StoreSnapshot: Hashable, Sendable {
    public let agreement: Agreement
    public let versions: RecordVersions
    /// The last audit row when it was read: what a session asks for changes after.
    public let lastAudit: Int

    public init(agreement: Agreement, versions: RecordVersions, lastAudit: Int) {
        self.agreement = agreement
        self.versions = versions
        self.lastAudit = lastAudit
    }

    /// The version of the record with `key` as read; nil when the agreement has none.
    public func version(of key: RecordKey) -> Int? { versions.version(of: key, in: agreement) }
}
