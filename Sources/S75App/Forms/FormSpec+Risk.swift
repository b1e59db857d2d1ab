import S75Domain

extension FormSpec {
    static func riskFields(_ r: Risk, in a: Agreement) -> [FormField] {
        let scale = (1...5).map { Choice("\($0)", "\($0)") }
        return [FormField("id", "Identifier", .identifier, r.id, hint: "e.g. RR1"),
                FormField("title", "Risk", .text, r.title, hint: "what could go wrong, e.g. care-home placements outrun the budget"),
                FormField("owner", "Owner", .text, r.owner, hint: "who manages it"),
                FormField("likelihood", "Likelihood (1–5)", .choice(scale), "\(r.likelihood)", hint: "1 rare … 5 almost certain"),
                FormField("impact", "Impact (1–5)", .choice(scale), "\(r.impact)", hint: "1 negligible … 5 severe"),
                FormField("mitigation", "Mitigation", .text, r.mitigation, optional: true, hint: "what is being done about it"),
                FormField("trend", "Trend", .choice(choices(Risk.Trend.self, \.label)), r.trend.rawValue, hint: "since the board last looked"),
                FormField("lines", "Lines it touches", .choices(a.lines.map { Choice($0.id, $0.name) }), r.lineIDs.joined(separator: ", "),
                          optional: true, hint: "e.g. S14, S03")]
    }

    static func risk(_ r: FormReader) throws(EditError) -> Risk {
        Risk(id: try r.required("id"), title: try r.required("title"), owner: try r.required("owner"),
             likelihood: Int(try r.choice("likelihood")) ?? 0, impact: Int(try r.choice("impact")) ?? 0, mitigation: r.text("mitigation"),
             trend: try r.choice("trend", as: Risk.Trend.self), lineIDs: try r.choices("lines"))
    }
}
