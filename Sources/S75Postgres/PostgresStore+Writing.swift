import Foundation
import S75Documents
import S75Domain
import S75Store

extension PostgresStore {
    public func apply(_ change: Change, expecting expected: Int?, author: Author, at time: String) throws(StoreError) -> Int? {
        try apply([(change, expected)], author: author, at: time)[0]
    }

    /// Makes the edits as one transaction, each only if its record is still at the version expected. The agreement's
    /// writers take turns (a lock per agreement), so the check runs on the agreement as it is (kept between saves, and
    /// brought up to date with what others changed); the domain refuses what
    /// the session's role may not do, and the server's policies refuse it again whatever the client. The audit is the
    /// server's, written by its trigger in the same transaction. Never tried twice: a broken link is reported, and the
    /// session reads the record again.
    public func apply(_ changes: [(change: Change, expected: Int?)], author: Author, at time: String) throws(StoreError) -> [Int?] {
        guard readOnlyReason == nil else { throw StoreError(.readOnly, path: path) }
        let (versions, agreement, audited, own) = try run(retrying: false) { () throws -> ([Int?], Agreement, Int, [Int]) in
            try server.transaction { () throws -> ([Int?], Agreement, Int, [Int]) in
                try server.inTransaction("SELECT pg_advisory_xact_lock(hashtext($1))", [agreementID])
                try server.inTransaction("SELECT set_config('s75.client', $1, true)", [author.client])
                var agreement = try agreementNow()
                var versions: [Int?] = []
                for (change, expected) in changes {
                    let (version, wrote) = try write(change, expecting: expected, on: agreement)
                    if wrote {
                        let before = agreement
                        agreement = try checked(change, on: agreement)
                        if case .ledgerRule = change.key { try remap(after: change, from: before, to: agreement) }
                    }
                    versions.append(version)
                }
                let own = try server.inTransaction("SELECT sequence FROM s75.audit WHERE agreement = $1 AND made_in = pg_current_xact_id()",
                                                   [agreementID]).compactMap { $0[0].flatMap(Int.init) }
                return (versions, agreement, try lastAudit(), own)
            }
        }
        lock.withLock {
            cached = (audited, agreement)
            ownAudit.formUnion(own)
        }
        return versions
    }

    /// The agreement as stored now: the one this session last read or wrote, brought up to date with the records the
    /// trail says changed since (read one by one), or read whole when it cannot be.
    private func agreementNow() throws -> Agreement {
        let last = try lastAudit()
        guard let cached = lock.withLock({ cached }) else { return try agreementRead() }
        if cached.audit == last { return cached.agreement }
        let changed = try server.inTransaction("""
            SELECT DISTINCT entity, entity_id FROM s75.audit WHERE agreement = $1 AND sequence > $2 LIMIT 201
            """, [agreementID, String(cached.audit)])
        guard changed.count <= 200 else { return try agreementRead() }
        var agreement = cached.agreement
        for row in changed {
            guard let entity = row[0], let id = row[1], let key = RecordKey(entity: entity, id: id) else { return try agreementRead() }
            let body = try server.inTransaction("SELECT body FROM s75.record WHERE agreement = $1 AND entity = $2 AND id = $3",
                                                [agreementID, entity, id]).scalar
            do {
                try agreement.apply(Change(key: key, new: try record(entity: entity, body: body)))
            } catch {
                return try agreementRead()
            }
        }
        return agreement
    }

    /// The agreement read whole.
    private func agreementRead() throws -> Agreement {
        let rows = try server.inTransaction("SELECT entity, id, version, body FROM s75.record WHERE agreement = $1 ORDER BY position", [agreementID])
        return try Self.snapshot(of: rows, lastAudit: 0, path: path).agreement
    }

    /// Maps again the transactions of the cost centres a changed ledger rule names (before and after), as the rules now
    /// say, writing only those whose line changes.
    private func remap(after change: Change, from before: Agreement, to after: Agreement) throws {
        var costCentres: Set<String> = []
        for record in [before.record(change.key), change.new] {
            if case .ledgerRule(let rule)? = record { costCentres.insert(rule.costCentre) }
        }
        let mapping = LedgerMapping(after.ledgerRules)
        for costCentre in costCentres {
            let rows = try server.inTransaction("SELECT id, account, supplier, line FROM s75.ledger WHERE agreement = $1 AND cost_centre = $2",
                                                [agreementID, costCentre])
            for row in rows {
                let line = mapping.rule(costCentre: costCentre, account: row[1] ?? "", supplier: row[2] ?? "")?.lineID
                if line != row[3] { try server.inTransaction("UPDATE s75.ledger SET line = $1 WHERE id = $2", [line, row[0]]) }
            }
        }
    }

    /// The agreement's newest audit row.
    private func lastAudit() throws -> Int {
        Int(try server.inTransaction("SELECT coalesce(max(sequence), 0) FROM s75.audit WHERE agreement = $1", [agreementID]).scalar ?? "") ?? 0
    }

    /// `agreement` with `change` made, or the domain's reason why not.
    private func checked(_ change: Change, on agreement: Agreement) throws(StoreError) -> Agreement {
        do {
            return try agreement.applying(change)
        } catch {
            throw StoreError(.invalidEdit(error.message), path: path)
        }
    }

    /// Writes `change` if its record is at `expected`: the record's version after (nil once removed), and whether
    /// anything was written.
    private func write(_ change: Change, expecting expected: Int?, on agreement: Agreement) throws -> (Int?, Bool) {
        let key = change.key
        let where_ = "agreement = $1 AND entity = $2 AND id = $3"
        let arguments: [String?] = [agreementID, key.entity, key.id]
        let current = Int(try server.inTransaction("SELECT version FROM s75.record WHERE \(where_)", arguments).scalar ?? "")
        let old = agreement.record(key)
        guard current == expected else { throw StoreError(.conflict(current: old, version: current), path: path) }
        if change.new == old { return (current, false) }  // nothing changes: nothing is written or audited
        if let refusal = agreement.refusal(of: change, by: role) { throw StoreError(.invalidEdit(refusal), path: path) }
        _ = try checked(change, on: agreement)
        let written: [[String?]]
        switch change.new {
        case nil:
            written = try server.inTransaction("DELETE FROM s75.record WHERE \(where_) AND version = $4 RETURNING 0", arguments + [expected.map(String.init)])
        case .some(let record) where current == nil:
            written = try server.inTransaction("INSERT INTO s75.record (agreement, entity, id, body) VALUES ($1, $2, $3, $4::jsonb) RETURNING version",
                                               arguments + [try body(record)])
        case .some(let record):
            written = try server.inTransaction("""
                UPDATE s75.record SET body = $4::jsonb, version = version + 1 WHERE \(where_) AND version = $5 RETURNING version
                """, arguments + [try body(record), expected.map(String.init)])
        }
        // the version was checked with the agreement's writers taking turns: no row means a policy kept it out of reach
        guard !written.isEmpty else {
            throw StoreError(.invalidEdit("the server refused it: \(role) may not change \(key)"), path: path)
        }
        return (change.new == nil ? nil : Int(written[0][0] ?? ""), true)
    }

    /// The JSON the server keeps for `record`.
    private func body(_ record: AgreementRecord) throws -> String {
        try RecordDocument.body(of: record).serialized(pretty: false)
    }
}
