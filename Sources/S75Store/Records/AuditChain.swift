import Crypto
import Foundation
import GRDB
import S75Domain

/// The audit trail as a hash chain: each row carries SHA-256 over the previous row's hash and its own canonical bytes, so
/// altering or removing a row breaks every hash after it (docs/people.md). Every audit row is written here.
enum AuditChain {
    /// One row of the trail, as written.
    struct Row {
        var at: String
        var user: String
        var client: String
        var entity: String
        var entityID: String
        var field: String
        var old: String?
        var new: String?
    }

    /// Appends `row` to the trail, chained to the last row.
    static func append(_ row: Row, in db: Database) throws {
        let previous = try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY sequence DESC LIMIT 1") ?? ""
        try db.run("""
            INSERT INTO audit (at, user, client, entity, entityID, field, oldValue, newValue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [row.at, row.user, row.client, row.entity, row.entityID, row.field, row.old, row.new])
        let sequence = db.lastInsertedRowID
        try db.run("UPDATE audit SET hash = ? WHERE sequence = ?", [hash(previous, sequence, row), sequence])
    }

    /// SHA-256, in hex, over the previous hash and the row's canonical bytes: each field length-prefixed, absent ones marked.
    static func hash(_ previous: String, _ sequence: Int64, _ row: Row) -> String {
        var bytes = Data(previous.utf8)
        for field in ["\(sequence)", row.at, row.user, row.client, row.entity, row.entityID, row.field, row.old, row.new] as [String?] {
            guard let field else { bytes.append(contentsOf: Array("-;".utf8)); continue }
            bytes.append(contentsOf: Array("\(field.utf8.count):".utf8) + Array(field.utf8) + Array(";".utf8))
        }
        return SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// Hashes the rows already in the trail, oldest first (migration `v25-audit-chain`): the chain starts from them as they are.
    static func chainExisting(in db: Database) throws {
        var previous = ""
        let rows = try GRDB.Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY sequence")
        for r in rows {
            let sequence: Int64 = r["sequence"]
            previous = hash(previous, sequence, row(r))
            try db.run("UPDATE audit SET hash = ? WHERE sequence = ?", [previous, sequence])
        }
    }

    static func row(_ r: GRDB.Row) -> Row {
        Row(at: r["at"], user: r["user"], client: r["client"], entity: r["entity"], entityID: r["entityID"], field: r["field"],
            old: r["oldValue"], new: r["newValue"])
    }

    /// Walks the chain and compares the trail with the records: the first row whose hash does not follow from the rows
    /// before it (altered, or one before it removed), and each audited field whose value in the file is not the one the
    /// trail last recorded (changed outside s75). Nothing when the file and its trail agree. Also the chain's head.
    static func verify(in db: Database, agreement: Agreement) throws -> (problems: [String], head: (sequence: Int64, hash: String)?) {
        var problems: [String] = []
        var previous = "", head: (Int64, String)?
        var latest: [String: (key: RecordKey, field: String, value: String?)] = [:]
        let cursor = try GRDB.Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY sequence")
        var chainBroken = false
        while let r = try cursor.next() {
            let sequence: Int64 = r["sequence"], row = row(r), stored: String? = r["hash"]
            let expected = hash(previous, sequence, row)
            if !chainBroken, stored != expected {
                problems.append("audit row \(sequence) (\(row.entity) \(row.entityID) \(row.field)) does not follow from the rows before it: "
                                + "it, or a row before it, was altered or removed outside s75")
                chainBroken = true
            }
            previous = stored ?? expected
            head = (sequence, previous)
            if let key = RecordKey(entity: row.entity, id: row.entityID) {
                latest["\(row.entity)\u{1}\(row.entityID)\u{1}\(row.field)"] = (key, row.field, row.new)
            }
        }
        for (_, audited) in latest.sorted(by: { $0.key < $1.key }) {
            guard let record = agreement.record(audited.key) else { continue }  // removed since, or replaced by an import
            guard let now = record.fields.first(where: { $0.name == audited.field })?.value, let was = audited.value, now != was else { continue }
            problems.append("\(audited.key) \(audited.field) is \(now) in the file but \(was) in the audit trail: changed outside s75")
        }
        return (problems, head)
    }
}
