import ArgumentParser
import Foundation
import S75Domain
import S75Store

/// `s75 settle FILE [--generate [--due DATE]] [--add --from ICB --to LA --amount 1000 --due DATE]
/// [--payment SP1 [--invoice REF] [--paid DATE]]`: the year-end settlement as payments between partners.
struct Settle: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the payments that settle the year's risk share; make them from the agreed year-end, or record an invoice "
            + "or a payment (audited).",
        discussion: "--generate makes the year's payments once its month-12 outturn is final: the host partner invoices each other "
            + "partner for its share of an overspend (and credits its share of an underspend), due --due (default: 30 days from today). "
            + "--add enters a payment the board agreed otherwise (--from, --to, --amount in pounds, --due). "
            + "--payment SP1 with --invoice records the invoice it is paid against, with --paid the day it was paid; a paid payment is "
            + "kept. s75 check warns of each payment past its due date; the year-end view and the annual return list them.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Flag(help: "Make the year's payments from its agreed year-end.")
    var generate = false

    @Option(help: ArgumentHelp("With --generate or --add, the day the payments are due (default: 30 days from today).", valueName: "YYYY-MM-DD"))
    var due: DayArgument?

    @Flag(help: "Enter a payment of the year's settlement: --from, --to, --amount.")
    var add = false

    @Option(help: "With --add, the partner that pays.")
    var from: String?

    @Option(help: "With --add, the partner paid.")
    var to: String?

    @Option(help: "With --add, the amount in pounds.")
    var amount: String?

    @Option(help: "The payment to record an invoice or payment for, e.g. SP1 (s75 settle FILE lists them).")
    var payment: String?

    @Option(help: "With --payment, the invoice or credit note it is paid against.")
    var invoice: String?

    @Option(help: ArgumentHelp("With --payment, the day it was paid.", valueName: "YYYY-MM-DD"))
    var paid: DayArgument?

    func validate() throws {
        if [generate, add, payment != nil].filter({ $0 }).count > 1 { throw ValidationError("give one of --generate, --add or --payment.") }
        if due != nil, !generate, !add { throw ValidationError("--due goes with --generate or --add.") }
        if add, from == nil || to == nil || amount == nil { throw ValidationError("--add needs --from, --to and --amount.") }
        if !add, from != nil || to != nil || amount != nil { throw ValidationError("--from, --to and --amount go with --add.") }
        if payment != nil, invoice == nil, paid == nil { throw ValidationError("--payment needs --invoice, --paid or both.") }
        if payment == nil, invoice != nil || paid != nil { throw ValidationError("--invoice and --paid go with --payment.") }
    }

    func run() throws {
        guard generate || add || payment != nil else { return try list() }
        let store = try StoreOpening.open(file)
        let snapshot = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }
        let a = snapshot.agreement
        if generate {
            let payments: [SettlementPayment]
            do {
                payments = try a.settlementPayments(for: a.financialYear, due: due?.day ?? DemoFile.today().adding(days: 30))
            } catch {
                throw Failure.stop("\(error.message).")
            }
            guard !payments.isEmpty else { return Output.print("\(a.financialYear): no partner pays another; nothing to record.") }
            try RecordSaving.save(payments.map { Change(.settlement($0)) }, to: store, checkedOn: a)
            for p in payments { Output.print("\(p.id): \(p.summary), due \(p.due.label).") }
            return
        }
        if add, let from, let to, let amount {
            let number = (a.settlementPayments.compactMap { Int($0.id.dropFirst(2)) }.max() ?? 0) + 1
            let entered = SettlementPayment(id: "SP\(number)", year: a.financialYear, from: from, to: to, amount: try RecordSaving.amount(amount),
                                            due: due?.day ?? DemoFile.today().adding(days: 30))
            try RecordSaving.save([Change(.settlement(entered))], to: store, checkedOn: a)
            return Output.print("\(entered.id): \(entered.summary), due \(entered.due.label).")
        }
        guard let id = payment, var recorded = a.settlementPayments.first(where: { $0.id == id }) else {
            throw Failure.stop("there is no payment \(payment ?? ""): s75 settle \(file) lists them.")
        }
        if let invoice { recorded.invoice = invoice }
        if let paid {
            guard paid.day <= DemoFile.today() else { throw Failure.stop("--paid \(paid.day) is after today: record a payment once it is made.") }
            recorded.paidOn = paid.day
        }
        try RecordSaving.save([Change(.settlement(recorded))], to: store, checkedOn: a, versions: snapshot.versions)
        Output.print("\(recorded.id): \(Self.line(recorded, today: DemoFile.today())).")
    }

    private func list() throws {
        let a = try StoreOpening.agreement(at: file)
        guard !a.settlementPayments.isEmpty else { return Output.print("No settlement payments recorded in \(file).") }
        for p in a.settlementPayments { Output.print("\(p.id)  \(p.year)  \(Self.line(p, today: DemoFile.today()))") }
    }

    /// "ICB pays LA £393,600, due 20 May 2026, invoice INV-42, paid 12 May 2026" (or "not paid", "OVERDUE").
    static func line(_ p: SettlementPayment, today: DateOnly) -> String {
        "\(p.summary), due \(p.due.label)" + (p.invoice.isEmpty ? ", no invoice yet" : ", invoice \(p.invoice)")
            + (p.paidOn.map { ", paid \($0.label)" } ?? (p.isOverdue(on: today) ? ", not paid: OVERDUE" : ", not paid"))
    }
}
