import S75Domain

extension FormSpec {
    static func partnerFields(_ p: Partner) -> [FormField] {
        [FormField("id", "Identifier", .identifier, p.id, hint: "e.g. ICB or LA"),
         FormField("name", "Legal name", .text, p.name),
         FormField("short", "Short name", .text, p.shortName, optional: true, hint: "for narrow columns, e.g. Council"),
         FormField("kind", "Kind of body", .choice(choices(Partner.Kind.self, \.label)), p.kind.rawValue),
         FormField("role", "Role", .text, p.role, optional: true, hint: "e.g. host partner")]
    }

    static func partner(_ r: FormReader) throws(EditError) -> Partner {
        Partner(id: try r.required("id"), name: try r.required("name"), shortName: r.text("short").isEmpty ? r.text("id") : r.text("short"),
                kind: try r.choice("kind", as: Partner.Kind.self), role: r.text("role"))
    }

    static func contributionFields(_ c: Contribution, in a: Agreement) -> [FormField] {
        [FormField("id", "Identifier", .identifier, c.id, hint: "e.g. C6"),
         FormField("partner", "Partner", .choice(partnerChoices(a)), c.partnerID),
         FormField("source", "Funding source", .choice(choices(FundingSource.self, \.label)), c.source.rawValue),
         FormField("amount", "Amount for the year", .money, FormText.money(c.amount)),
         FormField("notes", "Notes", .text, c.notes, optional: true)]
    }

    static func contribution(_ r: FormReader) throws(EditError) -> Contribution {
        Contribution(id: try r.required("id"), partnerID: try r.choice("partner"), source: try r.choice("source", as: FundingSource.self),
                     amount: try r.money("amount"), notes: r.text("notes"))
    }

    static func providerFields(_ p: Provider) -> [FormField] {
        [FormField("id", "Identifier", .identifier, p.id, hint: "e.g. P09"),
         FormField("name", "Name", .text, p.name),
         FormField("type", "Provider type", .choice(ProviderType.allCases.map { Choice($0.rawValue, $0.rawValue) }), p.providerType,
                   hint: "the BCF template's provider types"),
         FormField("alliance", "Alliance share", .percent, FormText.percent(p.allianceShareBasisPoints),
                   hint: "0% unless a member of an alliance")]
    }

    static func provider(_ r: FormReader) throws(EditError) -> Provider {
        Provider(id: try r.required("id"), name: try r.required("name"), providerType: try r.choice("type"),
                 allianceShareBasisPoints: try r.percent("alliance"))
    }

    /// The payment rules a contract form sets.
    static let ruleChoices = [Choice("fixed", "A fixed sum, or paid as used"), Choice("activity", "Price × volume"),
                              Choice("outcomes", "Part paid on outcomes"), Choice("alliance", "Alliance gain or pain share"),
                              Choice("capitation", "Capitated budget with a risk corridor"), Choice("prime", "Prime contract")]
    static let modelChoices = [Choice("withhold", "Withheld from the value"), Choice("bonus", "A bonus on top")]

    static func contractFields(_ c: Contract, in a: Agreement) -> [FormField] {
        var values: [String: String] = ["rule": "fixed", "model": "withhold", "gateway": "yes"]
        switch c.payment {
        case .activity(let price, let planned, let actual)?:
            values.merge(["rule": "activity", "price": FormText.money(price), "planned": "\(planned)",
                          "actual": actual.map { "\($0)" } ?? ""]) { $1 }
        case .outcomes(let scheme)?:
            values.merge(["rule": "outcomes", "model": scheme.model.rawValue, "pot": FormText.money(scheme.atRisk),
                          "outcomes": PaymentRuleText.components(scheme.components)]) { $1 }
        case .riskReward(let alliance, let actual, let gateway)?:
            values.merge(["rule": "alliance", "targetCost": FormText.money(alliance.targetCost),
                          "providerShare": FormText.percent(alliance.providerShareBasisPoints),
                          "painCap": FormText.percent(alliance.painCapBasisPoints), "members": PaymentRuleText.amounts(alliance.members),
                          "actualCost": actual.map(FormText.money) ?? "", "gateway": gateway ? "yes" : "no"]) { $1 }
        case .capitation(let capitation, let actual)?:
            values.merge(["rule": "capitation", "people": "\(capitation.people)", "rate": FormText.money(capitation.ratePerPerson),
                          "corridor": PaymentRuleText.corridor(capitation.corridor), "actualCost": actual.map(FormText.money) ?? ""]) { $1 }
        case .prime(let prime)?:
            values.merge(["rule": "prime", "primeValue": FormText.money(prime.value),
                          "subcontracts": PaymentRuleText.amounts(prime.subcontracts)]) { $1 }
        case nil, .block?:
            break
        }
        func v(_ key: String) -> String { values[key] ?? "" }
        return [FormField("id", "Identifier", .identifier, c.id, hint: "e.g. K12"),
                FormField("provider", "Provider", .choice(providerChoices(a)), c.providerID),
                FormField("form", "Form of contract", .choice(choices(Contract.Form.self, \.label)), c.form.rawValue),
                FormField("title", "Title", .text, c.title),
                FormField("value", "Value for the year", .money, FormText.money(c.value)),
                FormField("basis", "Payment basis (words)", .text, c.paymentBasis, optional: true),
                FormField("atRisk", "At risk on outcomes", .money, FormText.money(c.atRisk)),
                FormField("rule", "Payment rule", .choice(ruleChoices), v("rule")),
                FormField("price", "Price per unit", .money, v("price"), optional: true, hint: "price × volume"),
                FormField("planned", "Planned volume", .integer(0...1_000_000_000), v("planned"), optional: true, hint: "price × volume"),
                FormField("actual", "Actual volume", .integer(0...1_000_000_000), v("actual"), optional: true, hint: "once known"),
                FormField("model", "Outcome money", .choice(modelChoices), v("model"), hint: "outcomes"),
                FormField("pot", "Outcome pot", .money, v("pot"), optional: true, hint: "outcomes: the money at stake"),
                FormField("outcomes", "Outcomes", .text, v("outcomes"), optional: true,
                          hint: "NAME | WEIGHT | metric M1 | step; … (or own higher target 2300 actual 2400; threshold; graded 100%)"),
                FormField("targetCost", "Alliance target cost", .money, v("targetCost"), optional: true, hint: "alliance"),
                FormField("providerShare", "Providers' share of gain/pain", .percent, v("providerShare"), optional: true, hint: "alliance"),
                FormField("painCap", "Pain cap, % of contract", .percent, v("painCap"), optional: true, hint: "alliance"),
                FormField("members", "Alliance members", .text, v("members"), optional: true, hint: "alliance: P01 £240,000, P02 £30,000"),
                FormField("gateway", "Quality gateway met", .choice(yesNo), v("gateway"), hint: "alliance"),
                FormField("people", "People", .integer(0...10_000_000), v("people"), optional: true, hint: "capitation"),
                FormField("rate", "Rate per person", .money, v("rate"), optional: true, hint: "capitation"),
                FormField("corridor", "Risk corridor", .text, v("corridor"), optional: true, hint: "capitation: 5% 100%, 10% 50%, rest 0%"),
                FormField("actualCost", "Actual cost", .money, v("actualCost"), optional: true, hint: "alliance or capitation, once known"),
                FormField("primeValue", "Prime contract value", .money, v("primeValue"), optional: true, hint: "prime"),
                FormField("subcontracts", "Subcontracts", .text, v("subcontracts"), optional: true, hint: "prime: P02 £1,500,000, P03 £900,000"),
                FormField("lines", "Paid from lines", .choices(a.lines.map { Choice($0.id, $0.name) }), c.lineIDs.joined(separator: ", "),
                          optional: true, hint: "e.g. S02, S14: a paid-as-used contract's payable follows their spend")]
    }

