import Foundation
import S75Documents
import S75Domain
import S75Store
import Testing

/// A file written by s75 0.4 (its JSON columns in Swift's synthesised Codable) opens as the same agreement, and is
/// rewritten in the documents' shapes only when opened for writing.
@Suite("Files from 0.4")
struct UpgradeTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/northmoor-0.4.s75").path

    /// Northmoor as 0.4 wrote it: P08's type was free text then ("Private Sector (social enterprise)"), not the BCF list's,
    /// and contracts named no lines.
    static var northmoorAsWritten: Agreement {
        var a = Northmoor.agreement
        if let index = a.providers.firstIndex(where: { $0.id == "P08" }) { a.providers[index].providerType = "Private Sector (social enterprise)" }
        for index in a.contracts.indices { a.contracts[index].lineIDs = [] }  // contracts named no lines then
        a.governance.limits = .none  // nor were delegated limits figures, nor the terms of reference and attendance kept as records
        (a.governance.members, a.governance.votingMembersPerPartner, a.governance.retainedDecisions) = ([], 1, [])
        a.meetings[0].participation = .none
        a.meetings[0].attendance = "Present: Council Corporate Director Adults & Health (chair), ICB Northmoor Place Director, "
            + "Head of Finance – Adults, Health and Integration, ICB Deputy Chief Finance Officer. Apologies: none."
        return a
    }

    func copy() throws -> String {
        let path = try temporaryFolder() + "/old.s75"
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: path)
        return path
    }

    @Test("read-only, the 0.4 file is read through an upgraded copy: the same agreement, the file's bytes unchanged")
    func readOnly() throws {
        let path = try copy()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try SQLiteShell.query(path, "SELECT payment FROM contract WHERE id = 'K09';").contains("\"_0\""))
        let store = try S75Database.open(at: path, readOnly: true)
        #expect(try store.loadAgreement() == Self.northmoorAsWritten)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a 0.4 file the upgrade cannot read is refused for writing with every byte as it was, and no journal beside it")
    func failedUpgradeChangesNothing() throws {
        let path = try copy()
        let damage = Process()
        damage.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        damage.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE schemeLine SET commissioner = '{\\\"nonsense\\\":1}' WHERE id = 'S02'\"); c.commit(); c.close()", path]
        try damage.run()
        damage.waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try S75Database.open(at: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("opened for writing, the columns are rewritten as documents: tagged kinds, no _0; the agreement is unchanged")
    func upgraded() throws {
        let path = try copy()
        let store = try S75Database.open(at: path)
        #expect(try store.loadAgreement() == Self.northmoorAsWritten)
        let payment = try SQLiteShell.query(path, "SELECT payment FROM contract WHERE id = 'K09';")
        #expect(payment.hasPrefix("{\"atRiskPence\":24000000,\"components\":[{\"measure\":{\"kind\":\"metric\",\"metric\":\"M1\"}"))
        #expect(try SQLiteShell.query(path, "SELECT riskShare FROM agreement;").contains("\"kind\":\"capped-proportional\""))
        #expect(try SQLiteShell.query(path, "SELECT commissioner FROM schemeLine WHERE id = 'S08a';") == "{\"kind\":\"joint\",\"nhsBasisPoints\":4400}")
        #expect(try !SQLiteShell.query(path, "SELECT body FROM metric;").contains("_0"))
        #expect(try ColumnCodec.payment.value(payment) == Northmoor.agreement.contracts.first { $0.id == "K09" }?.payment)
    }
}
