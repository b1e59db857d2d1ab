import Foundation
import GRDB
import S75Domain

/// Migration `v21-budget-variations`: the undated virements a line held (an amount, who approved it, a note) become dated
/// variations from the agreement's first month, agreed as the file said, and the line's budget becomes its original one
/// (the budget then, less them); the old column goes.
enum LegacyVirements {
    /// One virement as files written before variations hold it: `{"amountPence":…,"approvedBy":…,"note":…}` since
    /// migration v6, `{"amount":…,"approvedBy":…,"note":…}` (Swift's synthesised shape) before it.
    struct Virement: Codable {
        var amount: Money
        var approvedBy: String
        var note: String

        private enum CodingKeys: String, CodingKey { case amount, amountPence, approvedBy, note }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            amount = try c.decodeIfPresent(Money.self, forKey: .amountPence) ?? c.decode(Money.self, forKey: .amount)
            approvedBy = try c.decode(String.self, forKey: .approvedBy)
            note = try c.decode(String.self, forKey: .note)
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(amount, forKey: .amountPence)
            try c.encode(approvedBy, forKey: .approvedBy)
            try c.encode(note, forKey: .note)
        }
    }

    static func migrate(_ db: Database) throws {
        let start = try String.fetchOne(db, sql: "SELECT start FROM agreement LIMIT 1").flatMap(DateOnly.init)?.period
        var number = 0
        for row in try Row.fetchAll(db, sql: "SELECT id, leadCommissionerID, budgetPence, virements FROM schemeLine WHERE virements != '[]'") {
            let lineID: String = row["id"], virements = try JSONDecoder().decode([Virement].self, from: Data((row["virements"] as String).utf8))
            guard let start, !virements.isEmpty else { continue }
            for virement in virements {
                number += 1
                let increase = !virement.amount.isNegative
                try db.execute(sql: """
                    INSERT INTO budgetVariation (id, position, fromLineID, toLineID, amountPence, effective, reason, partnerID, partnersApproval)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: ["V\(number)", number - 1, increase ? nil : lineID, increase ? lineID : nil, virement.amount.magnitude.pence,
                                     start.description, virement.note.isEmpty ? "a virement recorded before variations were dated" : virement.note,
                                     row["leadCommissionerID"] as String,
                                     virement.approvedBy.isEmpty ? "recorded before approvals were kept" : virement.approvedBy])
            }
            try db.execute(sql: "UPDATE schemeLine SET budgetPence = ? WHERE id = ?",
                           arguments: [(row["budgetPence"] as Int64) - virements.reduce(0) { $0 + $1.amount.pence }, lineID])
        }
        try db.execute(sql: "ALTER TABLE schemeLine DROP COLUMN virements")
    }
}
