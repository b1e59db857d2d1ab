import GRDB
import S75Domain

/// Keeps each transaction's `lineID` what the agreement's ledger rules say, in the transaction that changes the rules:
/// the suspense list and every total are never out of date.
///
/// Work is by cost centre and account (and supplier, where a rule names one), never row by row, and only for the cost
/// centres a changed rule could reach.
enum LedgerMapper {
    /// Maps again the transactions that the rule changed by `change` (as it was, `old`, and as it is now) could reach.
    static func remap(after change: Change, old: AgreementRecord?, rules: [LedgerRule], in db: Database) throws {
        let touched = [old, change.new].compactMap { record -> LedgerRule? in
            if case .ledgerRule(let rule)? = record { rule } else { nil }
        }
        var costCentres = Set<String>()
        for rule in touched { costCentres.formUnion(try self.costCentres(under: rule, in: db)) }
        try remap(costCentres, with: LedgerMapping(rules), in: db)
    }

    /// Maps every transaction again: after the whole agreement is replaced.
    static func remapAll(rules: [LedgerRule], in db: Database) throws {
        try remap(Set(try String.fetchAll(db, sql: "SELECT DISTINCT costCentre FROM ledgerTransaction")), with: LedgerMapping(rules), in: db)
    }

    /// The cost centres in the file that `rule` names.
    private static func costCentres(under rule: LedgerRule, in db: Database) throws -> [String] {
        guard rule.isPrefix else { return [rule.costCentre] }
        return try String.fetchAll(db, sql: "SELECT DISTINCT costCentre FROM ledgerTransaction WHERE costCentre >= ? AND costCentre < ?",
                                   arguments: [rule.costCentreStem, rule.costCentreStem + "\u{10FFFF}"])
    }

    private static func remap(_ costCentres: Set<String>, with mapping: LedgerMapping, in db: Database) throws {
        for costCentre in costCentres.sorted() {
            try remap(costCentre, with: mapping.rules(for: costCentre), in: db)
            try LedgerTotals.rebuild(costCentre: costCentre, in: db)
        }
    }

    /// Maps one cost centre's transactions again: by account, or row by row where a rule names a supplier.
    private static func remap(_ costCentre: String, with rules: LedgerMapping, in db: Database) throws {
        if rules.rules.contains(where: { !$0.supplier.isEmpty }) {
            try remapRowByRow(costCentre, with: rules, in: db)
            return
        }
        for account in try String.fetchAll(db, sql: "SELECT DISTINCT account FROM ledgerTransaction WHERE costCentre = ?",
                                           arguments: [costCentre]) {
            let line = rules.rule(costCentre: costCentre, account: account, supplier: "")?.lineID
            try db.execute(sql: "UPDATE ledgerTransaction SET lineID = ? WHERE costCentre = ? AND account = ? AND lineID IS NOT ?",
                           arguments: [line, costCentre, account, line])
        }
    }

    /// Where a rule names a supplier, each of the cost centre's rows is looked at (a cost centre holds thousands, not millions).
    private static func remapRowByRow(_ costCentre: String, with rules: LedgerMapping, in db: Database) throws {
        let update = try db.makeStatement(sql: "UPDATE ledgerTransaction SET lineID = ? WHERE id = ?")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, account, supplier, lineID FROM ledgerTransaction WHERE costCentre = ?",
                                       arguments: [costCentre])
        var changes: [(Int64, String?)] = []
        while let row = try rows.next() {
            let line = rules.rule(costCentre: costCentre, account: row["account"], supplier: row["supplier"])?.lineID
            if line != row["lineID"] { changes.append((row["id"], line)) }
        }
        for (id, line) in changes { try update.execute(arguments: [line, id]) }
    }
}

/// The line each transaction of an import maps to, remembered per cost centre so that a million rows cost a million
/// dictionary lookups rather than a million walks through the rules.
struct LedgerLineFinder {
    let mapping: LedgerMapping
    private var byCostCentre: [String: LedgerMapping] = [:]

    init(_ rules: [LedgerRule]) { mapping = LedgerMapping(rules) }

    mutating func line(costCentre: String, account: String, supplier: String) -> String? {
        if let rules = byCostCentre[costCentre] { return rules.rule(costCentre: costCentre, account: account, supplier: supplier)?.lineID }
        let rules = mapping.rules(for: costCentre)
        byCostCentre[costCentre] = rules
        return rules.rule(costCentre: costCentre, account: account, supplier: supplier)?.lineID
    }
}
