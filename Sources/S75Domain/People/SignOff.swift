/// A signature on figures (issue: people and roles): who signed what, when, and the figures as they stood, so that a
/// later change to any of them shows the sign-off as **superseded**, never silently dropped.
public struct SignOff: Hashable, Sendable, Identifiable {
    /// What is signed.
    public enum Scope: Hashable, Sendable {
        /// A partner's finance lead submits the month's returns of the lines its partner leads.
        case submitted(Period, Partner.ID)
        /// The pooled fund manager approves the month, once every partner has submitted.
        case approved(Period)
        /// The chair signs a meeting's minutes, once the next meeting approved them.
        case minutes(DateOnly)
        /// A partner's s151 or CFO signatory signs its part of the year-end settlement, once the outturn is final.
        case yearEnd(FinancialYear, Partner.ID)
        /// The Health and Wellbeing Board signs off a BCF return to NHS England; the pooled fund manager records it.
        case bcfReturn(FinancialYear, BCFReturnKind)

        /// "submitted 2025-12 LA", "approved 2025-12", "minutes 2025-10-21": the sign-off's identifier.
        public var id: String {
            switch self {
            case .submitted(let period, let partner): "submitted \(period) \(partner)"
            case .approved(let period): "approved \(period)"
            case .minutes(let date): "minutes \(date)"
            case .yearEnd(let year, let partner): "year-end \(year) \(partner)"
            case .bcfReturn(let year, let kind): "bcf-return \(year) \(kind.rawValue)"
            }
        }

        /// The scope from its identifier.
        public init?(id: String) {
            let words = id.split(separator: " ").map(String.init)
            switch (words.first, words.count) {
            case ("submitted", 3): guard let p = Period(words[1]) else { return nil }; self = .submitted(p, words[2])
            case ("approved", 2): guard let p = Period(words[1]) else { return nil }; self = .approved(p)
            case ("minutes", 2): guard let d = DateOnly(words[1]) else { return nil }; self = .minutes(d)
            case ("year-end", 3):
                guard let year = Self.year(words[1]) else { return nil }
                self = .yearEnd(year, words[2])
            case ("bcf-return", 3):
                guard let year = Self.year(words[1]), let kind = BCFReturnKind(rawValue: words[2]) else { return nil }
                self = .bcfReturn(year, kind)
            default: return nil
            }
        }

        /// Whether the report of `period` states this sign-off's standing itself: the month's submissions and approval,
        /// its year-end settlement, its quarter's BCF return.
        public func concerns(_ period: Period) -> Bool {
            switch self {
            case .submitted(let month, _), .approved(let month): month == period
            case .yearEnd(let year, _): period.isYearEnd && period.financialYear == year
            case .bcfReturn(let year, let kind): period.financialYear == year && period.monthOfYear == kind.monthOfYear
            case .minutes: false
            }
        }

        /// "2025-26" as a financial year.
        private static func year(_ word: String) -> FinancialYear? {
            guard word.count == 7, let start = Int(word.prefix(4)) else { return nil }
            return FinancialYear(startYear: start)
        }
    }

    public var scope: Scope
    /// The account that signed.
    public var by: String
    public var on: DateOnly
    /// The figures it covers, as they stood when signed (canonical text).
    public var covers: String
    /// A BCF return signed off for the Health and Wellbeing Board under delegated authority (to meet the deadline,
    /// noted at the board's next meeting), rather than at a meeting of the board.
    public var underDelegatedAuthority: Bool

    public var id: String { scope.id }

    public init(scope: Scope, by: String, on: DateOnly, covers: String, underDelegatedAuthority: Bool = false) {
        self.scope = scope
        self.by = by
        self.on = on
        self.covers = covers
        self.underDelegatedAuthority = underDelegatedAuthority
    }
}

/// The BCF returns the Health and Wellbeing Board signs off: three quarterly in-year returns and the end-of-year one.
public enum BCFReturnKind: String, Hashable, Sendable, CaseIterable {
    case q1, q2, q3, endOfYear = "end-of-year"

    /// The month of the financial year whose figures the return reports: 3, 6, 9 or 12.
    public var monthOfYear: Int {
        switch self {
        case .q1: 3
        case .q2: 6
        case .q3: 9
        case .endOfYear: 12
        }
    }

    /// "Q3", "end-of-year".
    public var label: String { self == .endOfYear ? "end-of-year" : rawValue.uppercased() }
}

