import ArgumentParser
import S75Domain
import S75Store

/// `s75 instalments FILE [--contribution C1 --schedule monthly]`: the contributions' instalments, or a year of them set.
struct Instalments: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the contributions' instalments, due and received; or set a contribution's for the year (audited).",
        discussion: "With --contribution and --schedule, the contribution is paid in advance from April, monthly or quarterly: "
            + "each instalment the amount ÷ the count to the pound, the last what is left. s75 receive records what arrives.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "The contribution to set instalments for, e.g. C1.")
    var contribution: String?

    @Option(help: "monthly or quarterly.")
    var schedule: String?

    func validate() throws {
        if (contribution == nil) != (schedule == nil) { throw ValidationError("--contribution and --schedule go together.") }
        if let schedule, InstalmentSchedule(rawValue: schedule) == nil { throw ValidationError("--schedule is monthly or quarterly.") }
    }

    func run() throws {
        guard let contribution, let schedule = schedule.flatMap(InstalmentSchedule.init) else { return try list() }
        let store = try StoreOpening.open(file)
        let a = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }.agreement
        guard let paid = a.contributions.first(where: { $0.id == contribution }) else { throw Failure.stop("there is no contribution \(contribution).") }
        guard a.instalments(of: paid.id).isEmpty else {
            throw Failure.stop("\(paid.id) has its instalments already: record what arrives with s75 receive.")
        }
        let planned = a.instalments(for: paid, schedule)
        try RecordSaving.save(planned.map { Change(.instalment($0)) }, to: store, checkedOn: a)
        Output.print("\(planned.count) \(schedule.rawValue) instalments of \(paid.id) (\(MoneyText.pounds(paid.amount))): "
                     + "\(MoneyText.pounds(planned[0].amount)) from \(planned[0].due.label), the last \(MoneyText.pounds(planned[planned.count - 1].amount)).")
    }

    private func list() throws {
        let a = try StoreOpening.agreement(at: file)
        guard !a.contributionInstalments.isEmpty else { return Output.print("No instalments recorded in \(file).") }
        for c in a.contributions {
            for i in a.instalments(of: c.id) {
                let received = i.receivedOn.map { "received \(MoneyText.pounds(i.received ?? .zero)) on \($0.label)" } ?? "not received"
                Output.print("\(i.id)  \(c.id) \(c.partnerID)  due \(i.due.label)  \(MoneyText.pounds(i.amount))  \(received)")
            }
        }
    }
}

/// `s75 receive FILE --instalment I3 [--on 2025-06-02] [--amount 2266667]`: what arrived for an instalment.
struct Receive: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record what arrived for a contribution's instalment, and when (audited).",
        discussion: "Reports show each contribution received against due by the end of the month. A receipt that would change what "
            + "a closed month reported is refused.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "The instalment, e.g. I3 (s75 instalments lists them).")
    var instalment: String

    @Option(help: "The day it arrived, YYYY-MM-DD (default: today).")
    var on: DayArgument?

    @Option(help: "How much arrived, in pounds (default: the amount due).")
    var amount: String?

    func run() throws {
        let store = try StoreOpening.open(file)
        let snapshot = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }
        guard var due = snapshot.agreement.contributionInstalments.first(where: { $0.id == instalment }) else {
            throw Failure.stop("there is no instalment \(instalment): s75 instalments \(file) lists them.")
        }
        let money = try amount.map { try RecordSaving.amount($0) } ?? due.amount
        (due.receivedOn, due.received) = (on?.day ?? DemoFile.today(), money)
        try RecordSaving.save([Change(.instalment(due))], to: store, checkedOn: snapshot.agreement, versions: snapshot.versions)
        Output.print("\(due.id) of \(due.contributionID): \(MoneyText.pounds(money)) received \(due.receivedOn?.label ?? "").")
    }
}
