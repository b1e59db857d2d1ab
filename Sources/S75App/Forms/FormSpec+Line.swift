import S75Domain

extension FormSpec {
    static func newLine(in a: Agreement) -> SchemeLine {
        SchemeLine(id: nextID("S", a.lines.map(\.id)), schemeID: "", name: "", schemeType: "", subType: "", areaOfSpend: .socialCare,
                   commissioner: .localAuthority, leadCommissionerID: a.partners.first?.id ?? "", providerIDs: [],
                   source: a.contributions.first?.source ?? .nhsMinimum, budget: .zero, plannedOutput: "")
    }

    /// The national scheme types, then any others the agreement already uses.
    static func schemeTypeChoices(in a: Agreement) -> [Choice] {
        var types = SchemeLine.nationalSchemeTypes
        for type in a.lines.map(\.schemeType) where !type.isEmpty && !types.contains(type) { types.append(type) }
        return types.map { Choice($0, $0) }
    }

    static let commissionerChoices = [Choice("la", "Local authority"), Choice("icb", "Integrated care board"),
                                      Choice("joint", "Joint (give the NHS share)")]
    static let profileChoices = [Choice("straight", "Straight line (twelfths)"), Choice("year-end", "Paid at year end"),
                                 Choice("custom", "Custom cumulative percentages")]

    static func lineFields(_ l: SchemeLine, in a: Agreement) -> [FormField] {
        let (commissioner, nhs): (String, String) = switch l.commissioner {
        case .localAuthority: ("la", "")
        case .integratedCareBoard: ("icb", "")
        case .joint(let share): ("joint", PercentText.exact(share))
        }
        let (profile, percents): (String, String) = switch l.profile {
        case .straightLine: ("straight", "")
        case .yearEnd: ("year-end", "")
        case .cumulativePercent(let values): ("custom", values.map(String.init).joined(separator: ", "))
        }
        return [
            FormField("id", "Line", .identifier, l.id, hint: "e.g. S18 or S08c"),
            FormField("scheme", "Scheme", .text, l.schemeID.isEmpty ? String(l.id.prefix(3)) : l.schemeID, hint: "e.g. S18"),
            FormField("name", "Name", .text, l.name),
            FormField("type", "Scheme type", .choice(schemeTypeChoices(in: a)), l.schemeType, hint: "the BCF type, e.g. carers"),
            FormField("subType", "Sub-type", .text, l.subType, optional: true),
            FormField("area", "Area of spend", .choice(choices(AreaOfSpend.self, \.label)), l.areaOfSpend.rawValue),
            FormField("commissioner", "Commissioner", .choice(commissionerChoices), commissioner),
            FormField("nhsShare", "NHS share if joint", .percent, nhs, optional: true, hint: "e.g. 44%"),
            FormField("lead", "Lead commissioner", .choice(partnerChoices(a)), l.leadCommissionerID),
            FormField("providers", "Providers", .choices(providerChoices(a)), l.providerIDs.joined(separator: ", "),
                      hint: "separate with commas"),
            FormField("source", "Funding source", .choice(choices(FundingSource.self, \.label)), l.source.rawValue),
            FormField("budget", "Budget for the year", .money, FormText.money(l.budget)),
            FormField("output", "Planned output", .text, l.plannedOutput, optional: true, hint: "e.g. 1,050 packages"),
            FormField("description", "Description", .text, l.description, optional: true, hint: "the plan's brief description"),
            FormField("profile", "Budget profile", .choice(profileChoices), profile),
            FormField("percents", "Custom profile", .text, percents, optional: true, hint: "12 rising percentages ending at 100"),
            FormField("budgetType", "Budget type", .choice(choices(BudgetType.self, \.label)), l.budgetType.rawValue),
            FormField("arrangement", "Arrangement", .choice(choices(CommissioningArrangement.self, \.label)), l.arrangement.rawValue),
            FormField("delegated", "Delegated functions", .list, l.delegatedFunctions.joined(separator: "; "), hint: "separate with ;"),
        ]
    }

    static func line(_ r: FormReader, keeping old: SchemeLine) throws(EditError) -> SchemeLine {
        let commissioner: Commissioner
        switch try r.choice("commissioner") {
        case "la": commissioner = .localAuthority
        case "icb": commissioner = .integratedCareBoard
        default:
            guard !r.text("nhsShare").isEmpty else { throw r.failure("nhsShare", "joint commissioning needs the NHS share, e.g. 44%") }
            let share = try r.percent("nhsShare")
            guard share <= 10_000 else { throw r.failure("nhsShare", "a percentage from 0% to 100%, e.g. 44% or 33.33%") }
            commissioner = .joint(nhsBasisPoints: share)
        }
        let profile: BudgetProfile
        switch try r.choice("profile") {
        case "year-end": profile = .yearEnd
        case "custom":
            let values = r.list("percents", separator: ",").compactMap { Int($0.filter { $0 != "%" }) }
            guard values.count == 12, values.last == 100, zip(values, values.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                throw r.failure("percents", "12 rising percentages ending at 100, e.g. 0, 0, 10, … 100")
            }
            profile = .cumulativePercent(values)
        default: profile = .straightLine
        }
        var line = old
        line.id = try r.required("id")
        line.schemeID = try r.required("scheme")
        line.name = try r.required("name")
        line.schemeType = try r.choice("type")
        line.subType = r.text("subType")
        line.areaOfSpend = try r.choice("area", as: AreaOfSpend.self)
        line.commissioner = commissioner
        line.leadCommissionerID = try r.choice("lead")
        line.providerIDs = try r.choices("providers")
        line.source = try r.choice("source", as: FundingSource.self)
        line.budget = try r.money("budget")
        line.plannedOutput = r.text("output")
        line.description = r.text("description")
        line.profile = profile
        line.budgetType = try r.choice("budgetType", as: BudgetType.self)
        line.arrangement = try r.choice("arrangement", as: CommissioningArrangement.self)
        line.delegatedFunctions = r.list("delegated")
        return line
    }
}
