import S75Domain

/// The parts of a contract's payment rule that a form holds as text, written and read exactly.
///
/// - Outcome components: `NAME | WEIGHT | MEASURE | RULE`, separated by `;`. MEASURE is `metric M1`, or
///   `own higher target 2300 [baseline 2000] [actual 2400]`; RULE is `step`, `threshold` or `graded 100%`.
/// - Pairs of a provider and an amount: `P01 £240,000, P02 £30,000`.
/// - A risk corridor: `5% 100%, 10% 50%, rest 0%` (band limits as a share of the budget, each with the
///   provider's share of the variance in it).
enum PaymentRuleText {
    static func components(_ components: [OutcomeComponent]) -> String {
        components.map { c in
            let measure: String = switch c.measure {
            case .metric(let id): "metric \(id)"
            case .own(let direction, let baseline, let target, let actual):
                "own \(direction.rawValue) target \(FormText.number(target))"
                    + (baseline.map { " baseline \(FormText.number($0))" } ?? "") + (actual.map { " actual \(FormText.number($0))" } ?? "")
            }
            let rule: String = switch c.rule {
            case .step: "step"
            case .threshold: "threshold"
            case .graded(let cap): "graded \(FormText.percent(cap))"
            }
            return "\(c.name) | \(c.weight) | \(measure) | \(rule)"
        }.joined(separator: "; ")
    }

    static func components(_ text: String) -> Result<[OutcomeComponent], EditError> {
        let expected = "write each outcome as NAME | WEIGHT | metric M1 (or own higher target 2300 actual 2400) | step, "
            + "threshold or graded 100%, separated by ;"
        var result: [OutcomeComponent] = []
        for item in FormField.items(text, separator: ";") {
            let parts = item.split(separator: "|").map { String($0).trimmingSpaces() }
            guard parts.count == 4, !parts[0].isEmpty, let weight = Int64(parts[1]), weight > 0,
                  let measure = measure(parts[2]), let rule = rule(parts[3])
            else { return .failure(EditError("\"\(item)\" is not an outcome: \(expected)")) }
            result.append(OutcomeComponent(name: parts[0], weight: weight, measure: measure, rule: rule))
        }
        return result.isEmpty ? .failure(EditError("an outcome payment needs its outcomes: \(expected)")) : .success(result)
    }

    private static func measure(_ text: String) -> OutcomeMeasure? {
        let words = text.split(separator: " ").map(String.init)
        if words.count == 2, words[0] == "metric" { return .metric(words[1]) }
        guard words.count >= 4, words[0] == "own", let direction = Metric.Direction(rawValue: words[1]), words.count % 2 == 0 else {
            return nil
        }
        var values: [String: MetricNumber] = [:]
        for index in stride(from: 2, to: words.count, by: 2) {
            guard let number = MetricNumber(words[index + 1]) else { return nil }
            values[words[index]] = number
        }
        guard let target = values["target"], Set(values.keys).isSubset(of: ["target", "baseline", "actual"]) else { return nil }
        return .own(direction: direction, baseline: values["baseline"], target: target, actual: values["actual"])
    }

    private static func rule(_ text: String) -> AchievementRule? {
        switch text {
        case "step": return .step
        case "threshold": return .threshold
        default:
            let words = text.split(separator: " ")
            guard words.count == 2, words[0] == "graded", case .success(let cap) = FieldInput.percent(String(words[1])) else { return nil }
            return .graded(capBasisPoints: cap)
        }
    }

    static func amounts(_ amounts: [PartnerAmount]) -> String {
        amounts.map { "\($0.partnerID) \(FormText.money($0.amount))" }.joined(separator: ", ")
    }

    static func amounts(_ text: String, inThousands: Bool, providers: [String]) -> Result<[PartnerAmount], EditError> {
        var result: [PartnerAmount] = []
        for item in pairs(text, providers: providers) {
            let words = item.split(separator: " ", maxSplits: 1).map(String.init)
            guard words.count == 2, providers.contains(words[0]), case .success(let amount) = MoneyInput.parse(words[1], inThousands: inThousands)
            else { return .failure(EditError("\"\(item)\" is not a provider and an amount: write e.g. P01 £240,000, P02 £30,000")) }
            result.append(PartnerAmount(words[0], amount))
        }
        return .success(result)
    }

    /// The items of "P01 £1,500,000, P02 £30,000": the text splits at the amounts' own commas too, so a part
    /// that does not start with a provider continues the one before it.
    private static func pairs(_ text: String, providers: [String]) -> [String] {
        var joined: [String] = []
        for part in FormField.items(text, separator: ",") {
            if let first = part.split(separator: " ").first, providers.contains(String(first)) || joined.isEmpty {
                joined.append(part)
            } else {
                joined[joined.count - 1] += "," + part
            }
        }
        return joined
    }

    static func corridor(_ bands: [CorridorBand]) -> String {
        bands.map { ($0.upToBasisPoints.map(FormText.percent) ?? "rest") + " " + FormText.percent($0.providerBasisPoints) }
            .joined(separator: ", ")
    }

    static func corridor(_ text: String) -> Result<[CorridorBand], EditError> {
        var bands: [CorridorBand] = []
        for item in FormField.items(text, separator: ",") {
            let words = item.split(separator: " ").map(String.init)
            guard words.count == 2, case .success(let share) = FieldInput.percent(words[1]) else {
                return .failure(EditError("\"\(item)\" is not a band: write e.g. 5% 100%, 10% 50%, rest 0%"))
            }
            if words[0] == "rest" {
                bands.append(CorridorBand(upToBasisPoints: nil, providerBasisPoints: share))
            } else if case .success(let limit) = FieldInput.percent(words[0]) {
                bands.append(CorridorBand(upToBasisPoints: limit, providerBasisPoints: share))
            } else {
                return .failure(EditError("\"\(item)\" is not a band: write e.g. 5% 100%, 10% 50%, rest 0%"))
            }
        }
        guard bands.last?.upToBasisPoints == nil else { return .failure(EditError("a corridor ends with the rest, e.g. rest 0%")) }
        return .success(bands)
    }
}
