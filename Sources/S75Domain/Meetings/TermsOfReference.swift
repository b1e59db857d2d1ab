/// A member of the board under its terms of reference (brief §1.5): who, for which partner, voting or adviser, and the
/// role they hold.
public struct BoardMember: Hashable, Sendable, Codable {
    /// Their name as the minutes give it; no commas (attendance is picked from a list of names).
    public var name: String
    public var partnerID: Partner.ID
    /// A voting member counts towards the quorum; an adviser does not.
    public var voting: Bool
    /// "Corporate Director Adults & Health", "Pooled fund manager".
    public var role: String

    public init(name: String, partnerID: Partner.ID, voting: Bool, role: String) {
        self.name = name
        self.partnerID = partnerID
        self.voting = voting
        self.role = role
    }
}

/// Who sat at a meeting (picked from the members) and the interests they declared.
public struct Participation: Hashable, Sendable {
    /// The members present, by name.
    public var present: [String]
    public var declarations: [Declaration]

    public init(present: [String] = [], declarations: [Declaration] = []) {
        self.present = present
        self.declarations = declarations
    }

    public static let none = Participation()
}

/// An interest a member declared at a meeting in a provider: they take no part in decisions about it.
public struct Declaration: Hashable, Sendable {
    public var member: String
    public var providerID: Provider.ID
    /// "Non-executive director of the provider".
    public var interest: String

    public init(member: String, providerID: Provider.ID, interest: String) {
        self.member = member
        self.providerID = providerID
        self.interest = interest
    }
}

/// Whether a meeting was quorate under the agreement's rule, and the sentence its minutes give.
public struct QuorumFinding: Hashable, Sendable {
    public var isQuorate: Bool
    public var sentence: String

    public init(isQuorate: Bool, sentence: String) {
        self.isQuorate = isQuorate
        self.sentence = sentence
    }
}

extension Agreement {
    /// `meeting`'s quorum under the terms of reference: at least the rule's number of voting members present from each
    /// partner with voting members. Nil while the agreement names no members (nothing to judge it by).
    public func quorum(at meeting: Meeting) -> QuorumFinding? {
        let voting = self.governance.members.filter(\.voting)
        guard !voting.isEmpty else { return nil }
        let rule = self.governance.votingMembersPerPartner
        let present = Set(meeting.participation.present)
        let partners = partners.map(\.id).filter { id in voting.contains { $0.partnerID == id } }
        let counts = partners.map { id in (id, voting.filter { $0.partnerID == id && present.contains($0.name) }.count) }
        let short = counts.filter { $0.1 < rule }
        let each = counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        let ruleText = "\(rule) voting member\(rule == 1 ? "" : "s") from each partner"
        guard short.isEmpty else {
            return QuorumFinding(isQuorate: false, sentence: "NOT QUORATE: the rule is \(ruleText); voting members present: \(each). "
                                 + "Decisions taken are marked so.")
        }
        return QuorumFinding(isQuorate: true, sentence: "Quorate: \(ruleText) (voting members present: \(each)).")
    }

    /// The members who take no part in `minute` at `meeting`, having declared an interest in a provider it is about (the
    /// provider itself, or a line or contract of it), each with their interest.
    public func notTakingPart(in minute: Minute, at meeting: Meeting) -> [String] {
        guard minute.kind == .decision, !meeting.participation.declarations.isEmpty else { return [] }
        let providers = Set([minute.item] + (lines[id: minute.item]?.providerIDs ?? []) + (contracts[id: minute.item].map { [$0.providerID] } ?? []))
        return meeting.participation.declarations.filter { providers.contains($0.providerID) }.map { d in
            "\(d.member) (\(d.interest.isEmpty ? "an interest" : d.interest) in \(d.providerID)\(provider(d.providerID).map { " \($0.name)" } ?? ""))"
        }
    }

    /// What the terms of reference must be: members with names (no commas, each once) of the agreement's partners, and a
    /// quorum of at least one.
    func check(_ governance: Governance) throws(EditError) {
        var seen: Set<String> = []
        for member in governance.members {
            guard !member.name.isEmpty, !member.name.contains(",") else { throw EditError("a member needs a name without commas: \(member.name)") }
            guard seen.insert(member.name).inserted else { throw EditError("\(member.name) is a member twice") }
            guard partner(member.partnerID) != nil else { throw EditError("\(member.name)'s partner \(member.partnerID) is not one of the partners") }
        }
        guard governance.votingMembersPerPartner >= 1 else { throw EditError("the quorum needs at least one voting member from each partner") }
    }

    /// What participation must be: members present are members, and a declaration names a member present and a provider.
    func check(_ participation: Participation) throws(EditError) {
        let members = Set(self.governance.members.map(\.name))
        for name in participation.present where !members.contains(name) {
            throw EditError("\(name) is not a member of the board: add them to the terms of reference (Agreement, Members) first")
        }
        for d in participation.declarations {
            guard members.contains(d.member) else { throw EditError("\(d.member) is not a member of the board") }
            guard provider(d.providerID) != nil else { throw EditError("there is no provider \(d.providerID)") }
        }
    }
}
