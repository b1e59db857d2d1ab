import Foundation
import S75Domain
import S75Postgres
import S75Store
import S75TestSupport
import Testing

/// The server enforces the roles itself: tried through psql as each operating-system account (made with `useradd`,
/// run with `runuser`), not only through s75. Needs root (CI runs as root).
@Suite("Roles the server enforces, tried through psql as each account", .serialized)
struct ServerRolesTests {
    static let pfm = "s75pg-pfm", lead = "s75pg-lead", viewer = "s75pg-viewer", stranger = "s75pg-stranger"

    /// The agreement's ID on the test server, with its people: a PFM, the ICB's finance lead and a viewer; made once.
    static let agreementID: String? = {
        guard geteuid() == 0 else { return nil }
        for account in [pfm, lead, viewer, stranger] where (try? Shell.run("/usr/bin/id", [account]).status) != 0 {
            _ = try? Shell.run("/usr/sbin/useradd", ["--no-create-home", "--shell", "/bin/sh", account])
        }
        var agreement = Northmoor.agreement
        agreement.people = [Person(account: pfm, name: "Pat Fund", partnerID: "LA", roles: [.pfm]),
                            Person(account: lead, name: "Lee ICB", partnerID: "ICB", roles: [.financeLead]),
                            Person(account: viewer, name: "Vi Ewer", partnerID: "LA", roles: [.viewer])]
        let id = TestServer.freshID("roles")
        let address = TestServer.address.naming(id)
        guard (try? ServerRegion.admit(agreement, at: address)) != nil, (try? ServerRegion.admit(accounts: [stranger], at: address)) != nil,
              (try? ServerRegion.create(agreement, earlierAudit: [], at: address)) != nil else { return nil }
        return id
    }()

