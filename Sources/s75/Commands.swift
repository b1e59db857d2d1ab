import ArgumentParser
import Foundation
import S75Documents
import S75Domain
import S75Interchange
import S75Postgres
import S75Store

/// `s75 demo [--sample ashvale]`: a sample agreement in a fresh file, opened on screen.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a sample agreement, Northmoor unless another is named (written to a new file; the built-in sample is never changed).")

    @Option(name: .customLong("file"), help: "Where to write the sample (default: a new folder under $TMPDIR).")
    var path: String?

    @Option(help: "The sample: northmoor (an alliance, outcome payments, a meeting) or ashvale (a prime contractor, a capitated contract, personal budgets).")
    var sample: Sample = .northmoor

    @OptionGroup var options: ScreenOptions

    func run() throws {
        let agreement = try sample.agreement()
        let file = try path ?? DemoFile.freshPath(named: sample.rawValue)
        let store = try Failure.reporting { () throws(StoreError) in try S75Database.create(at: file, with: agreement, author: .current) }
        try Session(store: store, options: options).run()
        Output.print("The demo agreement is saved in \(file)\nOpen it again with: s75 open \(file)")
    }
}

/// The built-in sample agreements.
enum Sample: String, ExpressibleByArgument, CaseIterable {
    case northmoor, ashvale

    /// The sample's agreement: Northmoor is built in code, Ashvale read from its document.
    func agreement() throws -> Agreement {
        switch self {
        case .northmoor: return Northmoor.agreement
        case .ashvale:
            do throws(InterchangeError) { return try SampleDocuments.ashvale() } catch { throw Failure.stop(error.description) }
        }
    }
}

/// `s75 open FILE`: an existing agreement on screen.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open an agreement file.")

    @Argument(help: "The agreement file, an agreement on a region's server (postgresql:///s75?host=DIR&agreement=ID), or the server itself for its portfolio (postgresql:///s75?host=DIR).",
              completion: .file(extensions: ["s75"]))
    var file: String

    @Flag(help: "Open without the possibility of changing the file (for presenting).")
    var readOnly = false

    @Flag(help: "Save changes to a file whose permissions say read-only, where you may write it anyway (as root may).")
    var ignoreReadOnlyPermissions = false

    @OptionGroup var options: ScreenOptions

    func validate() throws {
        if readOnly, ignoreReadOnlyPermissions {
            throw ValidationError("--read-only and --ignore-read-only-permissions ask for opposite things; give one of them.")
        }
    }

    func run() throws {
        if let region = ServerAddress(file), region.agreement == nil {
            return try RegionSession(address: region, options: options, readOnly: readOnly).run()
        }
        let store = try StoreOpening.open(file, readOnly: readOnly, ignoringModeBits: ignoreReadOnlyPermissions)
        try Session(store: store, options: options).run()
    }
}

/// `s75 walk FILE`: an agreement opened at the start of the board's walk.
struct Walk: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open an agreement at the board's walk, step by step, for a meeting.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Flag(help: "Open without the possibility of changing the file (the meeting is then not recorded).")
    var readOnly = false

    @Option(help: ArgumentHelp("The day the meeting is held (default: today), to write up a meeting afterwards.", valueName: "YYYY-MM-DD"))
    var date: DayArgument?

    @OptionGroup var options: ScreenOptions

    func validate() throws {
        if readOnly, date != nil {
            throw ValidationError("--date records the meeting as held on that day, which --read-only cannot do; give one of them.")
        }
    }

    func run() throws {
        let store = try StoreOpening.open(file, readOnly: readOnly)
        try Session(store: store, options: options, startWalking: true, meetingDay: date?.day).run()
    }
}

/// `s75 new FILE [--sample northmoor]`: a new agreement file, without opening the screen.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create an agreement file (empty, or holding a sample).")

    @Argument(help: "The file to create; it must not exist yet.")
    var file: String

    @Option(help: "Write this sample agreement instead of an empty one (northmoor or ashvale).")
    var sample: Sample?

    @Option(help: "The financial year of an empty agreement, by its starting year (e.g. 2026 for 2026-27).")
    var year: Int?

    @Option(help: "The pooled fund manager's account: the first of the agreement's people, who adds the others (s75 people).")
    var pfm: String?

    @Option(help: "With --pfm, their name (default: the account) and partner (default: the host).")
    var pfmName: String?

    func validate() throws {
        if sample != nil, year != nil {
            throw ValidationError("--year sets the year of an empty agreement; the samples are for 2025-26. Give one of them.")
        }
        if let year, !(2000...2100).contains(year) {
            throw ValidationError("--year \(year) is not a financial year s75 can hold; give its starting year, e.g. 2026 for 2026-27.")
        }
    }

    func run() throws {
        var agreement = try sample?.agreement() ?? Agreement.blank(startYear: year ?? DemoFile.currentFinancialYear())
        if let pfm {
            let person = Person(account: pfm, name: pfmName ?? pfm, partnerID: agreement.hostPartnerID, roles: [.pfm])
            guard agreement.partner(person.partnerID) != nil else {
                throw Failure.stop("an empty agreement has no partners yet for the pooled fund manager to belong to: create it, add the "
                                   + "partners, then s75 people \(file) add \(pfm) --role pfm.")
            }
            do { try agreement.apply(Change(.person(person))) } catch { throw Failure.stop("\(error.message).") }
        }
        _ = try Failure.reporting { () throws(StoreError) in try S75Database.create(at: file, with: agreement, author: .current) }
        Output.print("Created \(file): \(agreement.title)" + (pfm.map { "; \($0) is its pooled fund manager" } ?? "; no people set: anyone who can write the file may change it"))
    }
}

/// Where demo files go, and what year it is.
enum DemoFile {
    /// A new, empty folder under $TMPDIR with "NAME.s75" in it.
    static func freshPath(named name: String) throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        var template = Array("\(base)/s75-demo-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure.stop("Cannot create a folder for the demo under \(base). Set TMPDIR to a writable folder.")
        }
        return String(cString: made) + "/\(name).s75"
    }

    /// Today, on the calendar where s75 runs.
    static func today() -> DateOnly {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return DateOnly(year: parts.year ?? 2025, month: parts.month ?? 4, day: parts.day ?? 1)
    }

    /// The starting year of the financial year that contains today.
    static func currentFinancialYear() -> Int {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
        let year = parts.year ?? 2025, month = parts.month ?? 4
        return month >= 4 ? year : year - 1
    }
}
