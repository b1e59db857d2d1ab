import S75Domain

extension FormSpec {
    static let overspendChoices = [Choice("own-risk", "Each bears its own"), Choice("proportional", "Proportional to contributions"),
                                   Choice("capped", "Proportional, capped"), Choice("fixed", "Fixed split"),
                                   Choice("keep", "Keep the existing rule (tiered)")]
    static let underspendChoices = [Choice("return", "Returned pro rata"), Choice("carry", "Carried forward"),
                                    Choice("hybrid", "Rebuild the reserve, then carry forward a share"), Choice("own", "Each keeps its own")]
    static let yesNo = [Choice("yes", "Yes"), Choice("no", "No")]

    static func agreementFields(_ d: AgreementDetails, in a: Agreement) -> [FormField] {
        var overspend = "proportional", cap = "", split = ""
        switch d.riskShare.overspend {
        case .ownRisk: overspend = "own-risk"
        case .proportional: overspend = "proportional"
        case .cappedProportional(let bp): (overspend, cap) = ("capped", FormText.percent(bp))
        case .fixed(let splits): (overspend, split) = ("fixed", splits.map { "\($0.partnerID) \(FormText.percent($0.basisPoints))" }.joined(separator: ", "))
        case .tiered: overspend = "keep"
        }
        var underspend = "return", reserveCap = "", forward = ""
        switch d.riskShare.underspend {
        case .returnProRata: underspend = "return"
        case .carryForward: underspend = "carry"
        case .ownRisk: underspend = "own"
        case .hybrid(let capAmount, let bp): (underspend, reserveCap, forward) = ("hybrid", FormText.money(capAmount), FormText.percent(bp))
        }
        let g = d.governance
        return [
            FormField("title", "Title", .text, d.title),
            FormField("id", "Identifier", .identifier, d.id, hint: "e.g. northmoor-2025-26"),
            FormField("legal", "Legal basis", .text, d.legalBasis),
            FormField("area", "Area covered", .text, d.area, optional: true),
            FormField("start", "Term starts", .date, d.start.description, hint: "e.g. 1 Apr 2025"),
            FormField("end", "Term ends", .date, d.end.description),
            FormField("notice", "Notice (months)", .integer(0...60), "\(d.noticeMonths)"),
            FormField("expiry", "Notice may expire", .text, d.noticeExpiry, optional: true),
            FormField("review", "Review", .text, d.reviewNote, optional: true),
            FormField("host", "Host partner", .choice(partnerChoices(a)), d.hostPartnerID, optional: a.partners.isEmpty,
                      hint: a.partners.isEmpty ? "add the partners first" : ""),
            FormField("pool", "Pooled fund", .text, d.poolName, optional: true),
            FormField("manager", "Pooled fund manager", .text, d.pooledFundManager, optional: true),
            FormField("board", "Board", .text, g.boardName, optional: true),
            FormField("frequency", "Meets", .text, g.meetingFrequency, optional: true),
            FormField("chairs", "Chairs", .list, g.chairs.joined(separator: "; "), hint: "separate with ;"),
            FormField("members", "Members", .list,
                      g.members.map { "\($0.name) / \($0.partnerID) / \($0.voting ? "voting" : "adviser") / \($0.role)" }.joined(separator: "; "),
                      optional: true, hint: "name / partner / voting or adviser / role; …"),
            FormField("quorum", "Quorum", .text, g.quorum, optional: true),
            FormField("quorumRule", "Quorum: voting members per partner", .integer(1...20), "\(g.votingMembersPerPartner)",
                      hint: "at least this many from each partner (brief: often 1 or 2)"),
            FormField("retained", "Decisions the partners keep", .list, g.retainedDecisions.joined(separator: "; "), optional: true,
                      hint: "e.g. new schemes over £500k; risk-share changes; termination"),
            FormField("decisions", "Decisions by", .text, g.decisionRule, optional: true),
            FormField("delegations", "Delegations", .list, g.delegations.map { "\($0.holder): \($0.authority)" }.joined(separator: "; "),
                      hint: "holder: authority; …"),
            FormField("pfmLimit", "PFM may vire in a scheme to", .money, g.limits.poolFundManagerWithinScheme.map(FormText.money) ?? "",
                      optional: true, hint: "blank: the PFM may not vire alone, e.g. £100,000"),
            FormField("boardLimit", "Board may vire up to", .money, g.limits.boardVirement.map(FormText.money) ?? "", optional: true,
                      hint: "blank: every virement goes to the partners, e.g. £500,000"),
            FormField("boardShare", "… and % of receiving scheme", .percent,
                      g.limits.boardShareOfReceivingBasisPoints.map(FormText.percent) ?? "", optional: true, hint: "e.g. 10%"),
            FormField("hwb", "Health and Wellbeing Board", .text, g.healthAndWellbeingBoard, optional: true),
            FormField("schedules", "Schedules", .list, d.schedules.map { "\($0.number) \($0.title)" }.joined(separator: "; "),
                      hint: "1 Scheme specifications; 2 Governance; …"),
            FormField("period", "Reporting month", .period, d.reportingPeriod.description, hint: "e.g. Dec 2025 or M9"),
            FormField("reserve", "Risk reserve", .money, FormText.money(d.riskReserve)),
            FormField("asc", "NHS minimum on ASC", .money, FormText.money(d.ascMinimum)),
            FormField("netting", "Net under- against overspends", .choice(yesNo), d.riskShare.netting ? "yes" : "no"),
            FormField("reserveFirst", "Reserve meets overspend first", .choice(yesNo), d.riskShare.reserveFirst ? "yes" : "no"),
            FormField("overspend", "Overspend shared", .choice(overspendChoices), overspend),
            FormField("cap", "Cap, % of contribution", .percent, cap, optional: true, hint: "for capped, e.g. 2%"),
            FormField("split", "Fixed split", .text, split, optional: true, hint: "for fixed, e.g. ICB 64%, LA 36%"),
            FormField("underspend", "Underspend", .choice(underspendChoices), underspend),
            FormField("reserveCap", "Rebuild reserve to", .money, reserveCap, optional: true, hint: "for the reserve rule"),
            FormField("forward", "Then carried forward", .percent, forward, optional: true, hint: "share carried forward, e.g. 50%"),
            FormField("amber", "Amber above (overspend)", .percent, FormText.percent(d.financeRAG.amberAboveBasisPoints)),
            FormField("red", "Red above (overspend)", .percent, FormText.percent(d.financeRAG.redAboveBasisPoints)),
            FormField("under", "Under beyond (underspend)", .percent, FormText.percent(d.financeRAG.underAboveBasisPoints)),
            FormField("remedial", "Remedial plan above", .percent, d.financeRAG.remedialAboveBasisPoints.map(FormText.percent) ?? "",
                      optional: true, hint: "a forecast overspend above this calls for a plan; blank: at Red"),
            FormField("remedialDays", "Plan due after (days)", .integer(0...366), "\(d.financeRAG.remedialPlanDays)",
                      hint: "days after the end of the month that passed the trigger"),
            FormField("sign", "Variances shown", .choice(choices(SignConvention.self) { $0 == .overspendPositive ? "+ is an overspend"
                : "+ is an underspend" }), d.signConvention.rawValue),
        ]
    }

