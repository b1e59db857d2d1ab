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
         FormField("type", "Provider type", .text, p.providerType, optional: true, hint: "e.g. NHS Community Provider"),
         FormField("alliance", "Alliance share", .percent, FormText.percent(p.allianceShareBasisPoints),
                   hint: "0% unless a member of an alliance")]
    }

    static func provider(_ r: FormReader) throws(EditError) -> Provider {
        Provider(id: try r.required("id"), name: try r.required("name"), providerType: r.text("type"),
                 allianceShareBasisPoints: try r.percent("alliance"))
    }

    /// The payment rules a contract form can set; others (outcome, alliance, capitation, prime) are kept as they are.
    static let ruleChoices = [Choice("fixed", "Fixed sum or as the form says"), Choice("activity", "Price × volume"),
                              Choice("keep", "Keep the existing rule")]

    static func contractFields(_ c: Contract, in a: Agreement) -> [FormField] {
        var rule = "fixed", price = "", planned = "", actual = ""
        switch c.payment {
        case .activity(let p, let plan, let act)?:
            rule = "activity"
            price = FormText.money(p)
            planned = "\(plan)"
            actual = act.map { "\($0)" } ?? ""
        case nil, .block?: rule = "fixed"
        default: rule = "keep"
        }
        return [FormField("id", "Identifier", .identifier, c.id, hint: "e.g. K12"),
                FormField("provider", "Provider", .choice(providerChoices(a)), c.providerID),
                FormField("form", "Form of contract", .choice(choices(Contract.Form.self, \.label)), c.form.rawValue),
                FormField("title", "Title", .text, c.title),
                FormField("value", "Value for the year", .money, FormText.money(c.value)),
                FormField("basis", "Payment basis (words)", .text, c.paymentBasis, optional: true),
                FormField("atRisk", "At risk on outcomes", .money, FormText.money(c.atRisk)),
                FormField("rule", "Payment rule", .choice(ruleChoices), rule),
                FormField("price", "Price per unit", .money, price, optional: true, hint: "for price × volume"),
                FormField("planned", "Planned volume", .integer(0...1_000_000_000), planned, optional: true),
                FormField("actual", "Actual volume", .integer(0...1_000_000_000), actual, optional: true, hint: "once known")]
    }

    static func contract(_ r: FormReader, keeping old: Contract?) throws(EditError) -> Contract {
        var payment: PaymentRule? = nil
        switch try r.choice("rule") {
        case "activity":
            guard !r.text("price").isEmpty, !r.text("planned").isEmpty else {
                throw r.failure("price", "price × volume needs a price and a planned volume")
            }
            payment = .activity(price: try r.money("price"), plannedVolume: Int64(try r.integer("planned", 0...1_000_000_000)),
                                actualVolume: r.text("actual").isEmpty ? nil : Int64(try r.integer("actual", 0...1_000_000_000)))
        case "keep": payment = old?.payment
        default: payment = nil
        }
        return Contract(id: try r.required("id"), providerID: try r.choice("provider"), form: try r.choice("form", as: Contract.Form.self),
                        title: try r.required("title"), value: try r.money("value"), paymentBasis: r.text("basis"),
                        atRisk: try r.money("atRisk"), payment: payment)
    }
}
