import S75Domain

extension AgreementDocument {
    static func contract(_ c: Contract) -> JSONValue {
        .fields(["id": .text(c.id), "provider": .text(c.providerID), "form": .text(c.form.rawValue), "title": .text(c.title),
                 "valuePence": .money(c.value), "paymentBasis": .text(c.paymentBasis), "atRiskPence": .money(c.atRisk),
                 "payment": c.payment.map(payment), "lines": .array(c.lineIDs.map(JSONValue.text))])
    }

    static func contract(_ node: Node) throws(InterchangeError) -> Contract {
        let f = try node.object(["id", "provider", "form", "title", "valuePence", "paymentBasis", "atRiskPence", "payment", "lines"])
        return Contract(id: try f.string("id"), providerID: try f.string("provider"), form: try f.code("form", "form of contract"),
                        title: try f.string("title"), value: try f.money("valuePence"), paymentBasis: try f.string("paymentBasis"),
                        atRisk: try f.money("atRiskPence"), payment: try f.optionalNode("payment").map { n throws(InterchangeError) in try payment(n) },
                        lines: f.fields["lines"] == nil ? [] : try f.strings("lines"))  // files written before contracts named lines have none
    }

    static func amounts(_ amounts: [PartnerAmount]) -> JSONValue {
        .array(amounts.map { .fields(["provider": .text($0.partnerID), "amountPence": .money($0.amount)]) })
    }

    static func amounts(_ node: Node) throws(InterchangeError) -> [PartnerAmount] {
        try node.list().map { n throws(InterchangeError) in
            let f = try n.object(["provider", "amountPence"])
            return PartnerAmount(try f.string("provider"), try f.money("amountPence"))
        }
    }

    static func payment(_ rule: PaymentRule) -> JSONValue {
        switch rule {
        case .block:
            return .fields(["kind": .text("block")])
        case .activity(let price, let planned, let actual):
            return .fields(["kind": .text("activity"), "pricePence": .money(price), "plannedVolume": .int(planned),
                            "actualVolume": actual.map(JSONValue.int)])
        case .outcomes(let o):
            return .fields(["kind": .text("outcomes"), "model": .text(o.model.rawValue), "atRiskPence": .money(o.atRisk),
                            "components": .array(o.components.map(component))])
        case .riskReward(let a, let actual, let gateway):
            return .fields(["kind": .text("alliance"), "targetCostPence": .money(a.targetCost),
                            "providerShareBasisPoints": .int(a.providerShareBasisPoints), "painCapBasisPoints": .int(a.painCapBasisPoints),
                            "members": amounts(a.members), "actualCostPence": actual.map(JSONValue.money), "gatewayMet": .bool(gateway)])
        case .capitation(let c, let actual):
            return .fields(["kind": .text("capitation"), "people": .int(c.people), "ratePerPersonPence": .money(c.ratePerPerson),
                            "corridor": .array(c.corridor.map { band in
                                .fields(["upToBasisPoints": band.upToBasisPoints.map(JSONValue.int),
                                         "providerBasisPoints": .int(band.providerBasisPoints)])
                            }), "actualCostPence": actual.map(JSONValue.money)])
        case .prime(let p):
            return .fields(["kind": .text("prime"), "prime": .text(p.primeID), "valuePence": .money(p.value),
                            "subcontracts": amounts(p.subcontracts)])
        }
    }

