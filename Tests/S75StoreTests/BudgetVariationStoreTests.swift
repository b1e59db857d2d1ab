import Foundation
import S75Documents
import S75Domain
import S75Store
import Testing

/// Budget variations in the file: kept, versioned and audited like any record; the undated virements of files written
/// before them become variations with the line's original budget.
@Suite("Budget variations in the store")
struct BudgetVariationStoreTests {
    static let virement = BudgetVariation(id: "V1", fromLineID: "S08a", toLineID: "S08b", amount: .pounds(90_000),
                                          effective: Period(year: 2025, month: 9), reason: "equipment demand moved to telecare")

    @Test("a variation is kept in the file and audited; one beyond the limits is refused by the store too, and nothing changes")
    func keptAndChecked() throws {
        let path = try temporaryFolder() + "/varied.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        #expect(try store.apply(Change(.variation(Self.virement)), expecting: nil, author: Author(user: "pfm"), at: "2025-10-01T10:00:00Z") == 1)
        let read = try S75Database.open(at: path, readOnly: true).loadSnapshot()
        #expect(read.agreement.budgetVariations == [Self.virement])
        #expect(read.version(of: .variation("V1")) == 1)
        #expect(read.agreement.line("S08b")?.budget == .pounds(1_800_000))
        let audit = try store.auditTrail().filter { $0.entity == "variation" }
        #expect(audit.contains { $0.field == "amount" && $0.new == "£90,000" })
        #expect(try store.auditTrail(period: "2025-09").contains { $0.entity == "variation" && $0.entityID == "V1" })
        #expect(try store.auditTrail(period: "2025-10").allSatisfy { $0.entity != "variation" })
        var tooBig = Self.virement
        tooBig.id = "V2"
        tooBig.amount = .pounds(100_001)
        let refused = #expect(throws: StoreError.self) {
            try store.apply(Change(.variation(tooBig)), expecting: nil, author: Author(user: "pfm"), at: "2025-10-01T10:00:00Z")
        }
        #expect(refused?.kind == .invalidEdit("V2 (£100,001 from S08a to S08b) needs the board because it is above the pooled fund "
                                              + "manager's limit within a scheme (£100,000): give the board's decision that agreed it (e.g. D4)"))
        #expect(try store.loadAgreement().budgetVariations == [Self.virement])
    }

    @Test("a file whose lines held undated virements is upgraded: each becomes a variation from the first month, the line's budget its original")
    func legacyVirements() throws {
        let path = try temporaryFolder() + "/old.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        try SQLiteShell.runPlain(path, """
            DELETE FROM grdb_migrations WHERE identifier = 'v21-budget-variations'; DROP TABLE budgetVariation;
            ALTER TABLE schemeLine ADD COLUMN virements TEXT NOT NULL DEFAULT '[]';
            UPDATE schemeLine SET budgetPence = 270000000,
              virements = '[{"amountPence":10000000,"approvedBy":"JCB 14 Oct 2025","note":"winter"}]' WHERE id = 'S02';
            UPDATE schemeLine SET budgetPence = 390000000,
              virements = '[{"amountPence":-10000000,"approvedBy":"","note":""}]' WHERE id = 'S03';
            """)
        let a = try S75Database.open(at: path).loadAgreement()
        #expect(a.line("S02")?.budget == .thousands(2_600) && a.line("S03")?.budget == .thousands(4_000))
        #expect(a.budgetVariations.map(\.summary) == ["£100,000 to S02 (LA's contribution)", "£100,000 from S03 (LA's contribution)"])
        #expect(a.budgetVariations.map(\.effective) == [Period(year: 2025, month: 4), Period(year: 2025, month: 4)])
        #expect(a.budgetVariations.map(\.partnersApproval) == ["JCB 14 Oct 2025", "recorded before approvals were kept"])
        #expect(a.budgetVariations.map(\.reason) == ["winter", "a virement recorded before variations were dated"])
        let s02 = try #require(a.line("S02"))
        #expect(a.budget(of: s02, at: Period(year: 2025, month: 12)) == .thousands(2_700))
        #expect(try SQLiteShell.query(path, "SELECT count(*) FROM pragma_table_info('schemeLine') WHERE name = 'virements'") == "0")
    }
}

/// Contributions' instalments in the file: kept and versioned like any record, and in the document.
@Suite("Instalments in the store")
struct InstalmentStoreTests {
    @Test("instalments are kept in the file with their receipts, versioned, and come back through export and import")
    func kept() throws {
        let path = try temporaryFolder() + "/paid.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let a = Northmoor.agreement
        let planned = a.instalments(for: a.contributions[2], .quarterly)
        _ = try store.apply(planned.map { (Change(.instalment($0)), nil) }, author: Author(user: "pfm"), at: "2025-04-01T09:00:00Z")
        var april = planned[0]
        (april.receivedOn, april.received) = (DateOnly(year: 2025, month: 4, day: 2), .pounds(2_925_000))
        #expect(try store.apply(Change(.instalment(april)), expecting: 1, author: Author(user: "pfm"), at: "2025-04-02T09:00:00Z") == 2)
        let read = try S75Database.open(at: path, readOnly: true).loadAgreement()
        #expect(read.contributionInstalments == [april] + planned.dropFirst())
        let back = try AgreementDocument.agreement(from: Data(try AgreementDocument.text(read).utf8))
        #expect(back.contributionInstalments == read.contributionInstalments)
    }
}

/// Who may write, checked in the store's own transaction whatever the client: a change, a ledger import, a replacement.
@Suite("People in the store")
struct PeopleStoreTests {
    /// Northmoor whose people are pat (the PFM) and jo (the ICB's finance lead).
    func store() throws -> (S75Database, String) {
        var a = Northmoor.agreement
        a.people = [Person(account: "pat", name: "Pat", partnerID: "LA", roles: [.pfm]),
                    Person(account: "jo", name: "Jo", partnerID: "ICB", roles: [.financeLead])]
        let path = try temporaryFolder() + "/people.s75"
        return (try S75Database.create(at: path, with: a, author: Author(user: "pat")), path)
    }

    @Test("the people are kept in the file; each write is checked against the author's roles, and a refusal changes nothing")
    func enforced() throws {
        let (store, _) = try store()
        let snapshot = try store.loadSnapshot()
        #expect(snapshot.agreement.people.map(\.account) == ["pat", "jo"])
        let m9 = Period(year: 2025, month: 12)
        var s04 = try #require(snapshot.agreement.entry(for: "S04", at: m9))
        s04.actualToDate = .pounds(5_100_000)
        #expect(try store.apply(Change(.monitoring(s04)), expecting: snapshot.version(of: .monitoring("S04", m9)), author: Author(user: "jo"),
                                at: "2026-01-14T09:00:00Z") == 2)
        var s03 = try #require(snapshot.agreement.entry(for: "S03", at: m9))
        s03.actualToDate = .pounds(1)
        let refused = #expect(throws: StoreError.self) {
            try store.apply(Change(.monitoring(s03)), expecting: snapshot.version(of: .monitoring("S03", m9)), author: Author(user: "jo"), at: "t")
        }
        #expect(refused?.kind == .invalidEdit("only the pooled fund manager, LA's finance lead or S03's scheme lead enters S03's returns; "
                                              + "Jo is a partner's finance lead"))
        let stranger = #expect(throws: StoreError.self) {
            try store.apply(Change(.monitoring(s03)), expecting: snapshot.version(of: .monitoring("S03", m9)), author: Author(user: "mallory"), at: "t")
        }
        #expect(stranger?.kind == .invalidEdit("mallory is not among the agreement's people, so reads only: the pooled fund manager adds people (s75 people)"))
        #expect(try store.loadAgreement().entry(for: "S03", at: m9)?.actualToDate == .pounds(3_050_000))
        let replaced = #expect(throws: StoreError.self) {
            try store.replaceAgreement(with: Northmoor.agreement, audit: (Author(user: "jo"), "x.json"))
        }
        #expect(replaced?.kind == .invalidEdit("only the pooled fund manager replaces the whole agreement"))
        let ledger = #expect(throws: StoreError.self) {
            try store.importLedger(partner: "LA", fileName: "gl.csv", digest: "d", author: Author(user: "jo"), next: { nil })
        }
        #expect(ledger?.kind == .invalidEdit("only the pooled fund manager or LA's finance lead imports its ledger; Jo is a partner's finance lead"))
    }

    @Test("the HWB's sign-off of a BCF return is recorded by the PFM, with its day and delegated authority, and read back as written")
    func bcfReturnSignOff() throws {
        let (store, path) = try store()
        let snapshot = try store.loadSnapshot()
        let day = DateOnly(year: 2026, month: 1, day: 20)
        let signed = try snapshot.agreement.signing(.bcfReturn(FinancialYear(startYear: 2025), .q3), by: "pat", on: day, underDelegatedAuthority: true)
        let refused = #expect(throws: StoreError.self) {
            try store.apply(Change(.signOff(signed)), expecting: nil, author: Author(user: "jo"), at: "t")
        }
        #expect(refused?.kind == .invalidEdit("only the pooled fund manager records the Health and Wellbeing Board's sign-off of a BCF return; "
                                              + "Jo is a partner's finance lead"))
        _ = try store.apply(Change(.signOff(signed)), expecting: nil, author: Author(user: "pat"), at: "2026-01-20T09:00:00Z")
        let reopened = try S75Database.open(at: path).loadAgreement()
        #expect(reopened.signOffs == [signed] && reopened.signOffs[0].underDelegatedAuthority)
        #expect(try SQLiteShell.query(path, "SELECT id || '|' || signedOn || '|' || underDelegatedAuthority FROM signOff")
                == "bcf-return 2025-26 q3|2026-01-20|1")
        let document = try AgreementDocument.text(reopened)
        #expect(document.contains("\"underDelegatedAuthority\" : true"), "\(document.suffix(600))")
        #expect(try AgreementDocument.agreement(from: Data(document.utf8)).signOffs == [signed])
    }
}

/// The audit trail as a hash chain: a figure changed, an audit row altered or one deleted behind s75's back is named.
@Suite("Tamper evidence")
struct TamperTests {
    /// A Northmoor file with S03's and then S02's month-9 actuals corrected through s75, so that the trail records them
    /// (rows 2 and 3, after the file's creation).
    func corrected() throws -> (S75Database, String) {
        let path = try temporaryFolder() + "/chain.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let m9 = Period(year: 2025, month: 12)
        var s03 = try #require(Northmoor.agreement.entry(for: "S03", at: m9))
        s03.actualToDate = .pounds(3_100_000)
        _ = try store.apply(Change(.monitoring(s03)), expecting: 1, author: Author(user: "pfm"), at: "2026-01-14T09:00:00Z")
        var s02 = try #require(Northmoor.agreement.entry(for: "S02", at: m9))
        s02.actualToDate = .pounds(2_100_000)
        _ = try store.apply(Change(.monitoring(s02)), expecting: 1, author: Author(user: "pfm"), at: "2026-01-14T09:01:00Z")
        return (store, path)
    }

    @Test("a file changed only through s75 verifies, with the chain's head")
    func intact() throws {
        let (store, _) = try corrected()
        let (problems, head) = try store.verifyAuditTrail()
        #expect(problems.isEmpty)
        #expect(head?.sequence == 3 && head?.hash.count == 64)
    }

    @Test("a figure changed outside s75 is named with both values")
    func changedFigure() throws {
        let (_, path) = try corrected()
        try SQLiteShell.run(path, "UPDATE monitoringEntry SET actualToDatePence = 1 WHERE lineID = 'S03' AND period = '2025-12'")
        #expect(try S75Database.open(at: path, readOnly: true).verifyAuditTrail().problems
                == ["monitoring S03 2025-12 actualToDate is £0.01 in the file but £3,100,000 in the audit trail: changed outside s75"])
    }

    @Test("an audit row altered, or one deleted, breaks the chain from that row")
    func alteredOrDeleted() throws {
        let (_, path) = try corrected()
        try SQLiteShell.run(path, "UPDATE audit SET user = 'chair' WHERE sequence = 2")
        #expect(try S75Database.open(at: path, readOnly: true).verifyAuditTrail().problems.first?
            .hasPrefix("audit row 2 (monitoring S03 2025-12 actualToDate) does not follow from the rows before it") == true)
        let (_, other) = try corrected()
        try SQLiteShell.run(other, "DELETE FROM audit WHERE sequence = 2")
        #expect(try S75Database.open(at: other, readOnly: true).verifyAuditTrail().problems.first?.hasPrefix("audit row 3 ") == true)
    }
}

/// A BCF return's answers and a settlement payment kept in the file and the document as written.
@Suite("Returns' records in the store")
struct ReturnRecordStoreTests {
    @Test("the answers to the national conditions and a settlement payment are written, read back and carried by the document")
    func kept() throws {
        let path = try temporaryFolder() + "/returns.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "pat"))
        var answers = Northmoor.agreement.bcfReturnAnswers(FinancialYear(startYear: 2025), .q3)
        answers.conditions[0].confirmed = true
        answers.conditions[1] = NationalConditionAnswer(condition: answers.conditions[1].condition, confirmed: false, commentary: "care-home goal behind")
        answers.achievements = "Discharge delays down a fifth"
        _ = try store.apply(Change(.bcfAnswers(answers)), expecting: nil, author: Author(user: "pat"), at: "2026-01-14T09:00:00Z")
        var unexplained = answers
        unexplained.conditions[2].confirmed = false
        let refused = #expect(throws: StoreError.self) {
            try store.apply(Change(.bcfAnswers(unexplained)), expecting: 1, author: Author(user: "pat"), at: "t")
        }
        #expect(refused?.kind == .invalidEdit("national condition 3 is not met: say why, and what is being done, in its commentary"))
        let payment = try Northmoor.agreement.settlementPayments(for: FinancialYear(startYear: 2025), due: DateOnly(year: 2026, month: 5, day: 20))[0]
        _ = try store.apply(Change(.settlement(payment)), expecting: nil, author: Author(user: "pat"), at: "2026-04-20T09:00:00Z")
        let reread = try S75Database.open(at: path).loadAgreement()
        #expect(reread.bcfAnswers == [answers] && reread.settlementPayments == [payment])
        let document = try AgreementDocument.text(reread)
        let back = try AgreementDocument.agreement(from: Data(document.utf8))
        #expect(back.bcfAnswers == [answers] && back.settlementPayments == [payment])
        #expect(try AgreementDocument.text(back) == document)
    }
}
