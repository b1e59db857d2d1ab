import ArgumentParser
import S75Domain
import S75Postgres
import S75Store

/// `s75 people FILE [add|set|remove ACCOUNT …]`: who the agreement names, and what each may do.
struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the agreement's people and their roles; add, set or remove them (the pooled fund manager, audited).",
        discussion: "Roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")). The first person added is the pooled fund manager. "
            + "Who runs s75 is the account the kernel names, never USER or LOGNAME. Once the agreement has people, an account not "
            + "among them reads only (docs/people.md).")

    /// What to do to the people.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        case add, set, remove
    }

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Argument(help: "add, set or remove (leave out to list them).")
    var action: Action?

    @Argument(help: "The operating-system account they log in with.")
    var account: String?

    @OptionGroup var options: PersonOptions

    func validate() throws {
        if action != nil, account == nil { throw ValidationError("\(action?.rawValue ?? "") names the person's account, e.g. s75 people FILE add jo --role pfm.") }
    }

    func run() throws {
        guard let action, let account else { return try list() }
        let store = try StoreOpening.open(file)
        let snapshot = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot() }
        let a = snapshot.agreement, old = a.people.first { $0.account == account }
        switch (action, old) {
        case (.add, nil):
            let person = try options.applied(to: Person(account: account, name: account, partnerID: a.hostPartnerID, roles: []))
            try RecordSaving.save([Change(.person(person))], to: store, checkedOn: a)
            Output.print(Self.describe(person))
            if let address = ServerAddress(file), (try? ServerRegion.admit(accounts: [account], at: address)) == nil {
                Output.print("\(account) has no login role on the server yet, and you may not make one: ask its owner to run "
                             + "s75 server admit URL \(account).")
            }
        case (.add, _?):
            throw Failure.stop("\(account) is among the people already: s75 people \(file) set \(account) ….")
        case (.set, let old?):
            let person = try options.applied(to: old)
            try RecordSaving.save([Change(.person(person))], to: store, checkedOn: a, versions: snapshot.versions)
            Output.print(Self.describe(person))
        case (.remove, _?):
            try RecordSaving.save([Change(key: .person(account), new: nil)], to: store, checkedOn: a, versions: snapshot.versions)
            Output.print("\(account) removed from the agreement's people.")
        case (.set, nil), (.remove, nil):
            throw Failure.stop("\(account) is not among the people: s75 people \(file) lists them.")
        }
    }

    private func list() throws {
        let a = try StoreOpening.agreement(at: file)
        guard !a.people.isEmpty else { return Output.print("\(file): no people set: anyone who can write the file may change it.") }
        for p in a.people {
            Output.print("\(p.account)\t\(p.name)\t\(p.partnerID)\t\(p.roles.map(\.rawValue).joined(separator: ","))"
                         + (p.lines.isEmpty ? "" : "\tlines \(p.lines.joined(separator: ","))")
                         + (p.otherAccounts.isEmpty ? "" : "\talso \(p.otherAccounts.joined(separator: ","))"))
        }
    }

    static func describe(_ p: Person) -> String { "\(p.account) (\(p.name), \(p.partnerID)): \(p.roles.map(\.label).joined(separator: ", "))." }
}

/// The options that describe a person.
struct PersonOptions: ParsableArguments {
    @Option(help: "Their name.")
    var name: String?

    @Option(help: "Their partner, e.g. LA.")
    var partner: String?

    @Option(help: "A role (repeat for several).")
    var role: [String] = []

    @Option(help: "A line they lead, as a scheme lead (repeat for several).")
    var line: [String] = []

    @Option(help: "Another account they log in with (repeat for several).")
    var also: [String] = []

    /// `person` with what the options give.
    func applied(to person: Person) throws -> Person {
        var p = person
        if let name { p.name = name }
        if let partner { p.partnerID = partner }
        if !role.isEmpty {
            p.roles = try role.map { text in
                guard let role = Role(rawValue: text) else {
                    throw Failure.stop("--role \(text) is not a role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                return role
            }
        }
        if !line.isEmpty { p.lines = line }
        if !also.isEmpty { p.otherAccounts = also }
        return p
    }
}
