import S75App
import S75Domain
import S75Screen
import S75Text

/// The Agreement pane: parties, governance, term, the pool's totals, the reserve and the schedules.
enum AgreementPane {
    static let labelWidth = 22

    static func view(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        let a = state.agreement
        var lines: [ListLine] = []
        for (index, fact) in a.facts(problems: state.problems.count).enumerated() {
            let (label, described) = describe(fact, in: a, problems: state.problems, unit: state.displayUnit)
            let value = described.trimmingPunctuation.isEmpty ? "— not recorded" : described
            let wrapped = TextWrap.lines(value, width: max(10, width - labelWidth - 1))
            for (n, part) in wrapped.enumerated() {
                // the label a run of its own: the selection marks it, not the whole line
                lines.append(ListLine([TextRun(DisplayWidth.pad(n == 0 ? label : "", to: labelWidth)), TextRun(" " + part)],
                                      role: .tableRow, item: n == 0 ? index : nil))
            }
        }
        return PaneView(title: "Agreement — parties, governance, term, pool and schedules (\(state.displayUnit.label)); "
                        + "e edits, a adds a partner",
                        lines: lines, selected: selected)
    }

    /// The label and the value of one fact.
    static func describe(_ fact: AgreementFact, in a: Agreement, problems: [ValidationProblem], unit: DisplayUnit) -> (String, String) {
        let revenue = a.contributions.filter { $0.ledger == .revenue }
        let capital = a.contributions.filter { $0.ledger == .capital }
        func amount(_ m: Money) -> String { MoneyFormat.amount(m, unit: unit) }
        switch fact {
        case .todo(let index):
            guard problems.indices.contains(index) else { return ("", "") }
            return (index == 0 ? "To do (\(problems.count))" : "", "✗ \(problems[index]) — Enter fixes it")
        case .title: return ("Agreement", a.title)
        case .legalBasis: return ("Legal basis", a.legalBasis)
        case .area: return ("Area", a.area)
        case .partner(let id):
            let p = a.partner(id)
            return ("Partner \(id)", "\(p?.name ?? id) — \(p?.kind.label ?? ""); \(p?.role ?? "")")
        case .host: return ("Host partner", a.host?.name ?? a.hostPartnerID)
        case .pooledFundManager: return ("Pooled fund manager", a.pooledFundManager)
        case .term: return ("Term", "\(a.start.label) – \(a.end.label)")
        case .notice: return ("Notice", "\(a.noticeMonths) months' written notice, expiring \(a.noticeExpiry)")
        case .review: return ("Review", a.reviewNote)
        case .board:
            let frequency = a.governance.meetingFrequency.isEmpty ? "" : " (\(a.governance.meetingFrequency.lowercased()))"
            return ("Board", a.governance.boardName + frequency)
        case .chairs: return ("Chairs", a.governance.chairs.joined(separator: "; "))
        case .people:
            guard !a.people.isEmpty else {
                return ("People", "NO PEOPLE SET: anyone who can write the file may change it (A adds the pooled fund manager)")
            }
            let pfm = a.people.filter { $0.roles.contains(.pfm) }.map(\.name).joined(separator: ", ")
            return ("People", "\(a.people.count) named, \(pfm) the pooled fund manager; the People pane (9) lists them and their sign-offs")
        case .member(let i):
            let m = a.governance.members[i]
            return (i == 0 ? "Members" : "", "\(m.name) — \(m.partnerID), \(m.voting ? "voting" : "adviser")" + (m.role.isEmpty ? "" : "; \(m.role)"))
        case .quorum:
            let count = a.governance.votingMembersPerPartner
            let rule = "\(count) voting member\(count == 1 ? "" : "s") from each partner"
            let words = a.governance.quorum
            guard !a.governance.members.isEmpty else { return ("Quorum", words) }
            return ("Quorum", words.isEmpty ? rule : words == rule ? words : "\(words) (counted as \(rule))")
        case .limits:
            let l = a.governance.limits
            let pfm = l.poolFundManagerWithinScheme.map { "PFM within a scheme to \(MoneyText.pounds($0))" } ?? "PFM: none set"
            let board = l.boardVirement.map { "board to \(MoneyText.pounds($0))" + (l.boardShareOfReceivingBasisPoints.map { " and \(PercentText.exact($0)) of the receiving scheme" } ?? "") }
                ?? "board: none set"
            return ("Virement limits", "\(pfm); \(board); above, the partners")
        case .decisions: return ("Decisions", a.governance.decisionRule)
        case .delegation(let i):
            let d = a.governance.delegations[i]
            return (i == 0 ? "Delegations" : "", "\(d.holder): \(d.authority)")
        case .healthAndWellbeingBoard: return ("Health & Wellbeing Bd", a.governance.healthAndWellbeingBoard)
        case .poolName: return ("Pooled fund", a.poolName)
        case .revenue:
            let parts = a.partners.compactMap { p -> String? in
                let m = revenue.filter { $0.partnerID == p.id }.sum(\.amount)
                guard m != .zero else { return nil }
                return "\(p.shortName) \(amount(m)) (\(PercentFormat.percent(m.basisPoints(of: revenue.sum(\.amount)))))"
            }
            return ("Revenue (\(unit.label))", ([amount(revenue.sum(\.amount))] + parts).joined(separator: ": ", last: ", "))
        case .capital:
            let parts = capital.map { "\($0.source.label) \(amount($0.amount))" }
            return ("Capital (\(unit.label))", ([amount(capital.sum(\.amount))] + parts).joined(separator: ": ", last: ", "))
        case .poolTotal:
            return ("Pool total (\(unit.label))", "\(amount(a.contributions.sum(\.amount))) = revenue \(amount(revenue.sum(\.amount))) + capital \(amount(capital.sum(\.amount)))")
        case .riskReserve:
            return ("Risk reserve (\(unit.label))", "\(amount(a.riskReserve)) brought forward, held by \(a.host?.shortName ?? "the host")")
        case .schedule(let i):
            let s = a.schedules[i]
            return (i == 0 ? "Schedules" : "", "\(s.number). \(s.title)")
        }
    }
}

extension String {
    /// The text without spaces and the punctuation that joins values, to tell an empty value from a real one.
    var trimmingPunctuation: String { filter { !" ():;,—-".contains($0) } }
}

extension Array where Element == String {
    /// The first element, then `separator`, then the rest joined by `last`: "42,500: ICB …, Council …".
    func joined(separator: String, last: String) -> String {
        guard let first else { return "" }
        return count == 1 ? first : first + separator + dropFirst().joined(separator: last)
    }
}

/// Word-wrapping for long values.
enum TextWrap {
    /// `text` broken into lines of at most `width` cells, at spaces where possible.
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = DisplayWidth.of(word) <= width ? word : DisplayWidth.truncate(word, to: width)
            }
        }
        lines.append(current)
        return lines
    }
}
