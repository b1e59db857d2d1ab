import Foundation
import S75Documents
import S75Domain
import S75Store

/// A region's server as a whole: its schema, the agreements an account may see there, and moving an agreement in.
public enum ServerRegion {
    /// One agreement the account may see.
    public struct Listing: Hashable, Sendable {
        public let id: String
        public let title: String
        /// The role that moved it in.
        public let owner: String
    }

    /// Installs the schema if the server has none yet (run by the database's owner); whether it did.
    @discardableResult
    public static func install(at address: ServerAddress) throws(StoreError) -> Bool {
        let path = address.description
        let server = try connection(address)
        return try wrapped(path) { () throws in
            guard try server.value("SELECT to_regclass('s75.record') IS NULL") == "t" else { return false }
            try server.script(ServerSchema.statements)
            return true
        }
    }

    /// The agreements the account may see, by identifier.
    public static func agreements(at address: ServerAddress) throws(StoreError) -> [Listing] {
        let server = try PostgresStore.connect(address, path: address.description)
        return try wrapped(address.description) { () throws in try listings(on: server) }
    }

    /// The agreements `server`'s session may see, by identifier.
    static func listings(on server: ServerConnection) throws -> [Listing] {
        try server.query("SELECT id, title, owner FROM s75.agreement ORDER BY id").map { row in
            Listing(id: row[0] ?? "", title: row[1] ?? "", owner: row[2] ?? "")
        }
    }

    /// Makes `agreement` on the server as `address.agreement` (or its own ID), with the trail it had in its file, in one
    /// transaction: every record is written through the server's policies and audited by it, the people last. Refused
    /// when the server already has an agreement by that ID.
    public static func create(_ agreement: Agreement, earlierAudit: [AuditEntry], at address: ServerAddress) throws(StoreError) -> PostgresStore {
        let target = address.agreement == nil ? address.naming(agreement.id) : address
        let id = target.agreement ?? agreement.id
        let server = try PostgresStore.connect(target, path: target.description)
        try wrapped(target.description) { () throws in
            try server.transaction { () throws in
                guard try server.inTransaction("SELECT 1 FROM s75.agreement WHERE id = $1", [id]).isEmpty else {
                    throw StoreError(.alreadyExists, path: target.description)
                }
                try server.inTransaction("SELECT set_config('s75.client', 'moved in', true)")
                try server.inTransaction("INSERT INTO s75.agreement (id, title) VALUES ($1, $2)", [id, agreement.title])
                for e in earlierAudit.sorted(by: { $0.sequence < $1.sequence }) {
                    try server.inTransaction("""
                        INSERT INTO s75.earlier_audit (agreement, sequence, at, "user", client, entity, entity_id, field, old, new)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                        """, [id, String(e.sequence), e.at, e.user, e.client, e.entity, e.entityID, e.field, e.old, e.new])
                }
                for record in RecordDocument.records(of: agreement) {
                    try server.inTransaction("INSERT INTO s75.record (agreement, entity, id, body) VALUES ($1, $2, $3, $4::jsonb)",
                                             [id, record.key.entity, record.key.id, try RecordDocument.body(of: record).serialized(pretty: false)])
                }
            }
        }
        return try PostgresStore(target)
    }

    /// Gives each of `agreement`'s people a login role of their own account (run by a role that may create roles), so
    /// peer authentication lets them in. The accounts given roles.
    @discardableResult
    public static func admit(_ agreement: Agreement, at address: ServerAddress) throws(StoreError) -> [String] {
        try admit(accounts: agreement.people.flatMap { [$0.account] + $0.otherAccounts }, at: address)
    }

    /// Gives each of `accounts` a login role of its own name, granted s75's privileges (which the policies narrow);
    /// a role that exists is left as it is. The accounts given roles.
    @discardableResult
    public static func admit(accounts: [String], at address: ServerAddress) throws(StoreError) -> [String] {
        let server = try connection(address)
        return try wrapped(address.description) { () throws in
            var made: [String] = []
            for account in accounts where !made.contains(account) {
                guard try server.value("SELECT 1 FROM pg_roles WHERE rolname = $1", [account]) == nil else { continue }
                try server.query("CREATE ROLE \(ServerCluster.quoted(account)) LOGIN IN ROLE \(ServerSchema.userRole)")
                made.append(account)
            }
            return made
        }
    }

    /// A connection to the server, whether or not it holds s75's schema yet.
    static func connection(_ address: ServerAddress) throws(StoreError) -> ServerConnection {
        do {
            return try ServerConnection(address.connection)
        } catch {
            throw error.connecting(address.description)
        }
    }

    /// `work`'s result, with the server's errors said as the store's.
    static func wrapped<T>(_ path: String, _ work: () throws -> T) throws(StoreError) -> T {
        do {
            return try work()
        } catch let error as StoreError {
            throw error
        } catch let error as ServerError {
            throw error.state == "42501" ? StoreError(.invalidEdit("the server refused it: \(error.message)"), path: path)
                : error.isConnectionLost ? StoreError(.unreachable(error.message), path: path) : StoreError(.failed(error.message), path: path)
        } catch {
            throw StoreError(.failed("\(error)"), path: path)
        }
    }
}
