/// Someone the agreement names (issue: people and roles): the operating-system accounts they log in with, their
/// partner and the roles they hold. Who is running s75 is the account the kernel names, never a variable a user sets.
public struct Person: Hashable, Sendable, Identifiable {
    /// Their main account, and their identifier: "jo".
    public var account: String
    /// Any other accounts they log in with.
    public var otherAccounts: [String]
    public var name: String
    public var partnerID: Partner.ID
    public var roles: [Role]
    /// The lines a scheme lead leads.
    public var lines: [SchemeLine.ID]

    public var id: String { account }

    public init(account: String, otherAccounts: [String] = [], name: String, partnerID: Partner.ID, roles: [Role], lines: [SchemeLine.ID] = []) {
        self.account = account
        self.otherAccounts = otherAccounts
        self.name = name
        self.partnerID = partnerID
        self.roles = roles
        self.lines = lines
    }

    /// Whether they log in as `account`.
    public func logsIn(as account: String) -> Bool { self.account == account || otherAccounts.contains(account) }
}

/// What a person may do for the board (brief §1.3).
public enum Role: String, Hashable, Sendable, CaseIterable {
    case pfm, financeLead = "finance-lead", schemeLead = "scheme-lead", chair, member, adviser, signatory, auditor, viewer

    /// "the pooled fund manager", "a partner's finance lead" …
    public var label: String {
        switch self {
        case .pfm: "the pooled fund manager"
        case .financeLead: "a partner's finance lead"
        case .schemeLead: "a scheme lead"
        case .chair: "the chair"
        case .member: "a board member"
        case .adviser: "an adviser to the board"
        case .signatory: "a partner's s151 or CFO signatory"
        case .auditor: "an auditor"
        case .viewer: "a viewer"
        }
    }

    /// What the role may do, as the permission table (``Agreement/refusal(of:by:)``) allows it.
    public var rights: String {
        switch self {
        case .pfm: "changes the financial records and the people, closes and reopens months, approves months and variations within "
            + "its limit, enters any return, imports any ledger, records the HWB's sign-off of BCF returns"
        case .financeLead: "enters the returns of the lines its partner leads, imports its partner's ledger, submits its partner's month"
        case .schemeLead: "enters the returns of the lines it leads"
        case .chair: "records decisions and actions, closes meetings, records the approval of minutes, signs approved minutes"
        case .member: "records a meeting's attendance and declarations"
        case .adviser, .auditor, .viewer: "reads everything, the audit included, and changes nothing"
        case .signatory: "signs its partner's part of the year-end settlement"
        }
    }

}

extension Agreement {
    /// The person who logs in as `account`, if the agreement names one.
    public func person(loggingInAs account: String) -> Person? { people.first { $0.logsIn(as: account) } }

    /// What a person must be: an account, a name, a partner, at least one role, lines only for a scheme lead and
    /// lines that exist; no account named twice; and, once there are people, a pooled fund manager among them.
    func check(_ person: Person, replacing old: Person?) throws(EditError) {
        guard !person.account.isEmpty, !person.account.contains(" ") else { throw EditError("a person needs their account, without spaces") }
        guard !person.name.isEmpty else { throw EditError("a person needs a name") }
        guard partner(person.partnerID) != nil else { throw EditError("\(person.partnerID) is not one of the partners") }
        guard !person.roles.isEmpty else { throw EditError("a person needs a role (\(Role.allCases.map(\.rawValue).joined(separator: ", ")))") }
        for id in person.lines where !lines.contains(id: id) { throw EditError("there is no line \(id)") }
        if !person.lines.isEmpty, !person.roles.contains(.schemeLead) { throw EditError("lines are led by a scheme lead: add that role") }
        for account in [person.account] + person.otherAccounts {
            if let other = people.first(where: { $0.account != person.account && $0.logsIn(as: account) }) {
                throw EditError("\(account) is \(other.name)'s account already")
            }
        }
        let others = people.filter { $0.account != person.account }
        guard person.roles.contains(.pfm) || others.contains(where: { $0.roles.contains(.pfm) }) else {
            throw EditError(old == nil ? "the first person is the pooled fund manager, who then adds the others"
                            : "the agreement keeps a pooled fund manager: give the role to someone else first")
        }
    }
}
