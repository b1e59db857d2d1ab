import S75Domain

extension FormSpec {
    /// A BCF return's answers: each national condition met (yes), not met (no) or not yet answered, with commentary;
    /// then the narrative.
    static func bcfReturnFields(_ b: BCFReturnAnswers) -> [FormField] {
        let answers = [Choice("yes", "Yes, met"), Choice("no", "No, not met"), Choice("-", "— not answered yet")]
        var id = FormField("id", "Return", .text, b.id, hint: "the year and the return: :bcf-return q1, q2, q3 or end-of-year")
        id.locked = true
        return [id]
            + b.conditions.enumerated().flatMap { i, c in
                [FormField("confirmed\(i)", "\(i + 1). \(c.condition)", .choice(answers), c.confirmed.map { $0 ? "yes" : "no" } ?? "-",
                           hint: "yes, no or -"),
                 FormField("commentary\(i)", "   commentary", .text, c.commentary, optional: true, hint: "needed where a condition is not met")]
            }
            + [FormField("achievements", "Achievements", .text, b.achievements, optional: true, hint: "the narrative: what went well"),
               FormField("challenges", "Challenges", .text, b.challenges, optional: true, hint: "the narrative: what was hard, and what is done about it")]
    }

    static func bcfReturn(_ r: FormReader, keeping old: BCFReturnAnswers) throws(EditError) -> BCFReturnAnswers {
        var answers = old
        for i in answers.conditions.indices {
            let picked = try r.choice("confirmed\(i)")
            answers.conditions[i].confirmed = picked == "-" ? nil : picked == "yes"
            answers.conditions[i].commentary = r.text("commentary\(i)")
        }
        (answers.achievements, answers.challenges) = (r.text("achievements"), r.text("challenges"))
        return answers
    }
}
