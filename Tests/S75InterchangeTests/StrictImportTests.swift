import Foundation
import S75Documents
import S75Domain
import Testing

/// Import refuses anything it cannot take whole, saying where in the document and what is wrong.
@Suite("Strict import")
struct StrictImportTests {
    /// Northmoor's document with `change` made to it.
    static func northmoor(_ change: (inout [String: JSONValue]) -> Void) -> JSONValue {
        guard case .object(var root) = AgreementDocument.value(Northmoor.agreement) else { return .null }
        change(&root)
        return .object(root)
    }

    /// `value` with the object at `path` (keys and indexes) changed by `change`.
    static func editing(_ value: JSONValue, _ path: [Any], _ change: (inout [String: JSONValue]) -> Void) -> JSONValue {
        guard let first = path.first else {
            guard case .object(var fields) = value else { return value }
            change(&fields)
            return .object(fields)
        }
        switch (value, first) {
        case (.object(var fields), let key as String):
            fields[key] = editing(fields[key] ?? .null, Array(path.dropFirst()), change)
            return .object(fields)
        case (.array(var items), let index as Int):
            items[index] = editing(items[index], Array(path.dropFirst()), change)
            return .array(items)
        default:
            return value
        }
    }

    static func message(_ value: JSONValue) -> String? {
        do {
            _ = try AgreementDocument.agreement(from: value)
            return nil
        } catch {
            return error.description
        }
    }

    static let base = AgreementDocument.value(Northmoor.agreement)

    static let cases: [(JSONValue, String)] = [
        (editing(base, []) { $0["colour"] = .string("blue") },
         "colour: unknown key (expected one of agreement, bcfReturns, budgetVariations, chargeBacks, contracts, contributionInstalments, contributions, format, ledgerRules, meetings, metrics, monthCloses, partners, people, personalBudgets, priorPeriodAdjustments, providers, risks, schemes, settlementPayments, signOffs, version)"),
        (editing(base, ["schemes", 3, "lines", 0]) { $0["source"] = .string("nhs-min") },
         "schemes[3].lines[0].source: unknown funding source \"nhs-min\" (expected nhs-minimum, additional-nhs, la-better-care-grant, additional-la, dfg)"),
        (editing(base, ["schemes", 0, "lines", 1]) { $0["budgetPence"] = .string("1,800,000") },
         "schemes[0].lines[1].budgetPence: expected a whole number, found text"),
        (editing(base, ["contributions", 2]) { $0["partner"] = .string("NHSE") },
         "contributions[2]: the partner must be one of the agreement's partners"),
        (editing(base, ["schemes", 1, "lines", 0]) { $0["providers"] = .array([.string("P99")]) },
         "schemes[1].lines[0]: there is no provider P99"),
        (editing(base, ["contributions", 0]) { $0["amountPence"] = .int(-1) },
         "contributions[0]: a contribution cannot be negative"),
        (editing(base, ["contracts", 0]) { $0.removeValue(forKey: "title") },
         "contracts[0]: missing key \"title\""),
        (editing(base, ["contracts", 7, "payment"]) { $0["kind"] = .string("gainshare") },
         "contracts[7].payment.kind: unknown kind \"gainshare\" (expected block, activity, outcomes, alliance, capitation, prime)"),
        (editing(base, []) { $0["version"] = .int(2) }, "version: version 2 is not one this s75 reads (it reads version 1)"),
        (editing(base, ["providers", 1]) { $0["id"] = .string("P01") }, "providers[1]: provider P01 appears twice"),
        (editing(base, ["meetings", 0, "minutes", 1]) { $0["owner"] = .string("") }, "meetings[0].minutes[1]: an action needs an owner"),
        (editing(base, ["agreement"]) { $0["start"] = .string("2025-04-31") }, "agreement: the term's dates must exist"),
        (editing(base, []) {
            $0["personalBudgets"] = .array([.object(["id": .string("PB1"), "person": .string("IPB-1"), "line": .string("S99"),
                                                     "planPence": .int(100), "healthBasisPoints": .int(5000),
                                                     "weeklyClientContributionPence": .int(0), "route": .string("notional")])])
        }, "personalBudgets[0]: there is no line S99"),
    ]

    @Test("each bad document is refused with its path and what is wrong", arguments: cases.map(\.1))
    func refused(expected: String) throws {
        let document = try #require(Self.cases.first { $0.1 == expected }?.0)
        #expect(Self.message(document) == expected)
    }

    @Test("more than 50,000 records of one kind (50,000 amounts at £10^12 still add up in 64 bits) is refused, naming the first beyond")
    func tooManyOfAKind() throws {
        let many = Self.northmoor { root in
            guard case .array(let providers) = root["providers"], case .object(let first) = providers.first else { return }
            root["providers"] = .array((0...AgreementDocument.mostRecordsOfAKind).map { index in
                var copy = first
                copy["id"] = .string("Q\(index)")
                return .object(copy)
            })
        }
        #expect(Self.message(many) == "providers[50000]: more than 50,000 of one kind (provider), the most an agreement holds")
    }

    @Test("a fraction, a syntax error or another format is refused before anything is read")
    func notTheFormat() throws {
        #expect(throws: InterchangeError.self) { try AgreementDocument.agreement(from: Data("{\"version\": 1.5}".utf8)) }
        #expect(throws: InterchangeError.self) { try AgreementDocument.agreement(from: Data("{".utf8)) }
        let other = Self.editing(Self.base, []) { $0["format"] = .string("bcf-plan") }
        #expect(Self.message(other) == "format: this is not an s75 agreement document (expected \"s75-agreement\")")
    }
}
