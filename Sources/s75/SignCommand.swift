import ArgumentParser
import S75Domain
import S75Store

/// `s75 sign FILE --submit 2025-12 [--partner LA] | --approve 2025-12 | --minutes 2025-10-21`: a signature on figures.
struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sign figures as the account running s75 (audited): a partner's month submitted, the month approved, minutes, "
            + "or a partner's part of the year-end settlement.",
        discussion: "A partner's finance lead submits the month's returns of the lines its partner leads; the pooled fund manager "
            + "approves the month once every partner has; the chair signs minutes the next meeting approved; each partner's s151 "
            + "or CFO signatory signs its part of the settlement once the month-12 outturn is final. A sign-off keeps "
            + "the figures it covers: a later change to any shows it SUPERSEDED in the report, check and the log (docs/people.md).")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "Submit this month's returns, YYYY-MM, for --partner (default: the signer's partner).")
    var submit: MonthArgument?

    @Option(help: "The partner whose returns are submitted.")
    var partner: String?

    @Option(help: "Approve this month, YYYY-MM.")
    var approve: MonthArgument?

    @Option(help: ArgumentHelp("Sign the minutes of this meeting.", valueName: "YYYY-MM-DD"))
    var minutes: DayArgument?

    @Option(help: ArgumentHelp("Sign --partner's part of this year's settlement (by its starting year, e.g. 2025).", valueName: "YEAR"))
    var yearEnd: Int?

    func validate() throws {
        guard [submit != nil, approve != nil, minutes != nil, yearEnd != nil].filter({ $0 }).count == 1 else {
            throw ValidationError("give one of --submit MONTH, --approve MONTH, --minutes DATE or --year-end YEAR.")
        }
    }

    func run() throws {
        let store = try Failure.reporting { () throws(StoreError) in try S75Database.open(at: file) }
        let snapshot = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }
        let a = snapshot.agreement, account = Author.current.user
        let scope: SignOff.Scope
        if let submit {
            guard let partner = partner ?? a.person(loggingInAs: account)?.partnerID else {
                throw Failure.stop("--submit needs --partner: \(account) is not among the agreement's people.")
            }
            scope = .submitted(submit.period, partner)
        } else if let approve {
            scope = .approved(approve.period)
        } else if let yearEnd {
            guard let partner = partner ?? a.person(loggingInAs: account)?.partnerID else {
                throw Failure.stop("--year-end needs --partner: \(account) is not among the agreement's people.")
            }
            scope = .yearEnd(FinancialYear(startYear: yearEnd), partner)
        } else {
            scope = .minutes(minutes?.day ?? DemoFile.today())
        }
        let signed: SignOff
        do {
            signed = try a.signing(scope, by: account, on: DemoFile.today())
        } catch {
            throw Failure.stop("\(error.message).")
        }
        try RecordSaving.save([Change(.signOff(signed))], to: store, checkedOn: a, versions: snapshot.versions)
        Output.print("\(signed.id): signed by \(account) on \(signed.on.label).")
    }
}
