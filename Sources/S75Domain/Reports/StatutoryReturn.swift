/// A return the pooled fund manager makes for a period (brief §1.4, §3.5): the quarterly report to the partners, the
/// annual return, the regulation 9 report to the NHS body, or the pooled budgets note for the partners' accounts. Its
/// figures are the board report's of the same month, with the groupings a return needs worked out by the same
/// functions: nothing is added up a second way.
public struct StatutoryReturn: Hashable, Sendable {
    /// The returns there are.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        case quarterly, annual, reg9, accountsNote = "accounts-note"

        /// What the return is, in the words a partner's finance team files it under.
        public var title: String {
            switch self {
            case .quarterly: "Quarterly report to the partners on the pooled fund (regulation 7(4), SI 2000/617)"
            case .annual: "Annual return on the pooled fund (regulation 7(4), SI 2000/617)"
            case .reg9: "Report to the NHS body on the NHS functions the council exercises (regulation 9, SI 2000/617)"
            case .accountsNote: "Pooled budgets: note to the partners' statements of accounts"
            }
        }

        /// Whether `period` is a month the return is made for: a quarter's end, or for the annual return and the accounts
        /// note the year's end.
        func isMade(at period: Period) -> Bool {
            switch self {
            case .quarterly, .reg9: period.monthOfYear % 3 == 0
            case .annual, .accountsNote: period.isYearEnd
            }
        }
    }

    public var kind: Kind
    public var period: Period
    /// The board report of the month: every figure the return states.
    public var report: BoardReport
    /// The pool's figures by lead commissioner, and their total.
    public var byLeadCommissioner: [BoardReport.FiguresRow]
    /// The lines through which the council exercises NHS functions (regulation 9), and their total.
    public var nhsFunctionLines: [BoardReport.SchemeRow]
    public var nhsFunctionsTotal: BoardReport.FiguresRow
    /// The functions each of those lines exercises, by line.
    public var nhsFunctions: [SchemeLine.ID: [String]]
    /// Why the return is not final: the month is not closed, or lines have no return. Empty when it is final.
    public var draftReasons: [String]

    /// The `kind` return of `a` for `period`; refused for a month outside the agreement or one the return is not made for.
    public init(_ kind: Kind, of a: Agreement, at period: Period) throws(EditError) {
        guard period >= a.start.period, period <= a.end.period else {
            throw EditError("\(period.label) is outside the agreement's term (\(a.start.label) to \(a.end.label))")
        }
        guard kind.isMade(at: period) else {
            throw EditError(kind == .annual || kind == .accountsNote
                            ? "the \(kind.rawValue) return is made for the year's end, month 12 (\(period.financialYear.month(12)))"
                            : "the \(kind.rawValue) return is made at a quarter's end: month 3, 6, 9 or 12 (\(period.label) is month \(period.monthOfYear))")
        }
        self.kind = kind
        self.period = period
        report = BoardReport(a, at: period)
        byLeadCommissioner = a.rollUp(by: .leadCommissioner, at: period).map { BoardReport.FiguresRow($0.key, $0.label, $0.figures, in: a) }
        let exercised = a.linesByLedger.filter { !$0.delegatedFunctions.isEmpty }
        let ids = Set(exercised.map(\.id))
        nhsFunctionLines = report.schemes.filter { ids.contains($0.line) }
        nhsFunctionsTotal = BoardReport.FiguresRow("nhs-functions", "NHS functions exercised by the council",
                                                   a.figures(at: period) { ids.contains($0.id) }, in: a)
        nhsFunctions = Dictionary(uniqueKeysWithValues: exercised.map { ($0.id, $0.delegatedFunctions) })
        var reasons: [String] = []
        if let close = a.monthClose(period), close.isLocked {} else {
            reasons.append("\(period.label) is not closed" + (a.monthClose(period) == nil ? "" : " (it was reopened)"))
        }
        if !report.agreement.missingReturns.isEmpty {
            let missing = report.agreement.missingReturns
            reasons.append("\(missing.count) line\(missing.count == 1 ? " has" : "s have") no return: "
                           + missing.prefix(8).joined(separator: ", ") + (missing.count > 8 ? " and \(missing.count - 8) more" : ""))
        }
        draftReasons = reasons
    }

    /// The return's first line: "FINAL: …" with the close, or "DRAFT: …" with why it is not final.
    public var status: String {
        guard draftReasons.isEmpty else { return "DRAFT: " + draftReasons.joined(separator: "; ") + "." }
        return "FINAL: \(period.label) is \(report.close?.summary ?? "closed"), with every line's return."
    }
}
