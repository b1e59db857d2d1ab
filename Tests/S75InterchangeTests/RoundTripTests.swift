import Foundation
import S75Documents
import S75Domain
import Testing

/// The agreement document round-trips exactly: export → import → export gives the same bytes and the same agreement.
@Suite("Agreement document round trip")
struct RoundTripTests {
    func roundTrip(_ a: Agreement) throws -> (first: String, again: String, imported: Agreement) {
        let first = try AgreementDocument.text(a)
        let imported = try AgreementDocument.agreement(from: Data(first.utf8))
        return (first, try AgreementDocument.text(imported), imported)
    }

    @Test("Northmoor exports, imports and re-exports byte for byte, and imports to the same agreement")
    func northmoor() throws {
        let (first, again, imported) = try roundTrip(Northmoor.agreement)
        #expect(first == again)
        let a = Northmoor.agreement
        #expect(imported.lines == a.lines)
        #expect(Set(imported.monitoring.map { "\($0)" }) == Set(a.monitoring.map { "\($0)" }), "the same returns (kept by line in the file)")
        #expect(imported.contracts == a.contracts)
        #expect(imported.metrics == a.metrics)
        #expect(imported.meetings == a.meetings && imported.minutes == a.minutes)
        #expect(imported.details == a.details)
        #expect(imported.partners == a.partners && imported.contributions == a.contributions && imported.providers == a.providers)
    }

    @Test("money is whole pence, enumerations are tagged with a kind, keys are sorted")
    func shape() throws {
        let text = try AgreementDocument.text(Northmoor.agreement)
        #expect(text.hasPrefix("{\n  \"agreement\" : {"))
        #expect(text.contains("\"format\" : \"s75-agreement\""))
        #expect(text.contains("\"version\" : 1"))
        #expect(text.contains("\"riskReservePence\" : 25000000"))
        #expect(text.contains("\"kind\" : \"capped-proportional\""))
        #expect(!text.contains("_0"))
    }

    @Test("hundreds of generated agreements round-trip byte for byte", arguments: 0..<300)
    func generated(seed: Int) throws {
        var generator = AgreementGenerator(seed: UInt64(seed))
        let a = generator.agreement()
        let (first, again, imported) = try roundTrip(a)
        #expect(first == again)
        #expect(try AgreementDocument.text(imported) == first)
    }
}