extension Agreement {
    /// The figures `scope` covers now, as canonical text: a partner's returns for the month (each line's actual,
    /// forecast and commentary), every return of the month, or a meeting's record as closed.
    public func coveredFigures(_ scope: SignOff.Scope) -> String {
        func returns(_ period: Period, _ include: (SchemeLine) -> Bool) -> String {
            lineIDsByLedger.compactMap { id -> String? in
                guard let line = line(id), include(line) else { return nil }
                guard let e = entry(for: id, at: period) else { return "\(id)|no return" }
                return "\(id)|\(e.budgetToDate.pence)|\(e.actualToDate.pence)|\(e.forecastOutturn.pence)|\(e.commentary)"
            }.joined(separator: "\n")
        }
        switch scope {
        case .submitted(let period, let partner): return returns(period) { $0.leadCommissionerID == partner }
        case .approved(let period): return returns(period) { _ in true }
        case .yearEnd(let year, let partner):
            guard let position = yearEndPosition(at: year.month(12)), position.isFinal else { return "not final" }
            return ["outturn \(position.revenue.outturn.pence)", "share \(position.revenue.share(of: partner).pence)",
                    "net cost \(position.netCost.first { $0.partnerID == partner }?.amount.pence ?? 0)"].joined(separator: "\n")
        case .bcfReturn(let year, let kind):
            let metricValues = metrics.flatMap { m in
                m.values.filter { $0.period.endMonthOfYear <= kind.monthOfYear }.map { "\(m.id)|\($0.period.label)|\($0.value.thousandths)" }
            }
            let answers = bcfReturnAnswers(year, kind)
            let words = answers.conditions.map { "\($0.answer)|\($0.commentary)" } + [answers.achievements, answers.challenges]
            return ([returns(year.month(kind.monthOfYear)) { _ in true }] + metricValues + words).joined(separator: "\n")
        case .minutes(let date):
            guard let meeting = meeting(on: date), let record = meeting.closed else { return "" }
            return ([meeting.attendance, record.closedOn.description, meeting.approves.map { "\($0.meeting) \($0.movedBy)" } ?? "",
                     approval(of: date).map { "approved \($0.date)" } ?? ""]
                    + record.minutes.map { "\($0.id)|\($0.status.rawValue)|\($0.text)|\($0.updates.count)" }).joined(separator: "\n")
        }
    }

    /// Whether `signOff` no longer covers the figures as they are.
    public func isSuperseded(_ signOff: SignOff) -> Bool { coveredFigures(signOff.scope) != signOff.covers }

    /// The sign-off of `scope`, if given.
    public func signOff(_ scope: SignOff.Scope) -> SignOff? { signOffs.first { $0.scope == scope } }

    /// The partners whose finance leads submit a month: those that lead a line.
    public var submittingPartners: [Partner.ID] {
        partners.map(\.id).filter { id in lines.contains { $0.leadCommissionerID == id } }
    }

    /// `scope` signed by `account` on `day`, its figures as they stand; refused while what it signs is not ready. A BCF
    /// return's sign-off may say it was given `underDelegatedAuthority`.
    public func signing(_ scope: SignOff.Scope, by account: String, on day: DateOnly,
                        underDelegatedAuthority: Bool = false) throws(EditError) -> SignOff {
        let signOff = SignOff(scope: scope, by: account, on: day, covers: coveredFigures(scope), underDelegatedAuthority: underDelegatedAuthority)
        try check(signOff)
        return signOff
    }

    /// What a sign-off needs: a month with its returns in (a partner's, or every partner's submissions current for
    /// an approval); minutes closed and approved. One already overtaken by later changes is history, kept as it was.
    func check(_ signOff: SignOff) throws(EditError) {
        guard !isSuperseded(signOff) else { return }
        if signOff.underDelegatedAuthority, case .bcfReturn = signOff.scope {} else if signOff.underDelegatedAuthority {
            throw EditError("only a BCF return is signed off under delegated authority")
        }
        switch signOff.scope {
        case .submitted(let period, let partner):
            guard self.partner(partner) != nil else { throw EditError("there is no partner \(partner)") }
            let missing = lines.filter { $0.leadCommissionerID == partner && entry(for: $0.id, at: period) == nil }.map(\.id)
            guard missing.isEmpty else { throw EditError("\(partner)'s returns for \(period.label) are not all in: \(missing.joined(separator: ", "))") }
        case .approved(let period):
            let waiting = submittingPartners.filter { partner in
                guard let submitted = self.signOff(.submitted(period, partner)) else { return true }
                return isSuperseded(submitted)
            }
            guard waiting.isEmpty else {
                throw EditError("\(period.label) is approved once every partner has submitted it: waiting for \(waiting.joined(separator: ", "))")
            }
        case .yearEnd(let year, let partner):
            guard self.partner(partner) != nil else { throw EditError("there is no partner \(partner)") }
            guard yearEndPosition(at: year.month(12))?.isFinal == true else {
                throw EditError("the year-end settlement of \(year) is signed once its month-12 outturn is final: every line's return in")
            }
        case .bcfReturn(let year, let kind):
            let month = year.month(kind.monthOfYear)
            let missing = lines.filter { entry(for: $0.id, at: month) == nil }.map(\.id)
            guard missing.isEmpty else {
                throw EditError("the \(kind.label) BCF return of \(year) is signed off once every line's \(month.label) return is in: "
                                + "missing \(missing.prefix(5).joined(separator: ", "))\(missing.count > 5 ? " and \(missing.count - 5) more" : "")")
            }
        case .minutes(let date):
            guard meeting(on: date)?.closed != nil, approval(of: date) != nil else {
                throw EditError("the minutes of \(date.label) are signed once the meeting is closed and the next meeting has approved them")
            }
        }
    }
}
