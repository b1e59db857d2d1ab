import Foundation
import GRDB
import S75Documents
import S75Domain

/// Migration `v6-documents`: the JSON columns rewritten from Swift's synthesised Codable, which files written by s75 0.4 and
/// earlier hold (`{"outcomes":{"_0":…}}`), to the documents' explicit shapes (`{"kind":"outcomes",…}`). The domain's Codable
/// conformances are kept only to read those files here.
enum DocumentColumns {
    static func migrate(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT rowid, governance, schedules, financeRAG, riskShare FROM agreement") {
            let riskShare: String? = try (row["riskShare"] as String?).map { try rewrite(RiskShareRule.self, $0, .riskShare) }
            try db.execute(sql: "UPDATE agreement SET governance = ?, schedules = ?, financeRAG = ?, riskShare = ? WHERE rowid = ?",
                           arguments: [try rewrite(Governance.self, row["governance"], .governance),
                                       try rewrite([Schedule].self, row["schedules"], .schedules),
                                       try rewrite(FinanceRAGRule.self, row["financeRAG"], .financeRAG), riskShare, row["rowid"] as Int64])
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, commissioner, profile, virements FROM schemeLine") {
            try db.execute(sql: "UPDATE schemeLine SET commissioner = ?, profile = ?, virements = ? WHERE id = ?",
                           arguments: [try rewrite(Commissioner.self, row["commissioner"], .commissioner),
                                       try rewrite(BudgetProfile.self, row["profile"], .profile),
                                       String(decoding: try JSONEncoder().encode(try JSONDecoder().decode([LegacyVirements.Virement].self,
                                                                                                          from: Data((row["virements"] as String).utf8))),
                                              as: UTF8.self), row["id"] as String])
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, payment FROM contract WHERE payment IS NOT NULL") {
            try db.execute(sql: "UPDATE contract SET payment = ? WHERE id = ?",
                           arguments: [try rewrite(PaymentRule.self, row["payment"], .payment), row["id"] as String])
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, body FROM metric") {
            try db.execute(sql: "UPDATE metric SET body = ? WHERE id = ?",
                           arguments: [try rewrite(Metric.self, row["body"], .metricDefinition), row["id"] as String])
        }
    }

    /// `text` as 0.4 wrote it, read with the synthesised Codable and written as the document.
    private static func rewrite<Value: Decodable>(_ type: Value.Type, _ text: String, _ codec: ColumnCodec<Value>) throws -> String {
        try codec.text(try JSONDecoder().decode(type, from: Data(text.utf8)))
    }
}
