import Foundation
import S75Documents
import S75Domain
import S75Store

extension PostgresStore {
    /// The audit trail, newest first, narrowed as `S75Database.auditTrail` narrows it: the server's rows (one a record
    /// changed, shown field by field, with the role the server knew the session as), then the trail the agreement
    /// brought with it when it was moved in.
    public func auditTrail(since: String?, entity: String?, user: String?, kind: String?, period: String?) throws(StoreError) -> [AuditEntry] {
        let rows = try run { () throws in
            try server.query("""
                SELECT sequence, at, role, client, entity, entity_id, old, new FROM s75.audit WHERE agreement = $1 ORDER BY sequence DESC
                """, [agreementID])
        }
        var entries: [AuditEntry] = []
        for row in rows {
            guard let sequence = row[0].flatMap(Int64.init), let at = row[1], let role = row[2], let client = row[3], let kindName = row[4],
                  let id = row[5] else { continue }
            if kindName == "ledger import" {  // an import counted in, or removed: said as the file's trail says it
                let (field, words) = Self.ledgerImport(added: row[7], removed: row[6])
                entries.append(AuditEntry(sequence: sequence, at: at, user: role, client: client, entity: kindName, entityID: id, field: field,
                                          old: field == "removed" ? words : nil, new: field == "imported" ? words : nil))
                continue
            }
            if kindName == "agreement", id != "details" {  // the agreement's making
                let title = try? JSONValue.parse(Data((row[7] ?? "").utf8))
                guard case .object(let fields)? = title, case .string(let made)? = fields["created"] else { continue }
                entries.append(AuditEntry(sequence: sequence, at: at, user: role, client: client, entity: kindName, entityID: id, field: "created",
                                          old: nil, new: made))
                continue
            }
            let old = try record(entity: kindName, body: row[6]), new = try record(entity: kindName, body: row[7])
            for difference in Change.differences(from: old, to: new) {
                entries.append(AuditEntry(sequence: sequence, at: at, user: role, client: client, entity: kindName, entityID: id,
                                          field: difference.field, old: difference.old, new: difference.new))
            }
        }
        let earlier = try run { () throws in
            try server.query("""
                SELECT sequence, at, "user", client, entity, entity_id, field, old, new FROM s75.earlier_audit WHERE agreement = $1
                ORDER BY sequence DESC
                """, [agreementID])
        }
        for row in earlier {
            guard let sequence = row[0].flatMap(Int64.init), let at = row[1], let who = row[2], let client = row[3], let kindName = row[4],
                  let id = row[5], let field = row[6] else { continue }
            entries.append(AuditEntry(sequence: sequence, at: at, user: who, client: client, entity: kindName, entityID: id, field: field,
                                      old: row[7], new: row[8]))
        }
        let month = period ?? entity.flatMap { Period($0) }?.description
        let record = entity.flatMap { Period($0) == nil ? $0 : nil }
        let monthFields: Set<String> = ["effective", "enteredIn", "relatesTo"]
        let touchingMonth = Set(entries.filter { e in monthFields.contains(e.field) && (e.new == month || e.old == month) }.map { "\($0.entity) \($0.entityID)" })
        return entries.filter { e in
            if let since, e.at < since { return false }
            if let user, e.user != user { return false }
            if let kind, e.entity != kind { return false }
            if let record, !(e.entityID == record || e.entityID.hasPrefix(record + " ")
                             || e.entity == "agreement" && (record == "agreement" || record == agreementID)) { return false }
            if let month, !(e.entityID.hasSuffix(" " + month) || e.entityID.hasPrefix(month + "-") || e.entityID == month
                            || touchingMonth.contains("\(e.entity) \(e.entityID)")) { return false }
            return true
        }
    }

    /// A ledger import's audit row in words: "imported" with "gl.csv (LA): 20000 rows, £46,268,939.15", or "removed" with
    /// "gl.csv: 20000 rows".
    static func ledgerImport(added: String?, removed: String?) -> (field: String, words: String) {
        func fields(_ text: String?) -> [String: JSONValue]? {
            guard let text, case .object(let f)? = try? JSONValue.parse(Data(text.utf8)) else { return nil }
            return f
        }
        func text(_ f: [String: JSONValue], _ key: String) -> String {
            switch f[key] {
            case .string(let s)?: s
            case .int(let n)?: String(n)
            default: ""
            }
        }
        if let f = fields(added) {
            let pence: Int64 = if case .int(let n)? = f["pence"] { n } else { 0 }
            return ("imported", "\(text(f, "file")) (\(text(f, "partner"))): \(text(f, "rows")) rows, \(MoneyText.pounds(Money(pence: pence)))")
        }
        let f = fields(removed) ?? [:]
        return ("removed", "\(text(f, "file")): \(text(f, "rows")) rows")
    }

    /// Whether the server's trail is whole: the first row whose hash does not follow from the rows before it, as the
    /// server itself works it out; and the chain's head.
    public func verifyAuditTrail() throws(StoreError) -> (problems: [String], head: (sequence: Int64, hash: String)?) {
        try run { () throws in
            let broken = try server.value("SELECT s75.broken_link($1)", [agreementID])
            let head = try server.query("SELECT sequence, hash FROM s75.audit WHERE agreement = $1 ORDER BY sequence DESC LIMIT 1", [agreementID]).first
            let problems = broken.map { ["audit row \($0) does not follow from the rows before it: it, or a row before it, was altered or removed "
                                         + "on the server by its owner"] } ?? []
            return (problems, head.flatMap { row in row[0].flatMap(Int64.init).map { ($0, row[1] ?? "") } })
        }
    }
}
