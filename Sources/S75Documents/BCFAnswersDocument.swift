import S75Domain

extension AgreementDocument {
    static func bcfAnswers(_ b: BCFReturnAnswers) -> JSONValue {
        .fields(["id": .text(b.id), "conditions": conditions(b.conditions), "achievements": .text(b.achievements),
                 "challenges": .text(b.challenges)])
    }

    static func bcfAnswers(_ node: Node) throws(InterchangeError) -> BCFReturnAnswers {
        let f = try node.object(["id", "conditions", "achievements", "challenges"])
        var answers = try f.parsed("id", "a BCF return (YYYY-YY q1|q2|q3|end-of-year)") { BCFReturnAnswers(id: $0) }
        answers.conditions = try conditions(try f.node("conditions"))
        (answers.achievements, answers.challenges) = (try f.string("achievements"), try f.string("challenges"))
        return answers
    }

    static func conditions(_ answers: [NationalConditionAnswer]) -> JSONValue {
        .array(answers.map { .fields(["condition": .text($0.condition), "confirmed": $0.confirmed.map(JSONValue.bool), "commentary": .text($0.commentary)]) })
    }

    static func conditions(_ node: Node) throws(InterchangeError) -> [NationalConditionAnswer] {
        try node.list().map { n throws(InterchangeError) in
            let f = try n.object(["condition", "confirmed", "commentary"])
            return NationalConditionAnswer(condition: try f.string("condition"),
                                           confirmed: f.optionalNode("confirmed") == nil ? nil : try f.bool("confirmed"),
                                           commentary: try f.string("commentary"))
        }
    }
}

extension ColumnCodec where Value == [NationalConditionAnswer] {
    /// A BCF return's answers to the national conditions.
    public static var conditions: Self { Self(encode: AgreementDocument.conditions, decode: AgreementDocument.conditions) }
}
