import S75Domain

extension FormSpec {
    static func personFields(_ p: Person, in a: Agreement) -> [FormField] {
        [FormField("account", "Account", .identifier, p.account, hint: "the operating-system account they log in with, e.g. jo"),
         FormField("name", "Name", .text, p.name, hint: "e.g. Jo Bloggs"),
         FormField("partner", "Partner", .choice(partnerChoices(a)), p.partnerID),
         FormField("roles", "Roles", .choices(Role.allCases.map { Choice($0.rawValue, $0.label) }), p.roles.map(\.rawValue).joined(separator: ", "),
                   hint: "pfm, finance-lead, scheme-lead, chair, member, adviser, signatory, auditor, viewer"),
         FormField("lines", "Lines they lead", .choices(a.lines.map { Choice($0.id, $0.name) }), p.lines.joined(separator: ", "), optional: true,
                   hint: "for a scheme lead, e.g. S03, S13"),
         FormField("others", "Other accounts", .list, p.otherAccounts.joined(separator: "; "), optional: true, hint: "separate with ;")]
    }

    static func person(_ r: FormReader) throws(EditError) -> Person {
        Person(account: try r.required("account"), otherAccounts: r.list("others"), name: try r.required("name"), partnerID: try r.choice("partner"),
               roles: try r.choices("roles").map { text throws(EditError) in
                   guard let role = Role(rawValue: text) else { throw r.failure("roles", "\(text) is not a role") }
                   return role
               },
               lines: try r.choices("lines"))
    }
}