    static func payment(_ node: Node) throws(InterchangeError) -> PaymentRule {
        let keys: [String: [String]] = [
            "block": [], "activity": ["pricePence", "plannedVolume", "actualVolume"], "outcomes": ["model", "atRiskPence", "components"],
            "alliance": ["targetCostPence", "providerShareBasisPoints", "painCapBasisPoints", "members", "actualCostPence", "gatewayMet"],
            "capitation": ["people", "ratePerPersonPence", "corridor", "actualCostPence"], "prime": ["prime", "valuePence", "subcontracts"],
        ]
        let kind = try node.object(["kind"] + keys.values.flatMap { $0 }).kind(["block", "activity", "outcomes", "alliance", "capitation", "prime"])
        let f = try node.object(["kind"] + (keys[kind] ?? []))
        switch kind {
        case "activity":
            return .activity(price: try f.money("pricePence"), plannedVolume: try f.int("plannedVolume"), actualVolume: try f.optionalInt("actualVolume"))
        case "outcomes":
            return .outcomes(OutcomePayment(model: try f.code("model", "outcome model"), atRisk: try f.money("atRiskPence"),
                                            components: try f.list("components").map { n throws(InterchangeError) in try component(n) }))
        case "alliance":
            let alliance = AllianceRiskReward(targetCost: try f.money("targetCostPence"),
                                              providerShareBasisPoints: try f.int("providerShareBasisPoints"),
                                              painCapBasisPoints: try f.int("painCapBasisPoints"), members: try amounts(try f.node("members")))
            return .riskReward(alliance, actualCost: try f.optionalMoney("actualCostPence"), gatewayMet: try f.bool("gatewayMet"))
        case "capitation":
            let corridor = try f.list("corridor").map { n throws(InterchangeError) in
                let b = try n.object(["upToBasisPoints", "providerBasisPoints"])
                return CorridorBand(upToBasisPoints: try b.optionalInt("upToBasisPoints"), providerBasisPoints: try b.int("providerBasisPoints"))
            }
            return .capitation(Capitation(people: try f.int("people"), ratePerPerson: try f.money("ratePerPersonPence"), corridor: corridor),
                               actualCost: try f.optionalMoney("actualCostPence"))
        case "prime":
            return .prime(PrimeContract(primeID: try f.string("prime"), value: try f.money("valuePence"),
                                        subcontracts: try amounts(try f.node("subcontracts"))))
        default:
            return .block
        }
    }

    static func component(_ c: OutcomeComponent) -> JSONValue {
        let measure: JSONValue = switch c.measure {
        case .metric(let id): .fields(["kind": .text("metric"), "metric": .text(id)])
        case .own(let direction, let baseline, let target, let actual):
            .fields(["kind": .text("own"), "direction": .text(direction.rawValue), "baselineThousandths": baseline.map { .int($0.thousandths) },
                     "targetThousandths": .int(target.thousandths), "actualThousandths": actual.map { .int($0.thousandths) }])
        }
        let rule: JSONValue = switch c.rule {
        case .graded(let cap): .fields(["kind": .text("graded"), "capBasisPoints": .int(cap)])
        case .step: .fields(["kind": .text("step")])
        case .threshold: .fields(["kind": .text("threshold")])
        }
        return .fields(["name": .text(c.name), "weight": .int(c.weight), "measure": measure, "rule": rule])
    }

    static func component(_ node: Node) throws(InterchangeError) -> OutcomeComponent {
        let f = try node.object(["name", "weight", "measure", "rule"])
        let m = try f.node("measure")
        let measureKeys = ["kind", "metric", "direction", "baselineThousandths", "targetThousandths", "actualThousandths"]
        let measure: OutcomeMeasure
        switch try m.object(measureKeys).kind(["metric", "own"]) {
        case "metric":
            measure = .metric(try m.object(["kind", "metric"]).string("metric"))
        default:
            let o = try m.object(["kind", "direction", "baselineThousandths", "targetThousandths", "actualThousandths"])
            measure = .own(direction: try o.code("direction", "direction"),
                           baseline: try o.optionalInt("baselineThousandths").map(MetricNumber.init(thousandths:)),
                           target: MetricNumber(thousandths: try o.int("targetThousandths")),
                           actual: try o.optionalInt("actualThousandths").map(MetricNumber.init(thousandths:)))
        }
        let r = try f.node("rule")
        let rule: AchievementRule
        switch try r.object(["kind", "capBasisPoints"]).kind(["graded", "step", "threshold"]) {
        case "graded": rule = .graded(capBasisPoints: try r.object(["kind", "capBasisPoints"]).int("capBasisPoints"))
        case "step": _ = try r.object(["kind"]); rule = .step
        default: _ = try r.object(["kind"]); rule = .threshold
        }
        return OutcomeComponent(name: try f.string("name"), weight: try f.int("weight"), measure: measure, rule: rule)
    }
}
