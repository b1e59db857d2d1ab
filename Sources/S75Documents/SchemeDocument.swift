import S75Domain

extension AgreementDocument {
    /// The lines grouped by scheme, in the order each scheme first appears; each line with its monthly returns.
    static func schemes(_ a: Agreement) -> [JSONValue] {
        var order: [String] = []
        for line in a.lines where !order.contains(line.schemeID) { order.append(line.schemeID) }
        return order.map { scheme in
            .fields(["id": .text(scheme), "lines": .array(a.lines.filter { $0.schemeID == scheme }.map { line($0, in: a) })])
        }
    }

    static func line(_ l: SchemeLine, in a: Agreement) -> JSONValue {
        .fields([
            "id": .text(l.id), "name": .text(l.name), "schemeType": .text(l.schemeType), "subType": .text(l.subType),
            "areaOfSpend": .text(l.areaOfSpend.rawValue), "commissioner": commissioner(l.commissioner),
            "leadCommissioner": .text(l.leadCommissionerID), "providers": .texts(l.providerIDs), "source": .text(l.source.rawValue),
            "budgetPence": .money(l.budget), "plannedOutput": .text(l.plannedOutput), "profile": profile(l.profile),
            "budgetType": .text(l.budgetType.rawValue), "arrangement": .text(l.arrangement.rawValue),
            "delegatedFunctions": .texts(l.delegatedFunctions),
            "description": .text(l.description), "newScheme": l.isNewScheme.map(JSONValue.bool),
            "monitoring": .array(a.monitoring.entries(for: l.id).map(entry)),
        ])
    }

    static let lineKeys = ["id", "name", "schemeType", "subType", "areaOfSpend", "commissioner", "leadCommissioner", "providers", "source",
                           "budgetPence", "plannedOutput", "profile", "budgetType", "arrangement", "delegatedFunctions", "virements",
                           "monitoring", "description", "newScheme"]

    /// Each line, then its returns, as records to apply in order; and the variations a file written before budgets
    /// changed by variation holds as lines' undated virements (read as from `start`).
    static func schemeRecords(_ schemes: [Node], start: Period) throws(InterchangeError)
        -> (records: [(AgreementRecord, Node)], legacy: [(AgreementRecord, Node)]) {
        var records: [(AgreementRecord, Node)] = [], legacy: [(AgreementRecord, Node)] = []
        for scheme in schemes {
            let s = try scheme.object(["id", "lines"])
            let schemeID = try s.string("id")
            for node in try s.list("lines") {
                let f = try node.object(lineKeys)
                var line = SchemeLine(
                    id: try f.string("id"), schemeID: schemeID, name: try f.string("name"), schemeType: try f.string("schemeType"),
                    subType: try f.string("subType"), areaOfSpend: try f.code("areaOfSpend", "area of spend"),
                    commissioner: try commissioner(try f.node("commissioner")), leadCommissionerID: try f.string("leadCommissioner"),
                    providerIDs: try f.strings("providers"), source: try f.code("source", "funding source"),
                    budget: try f.money("budgetPence"), plannedOutput: try f.string("plannedOutput"),
                    profile: try profile(try f.node("profile")), budgetType: try f.code("budgetType", "budget type"),
                    arrangement: try f.code("arrangement", "commissioning arrangement"),
                    delegatedFunctions: try f.strings("delegatedFunctions"), description: try f.string("description"),
                    isNewScheme: f.optionalNode("newScheme") == nil ? nil : try f.bool("newScheme"))
                if let old = f.optionalNode("virements") {
                    legacy += try legacyVirements(old, on: &line, from: start, numbered: legacy.count + 1).map { (.variation($0), old) }
                }
                records.append((.line(line), node))
                for n in try f.list("monitoring") { records.append((.monitoring(try entry(n, line: line.id)), n)) }
            }
        }
        return (records, legacy)
    }

    /// One month's return, as a line holds it.
    static func entry(_ e: MonitoringEntry) -> JSONValue {
        .fields(["period": .text(e.period.description), "budgetToDatePence": .money(e.budgetToDate),
                 "actualToDatePence": .money(e.actualToDate), "forecastOutturnPence": .money(e.forecastOutturn),
                 "commentary": .text(e.commentary)])
    }

    static func entry(_ node: Node, line: String) throws(InterchangeError) -> MonitoringEntry {
        let e = try node.object(["period", "budgetToDatePence", "actualToDatePence", "forecastOutturnPence", "commentary"])
        return MonitoringEntry(lineID: line, period: try e.period("period"), budgetToDate: try e.money("budgetToDatePence"),
                               actualToDate: try e.money("actualToDatePence"), forecastOutturn: try e.money("forecastOutturnPence"),
                               commentary: try e.string("commentary"))
    }

    static func commissioner(_ c: Commissioner) -> JSONValue {
        switch c {
        case .localAuthority: .fields(["kind": .text("local-authority")])
        case .integratedCareBoard: .fields(["kind": .text("icb")])
        case .joint(let nhs): .fields(["kind": .text("joint"), "nhsBasisPoints": .number(Int(nhs))])
        }
    }

    static func commissioner(_ node: Node) throws(InterchangeError) -> Commissioner {
        switch try node.object(["kind", "nhsBasisPoints", "nhsPercent"]).kind(["local-authority", "icb", "joint"]) {
        case "joint":
            // Files written before shares were basis points give whole per cent ("nhsPercent": 44).
            let joint = try node.object(["kind", "nhsBasisPoints", "nhsPercent"])
            if let legacy = try joint.optionalInt("nhsPercent") { return .joint(nhsBasisPoints: legacy * 100) }
            return .joint(nhsBasisPoints: try joint.int("nhsBasisPoints"))
        case "icb": _ = try node.object(["kind"]); return .integratedCareBoard
        default: _ = try node.object(["kind"]); return .localAuthority
        }
    }

    static func profile(_ p: BudgetProfile) -> JSONValue {
        switch p {
        case .straightLine: .fields(["kind": .text("straight-line")])
        case .yearEnd: .fields(["kind": .text("year-end")])
        case .cumulativePercent(let percents): .fields(["kind": .text("cumulative-percent"), "percents": .array(percents.map(JSONValue.number))])
        }
    }

    static func profile(_ node: Node) throws(InterchangeError) -> BudgetProfile {
        switch try node.object(["kind", "percents"]).kind(["straight-line", "year-end", "cumulative-percent"]) {
        case "cumulative-percent":
            let n = try node.object(["kind", "percents"]).node("percents")
            let percents = try n.list().map { p throws(InterchangeError) in Int(try p.int()) }
            guard percents.count == 12 else { throw n.failure("a cumulative profile has 12 monthly percentages, not \(percents.count)") }
            return .cumulativePercent(percents)
        case "year-end": _ = try node.object(["kind"]); return .yearEnd
        default: _ = try node.object(["kind"]); return .straightLine
        }
    }
}
