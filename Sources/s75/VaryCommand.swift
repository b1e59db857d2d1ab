import ArgumentParser
import S75Domain
import S75Store

/// `s75 vary FILE --from S08a --to S08b --amount 50000 --effective 2026-01 --reason …`: a dated budget variation.
struct Vary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vary lines' budgets from a month (audited): a virement between lines, or the pool growing or shrinking.",
        discussion: "The budget in force from --effective is the original budget plus the variations; months before keep theirs. "
            + "The agreement's delegated limits decide who must agree it: the pooled fund manager within a scheme up to its limit, "
            + "the board (--decision, the board's decision) up to its limit, the partners (--partners-approval) above it and for "
            + "any change to the pool itself (--partner names whose contribution changes). A variation beyond its authority is "
            + "refused, naming the limit.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "The line the budget comes from (leave out when the pool grows).")
    var from: String?

    @Option(help: "The line the budget goes to (leave out when the pool shrinks).")
    var to: String?

    @Option(help: "The amount in pounds, e.g. 50000 or 1,250.50.")
    var amount: String

    @Option(help: "The first month on the new budget, YYYY-MM (default: the month after the reporting month).")
    var effective: MonthArgument?

    @Option(help: "Why, as the reports will say.")
    var reason: String

    @Option(help: "The partner whose contribution changes, when the pool grows or shrinks.")
    var partner: String?

    @Option(help: "The board's decision that agreed it, e.g. D4.")
    var decision: String?

    @Option(help: "The partners' approval, e.g. \"Cabinet 12 Nov 2025; ICB Board 14 Nov 2025\".")
    var partnersApproval: String?

    func run() throws {
        let store = try StoreOpening.open(file)
        let a = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }.agreement
        let money = try RecordSaving.amount(amount)
        let variation = BudgetVariation(id: a.nextVariationID, fromLineID: from, toLineID: to, amount: money,
                                        effective: effective?.period ?? a.nextVariationMonth, reason: reason,
                                        partnerID: partner, decision: decision, partnersApproval: partnersApproval ?? "")
        try RecordSaving.save([Change(.variation(variation))], to: store, checkedOn: a)
        // a variation between funding sources unbalances them from its month: say so for the year's end
        let yearEnd = variation.effective.financialYear.month(12)
        let before = Set(a.fundingProblems(at: yearEnd).map(\.description))
        for problem in (try? a.applying(Change(.variation(variation))))?.fundingProblems(at: yearEnd) ?? [] where !before.contains(problem.description) {
            Failure.report("\(file): warning: \(problem)")
        }
        let (authority, _) = a.authority(for: variation)
        Output.print("\(variation.id): \(variation.summary) from \(variation.effective.label), agreed by \(authority.label): \(reason).")
    }
}
