import S75Documents
import S75Domain
import TOMLKit

/// A TOML file of ledger rules, as `s75 ledger rules` loads them:
///
/// ```toml
/// [[rule]]
/// id = "R1"                     # optional: R1, R2 … in order when left out
/// cost_centre = "NC41*"         # one cost centre, or a prefix with a trailing *
/// accounts = ["5200", "5299"]   # optional: the first and last account
/// supplier = "Acme Care Ltd"    # optional
/// line = "S03"
/// ```
public enum LedgerRulesFile {
    static let keys = ["id", "cost_centre", "accounts", "supplier", "line"]

    /// The rules the file lists, in order; anything unknown or mistyped is an error naming the rule and key.
    public static func rules(toml text: String, file: String) throws(InterchangeError) -> [LedgerRule] {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch {
            throw InterchangeError(path: file, "not TOML: \(error)")
        }
        for key in table.keys where key != "rule" { throw InterchangeError(path: file, "unknown key \"\(key)\" (expected [[rule]] tables)") }
        guard let list = table["rule"]?.array else { return [] }
        var rules: [LedgerRule] = []
        for (index, value) in list.enumerated() {
            let path = "\(file): rule[\(index + 1)]"
            guard let rule = value.table else { throw InterchangeError(path: path, "expected a table") }
            for key in rule.keys where !keys.contains(key) {
                throw InterchangeError(path: "\(path).\(key)", "unknown key (expected one of \(keys.joined(separator: ", ")))")
            }
            func text(_ key: String, required: Bool) throws(InterchangeError) -> String {
                guard let node = rule[key] else {
                    if required { throw InterchangeError(path: "\(path).\(key)", "missing") }
                    return ""
                }
                guard let string = node.string else { throw InterchangeError(path: "\(path).\(key)", "expected text in quotes") }
                return string
            }
            var from = "", to = ""
            if let accounts = rule["accounts"] {
                guard let pair = accounts.array, pair.count == 2, let first = pair[0].string, let last = pair[1].string else {
                    throw InterchangeError(path: "\(path).accounts", "expected the first and last account, e.g. [\"5200\", \"5299\"]")
                }
                (from, to) = (first, last)
            }
            let id = try text("id", required: false)
            rules.append(LedgerRule(id: id.isEmpty ? "R\(index + 1)" : id, costCentre: try text("cost_centre", required: true),
                                    accountFrom: from, accountTo: to, supplier: try text("supplier", required: false),
                                    lineID: try text("line", required: true)))
        }
        return rules
    }
}
