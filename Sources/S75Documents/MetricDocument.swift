import S75Domain

extension AgreementDocument {
    static func metric(_ m: Metric) -> JSONValue {
        let tolerance: JSONValue = switch m.tolerance {
        case .relative(let bp): .fields(["kind": .text("relative"), "basisPoints": .int(bp)])
        case .points(let thousandths): .fields(["kind": .text("points"), "thousandths": .int(thousandths)])
        }
        return .fields([
            "id": .text(m.id), "name": .text(m.name), "definition": .text(m.definition), "unit": .text(m.unit.rawValue),
            "direction": .text(m.direction.rawValue), "decimals": .number(m.decimals), "denominatorNote": .text(m.denominatorNote),
            "baselineThousandths": .int(m.baseline.thousandths), "baselineNote": .text(m.baselineNote),
            "annualTargetThousandths": .int(m.annualTarget.thousandths), "targetNote": .text(m.targetNote),
            "quarterlyTargetsThousandths": .array(m.quarterlyTargets.map { $0.map { .int($0.thousandths) } ?? .null }),
            "quarterlyNote": .text(m.quarterlyNote), "quarterlyUnit": m.quarterlyUnit.map { .text($0.rawValue) },
            "tolerance": tolerance, "publicationLagMonths": .number(m.publicationLagMonths),
            "values": .array(m.values.map { v in
                .fields(["period": .text(v.period.label), "valueThousandths": .int(v.value.thousandths), "basis": .text(v.basis),
                         "numerator": v.numerator.map(JSONValue.int), "denominator": v.denominator.map(JSONValue.int)])
            }),
        ])
    }

    static func metric(_ node: Node) throws(InterchangeError) -> Metric {
        let f = try node.object(["id", "name", "definition", "unit", "direction", "decimals", "denominatorNote", "baselineThousandths",
                                 "baselineNote", "annualTargetThousandths", "targetNote", "quarterlyTargetsThousandths", "quarterlyNote",
                                 "quarterlyUnit", "tolerance", "publicationLagMonths", "values"])
        let t = try f.node("tolerance")
        let tolerance: Tolerance
        switch try t.object(["kind", "basisPoints", "thousandths"]).kind(["relative", "points"]) {
        case "relative": tolerance = .relative(basisPoints: try t.object(["kind", "basisPoints"]).int("basisPoints"))
        default: tolerance = .points(thousandths: try t.object(["kind", "thousandths"]).int("thousandths"))
        }
        let quarterlyUnit: Metric.Unit? = f.optionalNode("quarterlyUnit") == nil ? nil : try f.code("quarterlyUnit", "unit")
        return Metric(
            id: try f.string("id"), name: try f.string("name"), definition: try f.string("definition"), unit: try f.code("unit", "unit"),
            direction: try f.code("direction", "direction"), decimals: try f.int32("decimals"), denominatorNote: try f.string("denominatorNote"),
            baseline: MetricNumber(thousandths: try f.int("baselineThousandths")), baselineNote: try f.string("baselineNote"),
            annualTarget: MetricNumber(thousandths: try f.int("annualTargetThousandths")), targetNote: try f.string("targetNote"),
            quarterlyTargets: try f.list("quarterlyTargetsThousandths").map { n throws(InterchangeError) in
                n.value == .null ? nil : MetricNumber(thousandths: try n.int())
            },
            quarterlyNote: try f.string("quarterlyNote"), quarterlyUnit: quarterlyUnit, tolerance: tolerance,
            publicationLagMonths: try f.int32("publicationLagMonths"),
            values: try f.list("values").map { n throws(InterchangeError) in
                let v = try n.object(["period", "valueThousandths", "basis", "numerator", "denominator"])
                return MetricValue(period: try v.parsed("period", "a quarter (Q1–Q4) or Year") { MetricPeriod(label: $0) },
                                   value: MetricNumber(thousandths: try v.int("valueThousandths")), basis: try v.string("basis"),
                                   numerator: try v.optionalInt("numerator"), denominator: try v.optionalInt("denominator"))
            })
    }
}
