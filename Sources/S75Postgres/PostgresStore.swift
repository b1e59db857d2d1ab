import Foundation
import S75Documents
import S75Domain
import S75Store

/// One agreement on a region's PostgreSQL server, as a session uses it: the same store as an agreement file
/// (`AgreementStore`), with the server deciding who may read and write (row-level security over the person records),
/// writing the audit itself, and telling every session of each change (`LISTEN`/`NOTIFY`) so none has to ask.
public final class PostgresStore: AgreementStore, @unchecked Sendable {
    /// The address as given, for the status line and messages.
    public let path: String
    /// The agreement's identifier on the server.
    public let agreementID: String
    let server: ServerConnection
    let lock = NSLock()
    /// The newest audit row any notification (or this session's own read) has told of.
    private var latestAudit = 0
    /// The audit rows this session's own saves wrote: not changes made elsewhere.
    var ownAudit: Set<Int> = []
    /// The agreement as last read or written here, and the newest audit row then: a save reads only what changed since.
    var cached: (audit: Int, agreement: Agreement)?

    public let readOnlyReason: String?
    public var indexedLedgerSorts: Set<LedgerQuery.SortKey> { [] }

    /// Connects to the server at `address` and the agreement it names, and listens for changes to it; `readOnly`, it
    /// writes nothing whatever the account may do.
    public init(_ address: ServerAddress, readOnly: Bool = false) throws(StoreError) {
        path = address.description
        readOnlyReason = readOnly ? "opened read-only" : nil
        guard let agreement = address.agreement else {
            throw StoreError(.invalidData("no agreement is named: add ?agreement=ID, which `s75 agreements URL` lists"), path: path)
        }
        agreementID = agreement
        server = try Self.connect(address, path: path)
        try run { () throws in
            guard try server.value("SELECT 1 FROM s75.agreement WHERE id = $1", [agreementID]) != nil else { throw ServerError(message: "", state: "02000") }
            try server.query("LISTEN s75_changes")
            latestAudit = Int(try server.value("SELECT coalesce(max(sequence), 0) FROM s75.audit WHERE agreement = $1", [agreementID]) ?? "") ?? 0
        }
    }

    /// A connection to the server, or why there is none.
    static func connect(_ address: ServerAddress, path: String) throws(StoreError) -> ServerConnection {
        do {
            let server = try ServerConnection(address.connection)
            guard try server.value("SELECT to_regclass('s75.record') IS NOT NULL") == "t" else {
                throw StoreError(.notAnS75File, path: path)
            }
            if let version = try server.value("SELECT max(version) FROM s75.schema").flatMap(Int.init), version > ServerSchema.version {
                throw StoreError(.schemaTooNew, path: path)
            }
            return server
        } catch let error as ServerError {
            throw error.connecting(path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.failed("\(error)"), path: path)
        }
    }

    /// The role the server knows this session as: the operating-system account, by peer authentication.
    public var role: String { server.role }

    public func loadSnapshot() throws(StoreError) -> StoreSnapshot {
        try run { () throws in
            let snapshot = try Self.read(agreementID, on: server, path: path)
            lock.withLock { cached = (snapshot.lastAudit, snapshot.agreement) }
            return snapshot
        }
    }

    /// Agreement `id` as `server` holds it now, read in one snapshot of the database.
    static func read(_ id: String, on server: ServerConnection, path: String) throws -> StoreSnapshot {
        try server.transaction { () throws -> StoreSnapshot in
            try server.inTransaction("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            guard !(try server.inTransaction("SELECT 1 FROM s75.agreement WHERE id = $1", [id])).isEmpty else {
                throw ServerError(message: "", state: "02000")
            }
            let rows = try server.inTransaction("SELECT entity, id, version, body FROM s75.record WHERE agreement = $1 ORDER BY position", [id])
            let last = try server.inTransaction("SELECT coalesce(max(sequence), 0) FROM s75.audit WHERE agreement = $1", [id])
            return try snapshot(of: rows, lastAudit: Int(last.scalar ?? "") ?? 0, path: path)
        }
    }

    /// The agreement and versions `rows` (entity, id, version, body) hold.
    static func snapshot(of rows: [[String?]], lastAudit: Int, path: String) throws(StoreError) -> StoreSnapshot {
        var records: [(entity: String, body: JSONValue)] = []
        var versions: [RecordKey: Int] = [:]
        records.reserveCapacity(rows.count)
        for row in rows {
            guard let entity = row[0], let id = row[1], let version = row[2].flatMap(Int.init), let body = row[3] else { continue }
            do {
                records.append((entity, try JSONValue.parse(Data(body.utf8))))
            } catch {
                throw StoreError(.invalidData("\(entity) \(id): \(error)"), path: path)
            }
            if let key = RecordKey(entity: entity, id: id) { versions[key] = version }
        }
        do {
            let agreement = try RecordDocument.agreement(from: records)
            return StoreSnapshot(agreement: agreement, versions: RecordVersions(versions), lastAudit: lastAudit)
        } catch {
            throw StoreError(.invalidData(error.description), path: path)
        }
    }

