import Foundation
import S75Documents
import S75Domain
import S75Store
import Testing

/// Closed months in the file: kept with their history, audited, and refused to every write into them.
@Suite("Closed months in the store")
struct MonthCloseStoreTests {
    let m9 = Period(year: 2025, month: 12)
    let pfm = Author(user: "pfm")

    /// A Northmoor file with month 9 closed on 12 Jan 2026.
    func closedStore() throws -> (S75Database, String) {
        let path = try temporaryFolder() + "/closed.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let close = try Northmoor.agreement.closing(m9, on: DateOnly(year: 2026, month: 1, day: 12), by: "pfm")
        #expect(try store.apply(Change(.monthClose(close)), expecting: nil, author: pfm, at: "2026-01-12T10:00:00Z") == 1)
        return (store, path)
    }

    @Test("a close is kept in the file with its first figures and audited; a return in the month is then refused, and nothing changes")
    func closeKeptAndLocks() throws {
        let (store, path) = try closedStore()
        let snapshot = try S75Database.open(at: path, readOnly: true).loadSnapshot()
        let close = try #require(snapshot.agreement.monthClose(m9))
        #expect(close.firstReported == Northmoor.agreement.returns(at: m9))
        #expect(snapshot.version(of: .monthClose(m9)) == 1)
        let audit = try store.auditTrail(period: "2025-12").filter { $0.entity == "month" }
        #expect(audit.map(\.field).sorted() == ["closed", "firstReported"])
        #expect(audit.first { $0.field == "closed" }?.new == "12 Jan 2026 by pfm")
        var s03 = try #require(snapshot.agreement.monitoring.entry(for: "S03", at: m9))
        s03.actualToDate = .pounds(1)
        let refused = #expect(throws: StoreError.self) {
            try store.apply(Change(.monitoring(s03)), expecting: snapshot.version(of: .monitoring("S03", m9)), author: pfm, at: "2026-01-13T10:00:00Z")
        }
        #expect(refused?.kind == .invalidEdit("Dec 2025 is closed: adjust it in an open month, or reopen it with a reason"))
        #expect(try store.loadAgreement().monitoring.entry(for: "S03", at: m9)?.actualToDate == .pounds(3_050_000))
        let removal = #expect(throws: StoreError.self) {
            try store.apply(Change(key: .monthClose(m9), new: nil), expecting: 1, author: pfm, at: "2026-01-13T10:00:00Z")
        }
        #expect(removal?.kind == .invalidEdit("Dec 2025 stays closed, with its history; reopen it with a reason to correct it"))
    }

    @Test("reopened with a reason, corrected and closed again: the file holds both figures, and the audit has each step")
    func restate() throws {
        let (store, _) = try closedStore()
        var a = try store.loadAgreement()
        let reopened = try a.reopening(m9, on: DateOnly(year: 2026, month: 2, day: 3), by: "pfm", reason: "S03 accrual missed")
        #expect(try store.apply(Change(.monthClose(reopened)), expecting: 1, author: pfm, at: "2026-02-03T10:00:00Z") == 2)
        a = try store.loadAgreement()
        var s03 = try #require(a.monitoring.entry(for: "S03", at: m9))
        s03.actualToDate = .pounds(3_100_000)
        _ = try store.apply(Change(.monitoring(s03)), expecting: 1, author: pfm, at: "2026-02-03T10:05:00Z")
        a = try store.loadAgreement()
        _ = try store.apply(Change(.monthClose(try a.closing(m9, on: DateOnly(year: 2026, month: 2, day: 4), by: "pfm"))),
                            expecting: 2, author: pfm, at: "2026-02-04T10:00:00Z")
        a = try store.loadAgreement()
        #expect(a.monthClose(m9)?.summary == "restated on 4 Feb 2026: S03 accrual missed")
        #expect(a.restatedLines(of: try #require(a.monthClose(m9))) == ["S03"])
        let trail = try store.auditTrail(period: "2025-12")
        #expect(trail.map { "\($0.entity) \($0.entityID) \($0.field)" }.prefix(3)
                == ["month 2025-12 reopening 1", "monitoring S03 2025-12 actualToDate", "month 2025-12 reopening 1"])
        #expect(trail[0].new == "3 Feb 2026 by pfm: S03 accrual missed; closed again 4 Feb 2026")
        // the close and its history go out and come back in the agreement document as they are
        let document = try AgreementDocument.text(a)
        let back = try AgreementDocument.agreement(from: Data(document.utf8))
        #expect(back.monthCloses == a.monthCloses)
        #expect(try AgreementDocument.text(back) == document)
    }

    @Test("an import over the file that drops the close, or changes a closed month's returns, is refused and changes nothing")
    func replacementRefused() throws {
        let (store, _) = try closedStore()
        let before = try store.loadAgreement()
        var dropped = before
        dropped.monthCloses = []
        let error = #expect(throws: StoreError.self) {
            try store.replaceAgreement(with: dropped, audit: (author: pfm, source: "old.json"))
        }
        #expect(error?.kind == .invalidEdit("Dec 2025 stays closed, with its history; reopen it with a reason to correct it"))
        var changed = before
        var s03 = try #require(changed.monitoring.entry(for: "S03", at: m9))
        s03.forecastOutturn = .zero
        changed.monitoring.record(s03)
        #expect(throws: StoreError.self) { try store.replaceAgreement(with: changed, audit: (author: pfm, source: "edited.json")) }
        #expect(try store.loadAgreement() == before)
        // the same agreement, with its close, replaces as before
        try store.replaceAgreement(with: before, audit: (author: pfm, source: "same.json"))
    }

    @Test("an adjustment is kept and audited, and goes out and back in the document with the close it corrects")
    func adjustment() throws {
        let (store, _) = try closedStore()
        let ppa = PriorPeriodAdjustment(id: "PPA1", lineID: "S03", enteredIn: Period(year: 2026, month: 1), relatesTo: m9,
                                        amount: .pounds(50_000), reason: "Accrual missed")
        #expect(try store.apply(Change(.adjustment(ppa)), expecting: nil, author: pfm, at: "2026-01-20T10:00:00Z") == 1)
        let a = try store.loadAgreement()
        #expect(a.priorPeriodAdjustments == [ppa])
        #expect(try store.auditTrail(entity: "PPA1").contains { $0.field == "amount" && $0.new == "£50,000" })
        let back = try AgreementDocument.agreement(from: Data(try AgreementDocument.text(a).utf8))
        #expect(back.priorPeriodAdjustments == [ppa] && back.monthCloses == a.monthCloses)
    }

    @Test("a meeting closed, its minutes approved at the next, and the next's date set, through the store: all kept and audited")
    func approval() throws {
        let path = try temporaryFolder() + "/meetings.s75"
        let store = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        let october = DateOnly(year: 2025, month: 10, day: 21), january = DateOnly(year: 2026, month: 1, day: 20)
        var a = try store.loadAgreement()
        _ = try store.apply(Change(.meeting(try a.closingMeeting(october, on: october, by: "chair"))), expecting: 1, author: pfm,
                            at: "2025-10-21T12:00:00Z")
        _ = try store.apply(Change(.meeting(Meeting(date: january, period: m9))), expecting: nil, author: pfm, at: "2026-01-20T10:00:00Z")
        a = try store.loadAgreement()
        _ = try store.apply(Change(.meeting(try a.approvingMinutes(at: january, movedBy: "Cllr Ahmed"))), expecting: 1, author: pfm,
                            at: "2026-01-20T10:05:00Z")
        a = try store.loadAgreement()
        #expect(a.approval(of: october)?.date == january)
        #expect(a.meeting(on: october)?.closed?.closedBy == "chair")
        #expect(try store.auditTrail(entity: "2026-01-20").contains { $0.field == "approves" && $0.new == "the minutes of 21 Oct 2025, moved by Cllr Ahmed" })
        var next = try #require(a.meeting(on: january))
        next.nextMeeting = DateOnly(year: 2026, month: 2, day: 17)
        _ = try store.apply(Change(.meeting(next)), expecting: 2, author: pfm, at: "2026-01-20T11:00:00Z")
        #expect(try store.loadAgreement().meeting(on: january)?.nextMeeting == DateOnly(year: 2026, month: 2, day: 17))
    }
}
