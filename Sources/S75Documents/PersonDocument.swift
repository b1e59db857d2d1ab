import S75Domain

extension AgreementDocument {
    static func person(_ p: Person) -> JSONValue {
        .fields(["account": .text(p.account), "otherAccounts": .texts(p.otherAccounts), "name": .text(p.name), "partner": .text(p.partnerID),
                 "roles": .texts(p.roles.map(\.rawValue)), "lines": .texts(p.lines)])
    }

    static func person(_ node: Node) throws(InterchangeError) -> Person {
        let f = try node.object(["account", "otherAccounts", "name", "partner", "roles", "lines"])
        let roles = try f.list("roles").map { n throws(InterchangeError) in
            let text = try n.string()
            guard let role = Role(rawValue: text) else {
                throw n.failure("\"\(text)\" is not a role (\(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return role
        }
        return Person(account: try f.string("account"), otherAccounts: try f.strings("otherAccounts"), name: try f.string("name"),
                      partnerID: try f.string("partner"), roles: roles, lines: try f.strings("lines"))
    }
}

extension AgreementDocument {
    static func signOff(_ s: SignOff) -> JSONValue {
        .fields(["id": .text(s.id), "by": .text(s.by), "on": .text(s.on.description), "covers": .text(s.covers),
                 "underDelegatedAuthority": s.underDelegatedAuthority ? .bool(true) : nil])
    }

    static func signOff(_ node: Node) throws(InterchangeError) -> SignOff {
        let f = try node.object(["id", "by", "on", "covers", "underDelegatedAuthority"])
        let scopes = "submitted YYYY-MM PARTNER, approved YYYY-MM, minutes YYYY-MM-DD, year-end YYYY-YY PARTNER or bcf-return YYYY-YY q1|q2|q3|end-of-year"
        return SignOff(scope: try f.parsed("id", "a sign-off (\(scopes))") { SignOff.Scope(id: $0) },
                       by: try f.string("by"), on: try f.date("on"), covers: try f.string("covers"),
                       underDelegatedAuthority: try f.optionalNode("underDelegatedAuthority") == nil ? false : f.bool("underDelegatedAuthority"))
    }
}
