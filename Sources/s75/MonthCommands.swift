import ArgumentParser
import S75Domain
import S75Store

/// A month of the agreement on the command line: "2025-12".
struct MonthArgument: ExpressibleByArgument {
    let period: Period

    init?(argument: String) {
        guard let period = Period(argument) else { return nil }
        self.period = period
    }

    static var defaultCompletionKind: CompletionKind { .custom { words, _, _ in MonthCompletion.monitoredMonths(in: words) } }
}

/// The file and the month a command about a month names.
struct MonthOptions: ParsableArguments {
    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "The month, YYYY-MM.")
    var period: MonthArgument
}

/// `s75 close FILE --period 2025-12`.
struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Close a reported month (audited): its returns are locked, and kept as first reported.",
        discussion: "Run on a reopened month, it closes it again as restated. A closed month's returns are refused to every "
            + "edit; correct one by an adjustment in an open month, or reopen it with a reason (s75 reopen). See docs/record.md.")

    @OptionGroup var month: MonthOptions

    func run() throws {
        try MonthRecord.save(file: month.file) { a throws(EditError) in
            try a.closing(month.period.period, on: DemoFile.today(), by: Author.current.user)
        }
    }
}

/// `s75 reopen FILE --period 2025-12 --reason TEXT`.
struct Reopen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reopen a closed month to correct it, with the reason (audited); s75 close closes it again as restated.",
        discussion: "The returns as first reported stay in the file beside the corrected ones, and reports show both.")

    @OptionGroup var month: MonthOptions

    @Option(help: "Why it is reopened, as the restatement will say.")
    var reason: String

    func run() throws {
        try MonthRecord.save(file: month.file) { a throws(EditError) in
            try a.reopening(month.period.period, on: DemoFile.today(), by: Author.current.user, reason: reason)
        }
    }
}

/// Writes a month's close, made from the agreement as stored, and says what it did.
enum MonthRecord {
    static func save(file: String, _ make: (Agreement) throws(EditError) -> MonthClose) throws {
        let store = try StoreOpening.open(file)
        let snapshot = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }
        let close: MonthClose
        do {
            close = try make(snapshot.agreement)
        } catch {
            throw Failure.stop("\(error.message).")
        }
        let key = RecordKey.monthClose(close.period)
        _ = try Failure.reporting { () throws(StoreError) in
            try store.apply([(Change(.monthClose(close)), snapshot.version(of: key))], author: .current, at: S75Database.now())
        }
        let returns = close.isLocked ? " Its \(snapshot.agreement.returns(at: close.period).count) returns are locked." : ""
        Output.print("\(close.period.label) \(close.summary).\(returns)")
    }
}

/// `s75 adjust FILE --line S03 --corrects 2025-12 --amount 50000 --reason TEXT [--in 2026-01]`.
struct Adjust: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Enter a correction to a closed month in an open one (audited), as a prior-period adjustment with its reason.",
        discussion: "The closed month stays as reported; reports of the months from the one it is entered in list it. The line's "
            + "actual to date in the open month includes it, as entered there.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "The scheme line, e.g. S03.")
    var line: String

    @Option(help: "The closed month it corrects, YYYY-MM.")
    var corrects: MonthArgument

    @Option(help: "The amount in pounds, added to the line's actual (negative when taken away), e.g. 50000 or -1,250.50.")
    var amount: String

    @Option(help: "Why, as the reports will say.")
    var reason: String

    @Option(name: .customLong("in"), help: "The open month it is entered in, YYYY-MM (default: the agreement's reporting month).")
    var enteredIn: MonthArgument?

    func run() throws {
        let store = try StoreOpening.open(file)
        let snapshot = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }
        let a = snapshot.agreement
        let money = try RecordSaving.amount(amount)
        let adjustment = PriorPeriodAdjustment(id: a.nextAdjustmentID, lineID: line, enteredIn: enteredIn?.period ?? a.reportingPeriod,
                                               relatesTo: corrects.period, amount: money, reason: reason)
        try RecordSaving.save([Change(.adjustment(adjustment))], to: store, checkedOn: a)
        Output.print("\(adjustment.id): \(MoneyText.pounds(money)) on \(line), entered in \(adjustment.enteredIn.label), correcting "
                     + "\(corrects.period.label): \(reason).")
    }
}
