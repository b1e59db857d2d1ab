import S75Domain

extension FormSpec {
    static func newMetric(in a: Agreement) -> Metric {
        Metric(id: nextID("M", a.metrics.map(\.id)), name: "", definition: "", unit: .ratePer100k, direction: .lowerIsBetter, decimals: 0,
               baseline: MetricNumber(0), annualTarget: MetricNumber(0), quarterlyTargets: [nil, nil, nil, nil],
               tolerance: .relative(basisPoints: 500), values: [])
    }

    static let toleranceChoices = [Choice("relative", "Per cent of the target"), Choice("points", "Percentage points")]
    static let quarterUnitChoices = [Choice("same", "The metric's own unit")]
        + Metric.Unit.allCases.map { Choice($0.rawValue, $0.label) }
    static let directionChoices = [Choice("lower", "Lower is better"), Choice("higher", "Higher is better")]

    static func metricFields(_ m: Metric) -> [FormField] {
        let (toleranceKind, tolerance): (String, String) = switch m.tolerance {
        case .relative(let bp): ("relative", FormText.percent(bp))
        case .points(let thousandths): ("points", FormText.number(MetricNumber(thousandths: thousandths)))
        }
        var fields = [
            FormField("id", "Metric", .identifier, m.id, hint: "e.g. M7"),
            FormField("name", "Name", .text, m.name),
            FormField("definition", "Definition", .text, m.definition, optional: true),
            FormField("unit", "Unit", .choice(choices(Metric.Unit.self, \.label)), m.unit.rawValue),
            FormField("direction", "Better when", .choice(directionChoices), m.direction.rawValue),
            FormField("decimals", "Decimals published", .integer(0...3), "\(m.decimals)"),
            FormField("denominator", "Denominator", .text, m.denominatorNote, optional: true, hint: "e.g. population 65+: 52,000"),
            FormField("baseline", "Baseline", .number(optional: false), FormText.number(m.baseline)),
            FormField("target", "Annual target", .number(optional: false), FormText.number(m.annualTarget)),
        ]
        for q in 1...4 {
            fields.append(FormField("q\(q)Target", "Q\(q) target", .number(optional: true), FormText.number(m.quarterlyTargets[q - 1]),
                                    hint: q == 1 ? "blank where there is none" : ""))
        }
        fields += [
            FormField("quarterUnit", "Unit of the quarters", .choice(quarterUnitChoices), m.quarterlyUnit?.rawValue ?? "same"),
            FormField("toleranceKind", "Tolerance as", .choice(toleranceChoices), toleranceKind),
            FormField("tolerance", "Tolerance", .text, tolerance, hint: "e.g. 5% of target, or 1 (pp)"),
            FormField("lag", "Publication lag (months)", .integer(0...24), "\(m.publicationLagMonths)"),
        ]
        for period in MetricPeriod.all {
            fields.append(FormField("value-\(period.label)", "\(period.label) value", .number(optional: true),
                                    FormText.number(m.value(for: period)?.value), hint: period == .quarter(1) ? "blank until published" : ""))
        }
        return fields
    }

    static func metric(_ r: FormReader, keeping old: Metric) throws(EditError) -> Metric {
        var m = old
        m.id = try r.required("id")
        m.name = try r.required("name")
        m.definition = r.text("definition")
        m.unit = try r.choice("unit", as: Metric.Unit.self)
        m.direction = try r.choice("direction", as: Metric.Direction.self)
        m.decimals = try r.integer("decimals", 0...3)
        m.denominatorNote = r.text("denominator")
        guard let baseline = try r.number("baseline"), let target = try r.number("target") else {
            throw r.failure("target", "a baseline and a target are needed")
        }
        m.baseline = baseline
        m.annualTarget = target
        m.quarterlyTargets = try (1...4).map { q throws(EditError) in try r.number("q\(q)Target") }
        let quarterUnit = try r.choice("quarterUnit")
        m.quarterlyUnit = quarterUnit == "same" ? nil : Metric.Unit(rawValue: quarterUnit)
        if try r.choice("toleranceKind") == "relative" {
            m.tolerance = .relative(basisPoints: try r.percent("tolerance"))
        } else {
            guard let points = MetricNumber(r.text("tolerance").filter { $0 != "p" }.trimmingSpaces()) else {
                throw r.failure("tolerance", "write percentage points, e.g. 1")
            }
            m.tolerance = .points(thousandths: points.thousandths)
        }
        m.publicationLagMonths = try r.integer("lag", 0...24)
        var values: [MetricValue] = []
        for period in MetricPeriod.all {
            guard let number = try r.number("value-\(period.label)") else { continue }
            let previous = old.value(for: period)
            values.append(previous?.value == number ? previous! : MetricValue(period: period, value: number))
        }
        m.values = values
        return m
    }
}