    static func contract(_ r: FormReader, keeping old: Contract?) throws(EditError) -> Contract {
        let providers = r.fields.first { $0.name == "provider" }.map { field -> [String] in
            if case .choice(let choices) = field.kind { return choices.map(\.value) }
            return []
        } ?? []
        func need(_ names: String...) throws(EditError) {
            for name in names where r.text(name).isEmpty { throw r.failure(name, "needed for this payment rule") }
        }
        func parsed<T>(_ name: String, _ result: Result<T, EditError>) throws(EditError) -> T {
            switch result {
            case .success(let value): return value
            case .failure(let error): throw r.failure(name, error.message)
            }
        }
        var payment: PaymentRule? = nil
        switch try r.choice("rule") {
        case "activity":
            try need("price", "planned")
            payment = .activity(price: try r.money("price"), plannedVolume: Int64(try r.integer("planned", 0...1_000_000_000)),
                                actualVolume: r.text("actual").isEmpty ? nil : Int64(try r.integer("actual", 0...1_000_000_000)))
        case "outcomes":
            try need("pot", "outcomes")
            payment = .outcomes(OutcomePayment(model: try r.choice("model", as: OutcomePayment.Model.self), atRisk: try r.money("pot"),
                                               components: try parsed("outcomes", PaymentRuleText.components(r.text("outcomes")))))
        case "alliance":
            try need("targetCost", "providerShare", "painCap", "members")
            let alliance = AllianceRiskReward(
                targetCost: try r.money("targetCost"), providerShareBasisPoints: try r.percent("providerShare"),
                painCapBasisPoints: try r.percent("painCap"),
                members: try parsed("members", PaymentRuleText.amounts(r.text("members"), inThousands: r.inThousands, providers: providers)))
            payment = .riskReward(alliance, actualCost: r.text("actualCost").isEmpty ? nil : try r.money("actualCost"),
                                  gatewayMet: try r.choice("gateway") == "yes")
        case "capitation":
            try need("people", "rate", "corridor")
            let capitation = Capitation(people: Int64(try r.integer("people", 0...10_000_000)), ratePerPerson: try r.money("rate"),
                                        corridor: try parsed("corridor", PaymentRuleText.corridor(r.text("corridor"))))
            payment = .capitation(capitation, actualCost: r.text("actualCost").isEmpty ? nil : try r.money("actualCost"))
        case "prime":
            try need("primeValue")
            payment = .prime(PrimeContract(
                primeID: try r.choice("provider"), value: try r.money("primeValue"),
                subcontracts: try parsed("subcontracts", PaymentRuleText.amounts(r.text("subcontracts"), inThousands: r.inThousands,
                                                                                 providers: providers))))
        default:
            payment = old?.payment == .block ? .block : nil
        }
        return Contract(id: try r.required("id"), providerID: try r.choice("provider"), form: try r.choice("form", as: Contract.Form.self),
                        title: try r.required("title"), value: try r.money("value"), paymentBasis: r.text("basis"),
                        atRisk: try r.money("atRisk"), payment: payment, lines: try r.choices("lines"))
    }
}