    /// What psql prints running `sql` as `account` (its first line of error when it fails).
    func psql(_ account: String, _ sql: String, environment: [String: String] = [:]) throws -> (ok: Bool, text: String) {
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        let result = try Shell.run("/usr/sbin/runuser", ["-u", account, "--", "/usr/bin/psql", "-h", TestServer.cluster.folder, "-d", "s75", "-XAtq",
                                                         "-v", "ON_ERROR_STOP=1", "-c", sql], environment: env)
        return (result.status == 0, (result.status == 0 ? result.output : result.error).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The agreement's ID; nil (and a line saying why) when this process cannot make accounts.
    func id() -> String? {
        guard let id = Self.agreementID else {
            print("skipped: making accounts needs root and useradd (apt-get install passwd); CI runs this as root")
            return nil
        }
        return id
    }

    /// A statement that changes a return's commentary and says how many rows it changed.
    func commenting(_ line: String, in id: String, _ text: String) -> String {
        """
        WITH changed AS (UPDATE s75.record SET body = jsonb_set(body, '{entry,commentary}', '"\(text)"'), version = version + 1
          WHERE agreement = '\(id)' AND entity = 'monitoring' AND id = '\(line) 2025-12' RETURNING 1) SELECT count(*) FROM changed
        """
    }

    @Test("an account sees the agreements it is among and nothing of the others'")
    func reading() throws {
        guard let id = id() else { return }
        let records = "SELECT count(*) FROM s75.record WHERE agreement = '\(id)'"
        #expect(try psql(Self.viewer, records).text != "0")
        #expect(try psql(Self.stranger, records).text == "0")
        #expect(try psql(Self.stranger, "SELECT count(*) FROM s75.agreement WHERE id = '\(id)'").text == "0")
        #expect(try psql(Self.stranger, "SELECT count(*) FROM s75.audit WHERE agreement = '\(id)'").text == "0")
    }

    @Test("a partner's finance lead writes returns for its partner's lines only; a viewer writes nothing")
    func writingReturns() throws {
        guard let id = id() else { return }
        #expect(try psql(Self.lead, commenting("S04", in: id, "ICB line, by its lead")).text == "1")  // S04 is the ICB's
        #expect(try psql(Self.lead, commenting("S02", in: id, "council line")).text == "0")  // S02 is the council's
        #expect(try psql(Self.viewer, commenting("S04", in: id, "a viewer")).text == "0")
        #expect(try psql(Self.pfm, commenting("S02", in: id, "the PFM")).text == "1")
        let insert = try psql(Self.viewer, """
            INSERT INTO s75.record (agreement, entity, id, body) VALUES ('\(id)', 'risk', 'R9', '{}')
            """)
        #expect(!insert.ok && insert.text.contains("row-level security"))
        let person = try psql(Self.lead, """
            INSERT INTO s75.record (agreement, entity, id, body) VALUES ('\(id)', 'person', 'intruder',
              '{"account": "intruder", "otherAccounts": [], "name": "I", "partner": "ICB", "roles": ["pfm"], "lines": []}')
            """)
        #expect(!person.ok && person.text.contains("row-level security"))
        #expect(try psql(Self.viewer, "WITH gone AS (DELETE FROM s75.record WHERE agreement = '\(id)' RETURNING 1) SELECT count(*) FROM gone").text == "0")
    }

    @Test("a partner's finance lead imports its own partner's ledger only, into imports it made; a viewer imports nothing")
    func ledger() throws {
        guard let id = id() else { return }
        func batch(_ account: String, _ partner: String) throws -> (ok: Bool, text: String) {
            try psql(account, "INSERT INTO s75.ledger_batch (agreement, partner, file_name) VALUES ('\(id)', '\(partner)', 'gl.csv') RETURNING id")
        }
        let own = try batch(Self.lead, "ICB")
        #expect(own.ok, "\(own.text)")
        for (account, partner) in [(Self.lead, "LA"), (Self.viewer, "LA"), (Self.stranger, "ICB")] {
            let refused = try batch(account, partner)
            #expect(!refused.ok && refused.text.contains("row-level security"), "\(account) \(partner)")
        }
        let pfmBatch = try batch(Self.pfm, "LA")
        #expect(pfmBatch.ok)
        let into = try psql(Self.lead, """
            INSERT INTO s75.ledger (agreement, batch, posting_date, period, cost_centre, cost_centre_name, account, account_name, supplier,
              description, document, amount_pence, row_key) VALUES ('\(id)', \(pfmBatch.text), '2025-12-01', '2025-12', 'NC1', '', '5101', '', 's',
              'd', 'doc', 100, md5('x')::uuid)
            """)
        #expect(!into.ok && into.text.contains("row-level security"))
    }

    @Test("the audit is the server's: its trigger records the session's role, and no one but the owner may alter or remove a row")
    func audit() throws {
        guard let id = id() else { return }
        #expect(try psql(Self.lead, commenting("S05", in: id, "audited")).text == "1")
        let newest = try psql(Self.pfm, "SELECT role, entity_id FROM s75.audit WHERE agreement = '\(id)' ORDER BY sequence DESC LIMIT 1")
        #expect(newest.text == "\(Self.lead)|S05 2025-12")
        for account in [Self.lead, Self.pfm] {
            for sql in ["DELETE FROM s75.audit WHERE agreement = '\(id)'", "UPDATE s75.audit SET role = 'someone' WHERE agreement = '\(id)'",
                        "INSERT INTO s75.audit (agreement, at, role, client, entity, entity_id) VALUES ('\(id)', 'now', 'x', '', 'risk', 'R1')"] {
                let refused = try psql(account, sql)
                #expect(!refused.ok && refused.text.contains("permission denied"), "\(account): \(sql)")
            }
        }
        let store = try PostgresStore(TestServer.address.naming(id), readOnly: true)
        #expect(try store.verifyAuditTrail().problems.isEmpty)
        // the owner can alter the trail; the chain then says so
        _ = try Shell.run("/usr/sbin/runuser", ["-u", "root", "--", "/usr/bin/psql", "-h", TestServer.cluster.folder, "-d", "s75", "-XAtqc",
                                                "UPDATE s75.audit SET role = 'someone else' WHERE agreement = '\(id)' AND entity_id = 'S05 2025-12'"])
        #expect(try store.verifyAuditTrail().problems.first?.contains("does not follow from the rows before it") == true)
    }

    @Test("peer authentication: an account connects as itself and no other, whatever PGUSER says")
    func peer() throws {
        guard id() != nil else { return }
        #expect(try psql(Self.lead, "SELECT session_user").text == Self.lead)
        let other = try psql(Self.lead, "SELECT session_user", environment: ["PGUSER": Self.pfm])
        #expect(!other.ok && other.text.contains("Peer authentication failed"))
    }

    @Test("only the chair closes a meeting, even for a role that may record one")
    func closingMeeting() throws {
        guard let id = id() else { return }
        let closing = try psql(Self.pfm, """
            UPDATE s75.record SET body = body || '{"closed": {"closedOn": "2025-10-21", "closedBy": "x", "boardName": "b", "title": "t",
              "minutes": [], "quorum": "q", "notTakingPart": []}}', version = version + 1
            WHERE agreement = '\(id)' AND entity = 'meeting'
            """)
        #expect(!closing.ok && closing.text.contains("only the chair closes a meeting"))
    }
}
