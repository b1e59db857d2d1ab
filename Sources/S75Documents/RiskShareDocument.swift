import S75Domain

/// Schedule 3's rule as a document: each method a tagged object.
enum RiskShareDocument {
    static func value(_ r: RiskShareRule) -> JSONValue {
        .fields(["netting": .bool(r.netting), "reserveFirst": .bool(r.reserveFirst), "overspend": overspend(r.overspend),
                 "underspend": underspend(r.underspend)])
    }

    static func rule(_ node: Node) throws(InterchangeError) -> RiskShareRule {
        let f = try node.object(["netting", "reserveFirst", "overspend", "underspend"])
        return RiskShareRule(netting: try f.bool("netting"), reserveFirst: try f.bool("reserveFirst"),
                             overspend: try overspend(try f.node("overspend")), underspend: try underspend(try f.node("underspend")))
    }

    static func splits(_ splits: [PartnerSplit]) -> JSONValue {
        .array(splits.map { .fields(["partner": .text($0.partnerID), "basisPoints": .int($0.basisPoints)]) })
    }

    static func splits(_ node: Node) throws(InterchangeError) -> [PartnerSplit] {
        try node.list().map { n throws(InterchangeError) in
            let f = try n.object(["partner", "basisPoints"])
            return PartnerSplit(try f.string("partner"), try f.int("basisPoints"))
        }
    }

    static func overspend(_ m: OverspendMethod) -> JSONValue {
        switch m {
        case .ownRisk: .fields(["kind": .text("own-risk")])
        case .proportional: .fields(["kind": .text("proportional")])
        case .fixed(let s): .fields(["kind": .text("fixed"), "splits": splits(s)])
        case .cappedProportional(let cap): .fields(["kind": .text("capped-proportional"), "capBasisPoints": .int(cap)])
        case .tiered(let tiers):
            .fields(["kind": .text("tiered"), "tiers": .array(tiers.map { tier in
                .fields(["upToBasisPoints": tier.upToBasisPoints.map(JSONValue.int), "sharing": sharing(tier.sharing)])
            })])
        }
    }

    static func overspend(_ node: Node) throws(InterchangeError) -> OverspendMethod {
        let kinds = ["own-risk", "proportional", "fixed", "capped-proportional", "tiered"]
        let kind = try node.object(["kind", "splits", "capBasisPoints", "tiers"]).kind(kinds)
        switch kind {
        case "fixed": return .fixed(try splits(try node.object(["kind", "splits"]).node("splits")))
        case "capped-proportional": return .cappedProportional(capBasisPoints: try node.object(["kind", "capBasisPoints"]).int("capBasisPoints"))
        case "tiered":
            return .tiered(try node.object(["kind", "tiers"]).list("tiers").map { n throws(InterchangeError) in
                let f = try n.object(["upToBasisPoints", "sharing"])
                return Tier(upToBasisPoints: try f.optionalInt("upToBasisPoints"), sharing: try sharing(try f.node("sharing")))
            })
        case "own-risk": _ = try node.object(["kind"]); return .ownRisk
        default: _ = try node.object(["kind"]); return .proportional
        }
    }

    static func sharing(_ s: TierSharing) -> JSONValue {
        switch s {
        case .leadCommissioners: .fields(["kind": .text("lead-commissioners")])
        case .proportional: .fields(["kind": .text("proportional")])
        case .fixed(let s): .fields(["kind": .text("fixed"), "splits": splits(s)])
        }
    }

    static func sharing(_ node: Node) throws(InterchangeError) -> TierSharing {
        switch try node.object(["kind", "splits"]).kind(["lead-commissioners", "proportional", "fixed"]) {
        case "fixed": return .fixed(try splits(try node.object(["kind", "splits"]).node("splits")))
        case "lead-commissioners": _ = try node.object(["kind"]); return .leadCommissioners
        default: _ = try node.object(["kind"]); return .proportional
        }
    }

    static func underspend(_ m: UnderspendMethod) -> JSONValue {
        switch m {
        case .returnProRata: .fields(["kind": .text("return-pro-rata")])
        case .carryForward: .fields(["kind": .text("carry-forward")])
        case .ownRisk: .fields(["kind": .text("own-risk")])
        case .hybrid(let cap, let forward):
            .fields(["kind": .text("hybrid"), "reserveCapPence": .money(cap), "carryForwardBasisPoints": .int(forward)])
        }
    }

    static func underspend(_ node: Node) throws(InterchangeError) -> UnderspendMethod {
        let kind = try node.object(["kind", "reserveCapPence", "carryForwardBasisPoints"])
            .kind(["return-pro-rata", "carry-forward", "own-risk", "hybrid"])
        switch kind {
        case "hybrid":
            let f = try node.object(["kind", "reserveCapPence", "carryForwardBasisPoints"])
            return .hybrid(reserveCap: try f.money("reserveCapPence"), carryForwardBasisPoints: try f.int("carryForwardBasisPoints"))
        case "carry-forward": _ = try node.object(["kind"]); return .carryForward
        case "own-risk": _ = try node.object(["kind"]); return .ownRisk
        default: _ = try node.object(["kind"]); return .returnProRata
        }
    }
}
