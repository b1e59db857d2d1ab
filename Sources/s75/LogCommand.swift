import ArgumentParser
import Foundation
import S75App
import S75Domain
import S75Report
import S75Store

/// `s75 log FILE`: the audit trail, newest first.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the audit trail: every change, newest first, with who made it, when and from where.",
        discussion: "Never writes to the file. Times are UTC (ISO 8601).")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Option(help: "Only changes on or after this date, YYYY-MM-DD (or a full ISO time).")
    var since: String?

    @Option(help: ArgumentHelp("Only changes to this record: a line (S02, with its returns), a contribution (C1), a month's return "
                               + "(\"S02 2025-12\") or the agreement by its ID."))
    var entity: String?

    @Option(help: ArgumentHelp("Only changes to this kind of record: " + AuditFilter.kinds.joined(separator: ", ") + "."))
    var kind: String?

    @Option(help: "Only changes to the records of this month, YYYY-MM: its returns, meetings and decisions.")
    var period: String?

    @Option(help: "text, json or csv.")
    var format: AuditFormat = .text

    @Flag(help: ArgumentHelp("Walk the trail's hash chain and compare it with the file: print the first row it does not vouch for "
                             + "and each figure changed outside s75, and the chain's head; exit 1 if anything is wrong."))
    var verify = false

    func validate() throws {
        if let since, DateOnly(String(since.prefix(10)))?.exists != true {
            throw ValidationError("--since \(since) is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31.")
        }
        if let period, Period(period) == nil { throw ValidationError("--period \(period) is not a month; write it as YYYY-MM, e.g. 2025-12.") }
        if let kind, !AuditFilter.kinds.contains(kind) {
            throw ValidationError("--kind \(kind) is not a kind of record; it is one of \(AuditFilter.kinds.joined(separator: ", ")).")
        }
    }

    func run() throws {
        if verify { return try Self.verifyTrail(file) }
        let store = try StoreOpening.openToRead(file)
        let trail = try Failure.reporting { () throws(StoreError) in
            try store.auditTrail(since: since, entity: entity, user: nil, kind: kind, period: period)
        }
        Output.print(try format.render(trail), terminator: "")
    }
}

extension Log {
    /// Prints what the audit trail's check finds, and its head; exits 1 when anything is wrong.
    static func verifyTrail(_ file: String) throws {
        let reading = try StoreOpening.openToRead(file)
        let (problems, head) = try Failure.reporting { () throws(StoreError) in try reading.verifyAuditTrail() }
        for problem in problems { Output.print("\(file): \(problem)") }
        let headText = head.map { "row \($0.sequence), SHA-256 \($0.hash)" } ?? "no rows"
        Output.print("\(file): the file and its audit trail \(problems.isEmpty ? "agree" : "do NOT agree"); the chain's head: \(headText)")
        if !problems.isEmpty { throw ExitCode.failure }
    }
}

extension AuditFormat: ExpressibleByArgument {}
