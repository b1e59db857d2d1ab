import ArgumentParser
import S75Domain
import S75Store

/// `s75 sign FILE --submit 2025-12 [--partner LA] | --approve 2025-12 | --minutes 2025-10-21 | --year-end 2025 |
/// --bcf-return q3 [--on DATE] [--delegated]`: a signature on figures.
struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sign figures as the account running s75 (audited): a partner's month submitted, the month approved, minutes, "
            + "or a partner's part of the year-end settlement.",
        discussion: "A partner's finance lead submits the month's returns of the lines its partner leads; the pooled fund manager "
            + "approves the month once every partner has; the chair signs minutes the next meeting approved; each partner's s151 "
            + "or CFO signatory signs its part of the settlement once the month-12 outturn is final; the pooled fund manager records "
            + "the Health and Wellbeing Board's sign-off of a BCF return (--on the day it was given, --delegated if under delegated "
            + "authority) once every line's return for the quarter is in. A sign-off keeps "
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

    @Option(help: ArgumentHelp("Record the Health and Wellbeing Board's sign-off of this BCF return of the agreement's year.",
                               valueName: "q1|q2|q3|end-of-year"))
    var bcfReturn: BCFReturnKind?

    @Option(help: ArgumentHelp("The day the Health and Wellbeing Board (or its delegate) signed the BCF return (default: today).",
                               valueName: "YYYY-MM-DD"))
    var on: DayArgument?

    @Flag(help: "The BCF return was signed off under delegated authority, to be noted at the board's next meeting.")
    var delegated = false

    func validate() throws {
        guard [submit != nil, approve != nil, minutes != nil, yearEnd != nil, bcfReturn != nil].filter({ $0 }).count == 1 else {
            throw ValidationError("give one of --submit MONTH, --approve MONTH, --minutes DATE, --year-end YEAR or --bcf-return KIND.")
        }
        guard bcfReturn != nil || (on == nil && !delegated) else {
            throw ValidationError("--on and --delegated go with --bcf-return: other sign-offs are dated the day they are signed.")
        }
    }

    func run() throws {
        let store = try StoreOpening.open(file)
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
        } else if let bcfReturn {
            scope = .bcfReturn(a.financialYear, bcfReturn)
        } else {
            scope = .minutes(minutes?.day ?? DemoFile.today())
        }
        let day = on?.day ?? DemoFile.today()
        guard day <= DemoFile.today() else { throw Failure.stop("--on \(day) is after today: a sign-off is recorded once it is given.") }
        let signed: SignOff
        do {
            signed = try a.signing(scope, by: account, on: day, underDelegatedAuthority: delegated)
        } catch {
            throw Failure.stop("\(error.message).")
        }
        try RecordSaving.save([Change(.signOff(signed))], to: store, checkedOn: a, versions: snapshot.versions)
        Output.print("\(signed.id): " + signed.statement + ".")
    }
}

extension BCFReturnKind: ExpressibleByArgument {}
