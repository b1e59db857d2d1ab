import Foundation
import S75Documents
import S75Domain
import S75Interchange
import Testing

/// Records one by one as the region's server keeps them: each reads back as it was, and the agreement they make is the
/// agreement they came from.
@Suite("Records as the server keeps them")
struct RecordDocumentTests {
    func agreements() throws -> [Agreement] { [Northmoor.agreement, try SampleDocuments.ashvale()] }

    @Test("every record of both samples reads back from its body, through JSON text, as it was")
    func eachRecord() throws {
        for agreement in try agreements() {
            for record in RecordDocument.records(of: agreement) {
                let text = try RecordDocument.body(of: record).serialized(pretty: false)
                let back = try RecordDocument.record(entity: record.key.entity, body: try JSONValue.parse(Data(text.utf8)))
                #expect(back == record, "\(record.key)")
            }
        }
    }

    @Test("the records make the agreement again, returns in the order stored; a record of an unknown kind is refused by name")
    func wholeAgreement() throws {
        for agreement in try agreements() {
            let rows = RecordDocument.records(of: agreement).map { (entity: $0.key.entity, body: RecordDocument.body(of: $0)) }
            #expect(try RecordDocument.agreement(from: rows) == agreement)
        }
        let unknown = #expect(throws: InterchangeError.self) { try RecordDocument.record(entity: "spreadsheet", body: .object([:])) }
        #expect(unknown?.description.contains("\"spreadsheet\" is not a kind of record") == true)
    }
}