    /// The members as the form lists them: "name / partner / voting or adviser / role; …".
    static func members(_ r: FormReader, in a: Agreement) throws(EditError) -> [BoardMember] {
        try r.list("members").map { item throws(EditError) in
            let parts = item.split(separator: "/", maxSplits: 3).map { String($0).trimmingSpaces() }
            let example = "write each as name / partner / voting or adviser / role, e.g. Jo Bloggs / LA / voting / Cabinet Member"
            guard parts.count >= 3, ["voting", "adviser"].contains(parts[2].lowercased()) else { throw r.failure("members", example) }
            guard !parts[0].isEmpty, !parts[0].contains(",") else { throw r.failure("members", "a member's name has no commas: \(parts[0])") }
            guard let partner = a.partners.first(where: { $0.id.lowercased() == parts[1].lowercased() }) else {
                throw r.failure("members", "\(parts[1]) is not a partner (\(a.partners.map(\.id).joined(separator: ", ")))")
            }
            return BoardMember(name: parts[0], partnerID: partner.id, voting: parts[2].lowercased() == "voting", role: parts.count > 3 ? parts[3] : "")
        }
    }

    static func agreementDetails(_ r: FormReader, in a: Agreement) throws(EditError) -> AgreementDetails {
        var d = a.details
        d.title = try r.required("title")
        d.id = try r.required("id")
        d.legalBasis = try r.required("legal")
        d.area = r.text("area")
        d.start = try r.date("start")
        d.end = try r.date("end")
        d.noticeMonths = try r.integer("notice", 0...60)
        d.noticeExpiry = r.text("expiry")
        d.reviewNote = r.text("review")
        d.hostPartnerID = r.text("host").isEmpty ? "" : try r.choice("host")
        d.poolName = r.text("pool")
        d.pooledFundManager = r.text("manager")
        d.governance = Governance(
            boardName: r.text("board"), meetingFrequency: r.text("frequency"), chairs: r.list("chairs"), quorum: r.text("quorum"),
            decisionRule: r.text("decisions"),
            delegations: r.list("delegations").map { item in
                let parts = item.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces() }
                return Delegation(holder: parts[0], authority: parts.count > 1 ? parts[1] : "")
            },
            healthAndWellbeingBoard: r.text("hwb"),
            limits: DelegatedLimits(poolFundManagerWithinScheme: r.text("pfmLimit").isEmpty ? nil : try r.money("pfmLimit"),
                                    boardVirement: r.text("boardLimit").isEmpty ? nil : try r.money("boardLimit"),
                                    boardShareOfReceivingBasisPoints: r.text("boardShare").isEmpty ? nil : try r.percent("boardShare")),
            members: try members(r, in: a), votingMembersPerPartner: try r.integer("quorumRule", 1...20), retainedDecisions: r.list("retained"))
        d.schedules = try r.list("schedules").map { item throws(EditError) in
            let number = Int(item.prefix { $0.isNumber })
            guard let number else { throw r.failure("schedules", "each schedule starts with its number, e.g. 3 Risk share") }
            return Schedule(number: number, title: String(item.drop { $0.isNumber }).trimmingSpaces())
        }
        d.reportingPeriod = try r.period("period")
        d.riskReserve = try r.money("reserve")
        d.ascMinimum = try r.money("asc")
        d.riskShare.netting = try r.choice("netting") == "yes"
        d.riskShare.reserveFirst = try r.choice("reserveFirst") == "yes"
        switch try r.choice("overspend") {
        case "own-risk": d.riskShare.overspend = .ownRisk
        case "proportional": d.riskShare.overspend = .proportional
        case "capped":
            guard !r.text("cap").isEmpty else { throw r.failure("cap", "a capped share needs the cap, e.g. 2%") }
            d.riskShare.overspend = .cappedProportional(capBasisPoints: try r.percent("cap"))
        case "fixed":
            var splits: [PartnerSplit] = []
            for item in r.list("split", separator: ",") {
                let words = item.split(separator: " ").map(String.init)
                guard words.count == 2, a.partner(words[0]) != nil, case .success(let share) = FieldInput.percent(words[1]) else {
                    throw r.failure("split", "write each partner and its share, e.g. ICB 64%, LA 36%")
                }
                splits.append(PartnerSplit(words[0], share))
            }
            guard splits.map(\.basisPoints).reduce(0, +) == 10_000 else { throw r.failure("split", "the shares must add up to 100%") }
            d.riskShare.overspend = .fixed(splits)
        default: break
        }
        switch try r.choice("underspend") {
        case "carry": d.riskShare.underspend = .carryForward
        case "own": d.riskShare.underspend = .ownRisk
        case "hybrid":
            guard !r.text("reserveCap").isEmpty, !r.text("forward").isEmpty else {
                throw r.failure("reserveCap", "the reserve rule needs the level to rebuild to and the share carried forward")
            }
            d.riskShare.underspend = .hybrid(reserveCap: try r.money("reserveCap"), carryForwardBasisPoints: try r.percent("forward"))
        default: d.riskShare.underspend = .returnProRata
        }
        d.financeRAG = FinanceRAGRule(amberAboveBasisPoints: try r.percent("amber"), redAboveBasisPoints: try r.percent("red"),
                                      underAboveBasisPoints: try r.percent("under"),
                                      remedialAboveBasisPoints: r.text("remedial").isEmpty ? nil : try r.percent("remedial"),
                                      remedialPlanDays: try r.integer("remedialDays", 0...366))
        guard d.financeRAG.redAboveBasisPoints >= d.financeRAG.amberAboveBasisPoints else {
            throw r.failure("red", "Red must start no lower than Amber")
        }
        d.signConvention = try r.choice("sign", as: SignConvention.self)
        return d
    }
}
