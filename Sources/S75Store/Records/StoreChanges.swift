import GRDB
import S75Domain

/// What other sessions have changed since a session last read the store, as the audit trail records it.
public enum StoreChanges: Sendable {
    /// Nothing was recorded.
    case none
    /// Only returns and meetings changed: each as it is now, and the last audit row read.
    case records([StoredRecord], through: Int)
    /// Anything else changed (or too many records to take one by one): the agreement must be read again whole.
    case everything
}

/// A record as it is stored now: nil once removed, with its version.
public struct StoredRecord: Sendable {
    public let key: RecordKey
    public let record: AgreementRecord?
    public let version: Int?

    public init(key: RecordKey, record: AgreementRecord?, version: Int?) {
        self.key = key
        self.record = record
        self.version = version
    }
}

extension S75Database {
    /// The most changed records a session takes one by one; beyond it, it reads the agreement again.
    static let mostChangedRecords = 200

    /// What was recorded after audit row `sequence`: the returns and meetings changed, read as they are now in the same
    /// read as the audit, or that everything must be read again. A session that keeps up this way reads what changed,
    /// not the whole agreement.
    public func changes(after sequence: Int) throws(StoreError) -> StoreChanges {
        try read { db in
            let changed = try Row.fetchAll(db, sql: "SELECT DISTINCT entity, entityID FROM audit WHERE sequence > ? LIMIT ?",
                                           arguments: [sequence, Self.mostChangedRecords + 1])
            guard !changed.isEmpty else { return .none }
            guard changed.count <= Self.mostChangedRecords else { return .everything }
            var keys: [RecordKey] = []
            for row in changed {
                guard let key = Self.returnOrMeeting(entity: row[0], id: row[1]) else { return .everything }
                keys.append(key)
            }
            let reader = AgreementReader(db: db, path: path)
            let records = try keys.map { key in
                StoredRecord(key: key, record: try reader.read(for: key).record(key), version: try RecordWriter.version(of: key, in: db))
            }
            return .records(records, through: try Self.lastAudit(in: db))
        }
    }

    /// The key of a return ("monitoring", "S02 2025-12") or a meeting ("meeting", "2026-01-20") named in the audit;
    /// nil for any other record.
    static func returnOrMeeting(entity: String, id: String) -> RecordKey? {
        switch entity {
        case "monitoring":
            guard let space = id.lastIndex(of: " "), let period = Period(String(id[id.index(after: space)...])) else { return nil }
            return .monitoring(String(id[..<space]), period)
        case "meeting":
            return DateOnly(id).map(RecordKey.meeting)
        default:
            return nil
        }
    }

    /// The last audit row's sequence number (0 before any).
    static func lastAudit(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT coalesce(max(sequence), 0) FROM audit") ?? 0
    }
}