    /// The newest change another session has made to the agreement, as the server's notifications told it: asking costs
    /// no round trip, as they arrive on the connection by themselves. This session's own saves do not count, as a file's
    /// do not.
    public func changeToken() throws(StoreError) -> Int {
        try run { () throws in
            for (_, payload) in try server.notifications() {
                let parts = payload.split(separator: ":")
                guard parts.count == 2, parts[0] == agreementID, let sequence = Int(parts[1]),
                      !lock.withLock({ ownAudit.contains(sequence) }) else { continue }
                lock.withLock { latestAudit = max(latestAudit, sequence) }
            }
            return lock.withLock { latestAudit }
        }
    }

    public func changes(after sequence: Int) throws(StoreError) -> StoreChanges {
        try run { () throws in
            try server.transaction { () throws -> StoreChanges in
                try server.inTransaction("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                let own = "{" + lock.withLock { ownAudit.filter { $0 > sequence }.map(String.init) }.joined(separator: ",") + "}"
                let changed = try server.inTransaction("""
                    SELECT DISTINCT entity, entity_id FROM s75.audit WHERE agreement = $1 AND sequence > $2 AND sequence <> ALL($3::bigint[])
                    LIMIT 201
                    """, [agreementID, String(sequence), own])
                guard !changed.isEmpty else { return .none }
                guard changed.count <= 200 else { return .everything }
                var stored: [StoredRecord] = []
                for row in changed {
                    guard let entity = row[0], let id = row[1], ["monitoring", "meeting"].contains(entity),
                          let key = RecordKey(entity: entity, id: id) else { return .everything }
                    let now = try server.inTransaction("SELECT version, body FROM s75.record WHERE agreement = $1 AND entity = $2 AND id = $3",
                                                       [agreementID, entity, id]).first
                    stored.append(StoredRecord(key: key, record: try now.flatMap { try self.record(entity: entity, body: $0[1]) },
                                               version: now?[0].flatMap(Int.init)))
                }
                let through = try server.inTransaction("SELECT coalesce(max(sequence), 0) FROM s75.audit WHERE agreement = $1", [agreementID])
                return .records(stored, through: Int(through.scalar ?? "") ?? sequence)
            }
        }
    }

    /// The record a stored body holds.
    func record(entity: String, body: String?) throws(StoreError) -> AgreementRecord? {
        guard let body else { return nil }
        do {
            return try RecordDocument.record(entity: entity, body: try JSONValue.parse(Data(body.utf8)))
        } catch {
            throw StoreError(.invalidData("\(entity): \(error.description)"), path: path)
        }
    }

    /// Runs `work` against the server, mapping what goes wrong to the store's errors. Work that meets a broken link is
    /// tried once more after connecting again, but a write (`retrying` false) only if the link broke before its commit
    /// was sent (nothing was done); one whose commit may have been made is reported, and the session reads the record
    /// again and sees.
    func run<T>(retrying: Bool = true, _ work: () throws -> T) throws(StoreError) -> T {
        do {
            do {
                return try work()
            } catch let error as ServerError where error.isConnectionLost && server.reconnect() {
                // listening again; what was announced while the link was down is read from the trail instead
                _ = try? server.query("LISTEN s75_changes")
                if let newest = try? server.value("SELECT coalesce(max(sequence), 0) FROM s75.audit WHERE agreement = $1", [agreementID]),
                   let sequence = Int(newest) {
                    lock.withLock { latestAudit = max(latestAudit, sequence) }
                }
                guard retrying || !error.atCommit else { throw error }
                return try work()
            }
        } catch let error as StoreError {
            throw error
        } catch let error as ServerError {
            throw storeError(error)
        } catch {
            throw StoreError(.failed("\(error)"), path: path)
        }
    }

    /// The store's error for what the server said.
    func storeError(_ error: ServerError) -> StoreError {
        switch error.state {
        case "02000"?: StoreError(.noSuchAgreement, path: path)
        case let state? where state == "42501": StoreError(.invalidEdit("the server refused it: \(error.message)"), path: path)
        case "40001"?, "40P01"?: StoreError(.busy, path: path)
        default: error.isConnectionLost ? StoreError(.unreachable(error.message), path: path) : StoreError(.failed(error.message), path: path)
        }
    }
}

extension ServerError {
    /// What failing to connect means for the store at `path`: the server not reached, or libpq not there to reach it.
    func connecting(_ path: String) -> StoreError {
        StoreError(clientMissing ? .clientMissing(message) : .unreachable(message), path: path)
    }
}
