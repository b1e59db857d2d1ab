/// One instalment of a partner's contribution: what is due and when, and what was received and when (nil until it is).
public struct ContributionInstalment: Hashable, Sendable, Identifiable {
    /// "I1".
    public var id: String
    public var contributionID: Contribution.ID
    public var due: DateOnly
    public var amount: Money
    /// The day the money arrived; nil while it has not.
    public var receivedOn: DateOnly?
    /// How much arrived; nil while nothing has.
    public var received: Money?

    public init(id: String, contributionID: Contribution.ID, due: DateOnly, amount: Money, receivedOn: DateOnly? = nil, received: Money? = nil) {
        self.id = id
        self.contributionID = contributionID
        self.due = due
        self.amount = amount
        self.receivedOn = receivedOn
        self.received = received
    }
}

/// How often a contribution is paid: every month or every quarter, in advance (on the first day).
public enum InstalmentSchedule: String, Hashable, Sendable, CaseIterable {
    case monthly, quarterly

    /// How many instalments a year.
    public var count: Int { self == .monthly ? 12 : 4 }
}

extension Agreement {
    /// `contribution`'s instalments over its year, paid in advance on the first day of each month (or quarter) from
    /// April: each the amount ÷ the count rounded to the pound, the last what is left (brief: £27,200,000 in twelve is
    /// £2,266,667 a month and £2,266,663 in March). Numbered on from the instalments already recorded.
    public func instalments(for contribution: Contribution, _ schedule: InstalmentSchedule) -> [ContributionInstalment] {
        let year = financialYear, count = Int64(schedule.count)
        let each = Money.pounds(Rounding.divide(contribution.amount.pence, by: 100 * count))
        var next = (contributionInstalments.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
        return (0..<schedule.count).map { index in
            let month = year.month(1 + index * 12 / schedule.count)
            let amount = index == schedule.count - 1 ? contribution.amount - Money(pence: each.pence * (count - 1)) : each
            defer { next += 1 }
            return ContributionInstalment(id: "I\(next)", contributionID: contribution.id,
                                          due: DateOnly(year: month.year, month: month.month, day: 1), amount: amount)
        }
    }

    /// The instalments of `contributionID`, by due date.
    public func instalments(of contributionID: Contribution.ID) -> [ContributionInstalment] {
        contributionInstalments.filter { $0.contributionID == contributionID }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    /// What an instalment must be: of a contribution, due within the term, for an amount, and received (if it is) on a
    /// day with an amount, both or neither.
    func check(_ instalment: ContributionInstalment) throws(EditError) {
        guard !instalment.id.isEmpty, !instalment.id.contains(" ") else { throw EditError("an identifier is needed, without spaces, e.g. I1") }
        guard contributions.contains(where: { $0.id == instalment.contributionID }) else {
            throw EditError("there is no contribution \(instalment.contributionID)")
        }
        guard instalment.due.exists, instalment.due >= self.start, instalment.due <= self.end else {
            throw EditError("an instalment falls due within the agreement's term (\(self.start.label) to \(self.end.label))")
        }
        guard instalment.amount.pence > 0 else { throw EditError("an instalment is for an amount more than £0") }
        guard (instalment.receivedOn == nil) == (instalment.received == nil) else {
            throw EditError("a receipt has both the day it arrived and how much")
        }
        if let day = instalment.receivedOn, !day.exists { throw EditError("the day received must exist") }
        if let received = instalment.received, received.isNegative { throw EditError("an amount received cannot be negative") }
    }
}

/// A contribution's instalments up to a month: due and received by the month's end; nil figures when it has no schedule.
public struct ContributionReceipts: Hashable, Sendable {
    public var contribution: Contribution
    /// Due by the month's end; nil when no instalments are recorded (not known, never £0).
    public var dueToDate: Money?
    /// Received by the month's end; nil when no instalments are recorded.
    public var receivedToDate: Money?
    /// The instalments due by then and not yet received in full.
    public var outstanding: [ContributionInstalment]

    /// Due less received (positive: owed to the pool); nil without a schedule.
    public var owed: Money? { dueToDate.flatMap { due in receivedToDate.map { due - $0 } } }
}

extension Agreement {
    /// Each contribution's instalments due and received by the end of `period`, in the contributions' order.
    public func contributionReceipts(at period: Period) -> [ContributionReceipts] {
        let end = DateOnly(year: period.year, month: period.month, day: 1).endOfMonth
        return contributions.map { contribution in
            let mine = instalments(of: contribution.id)
            guard !mine.isEmpty else { return ContributionReceipts(contribution: contribution, dueToDate: nil, receivedToDate: nil, outstanding: []) }
            func receivedByEnd(_ i: ContributionInstalment) -> Money { i.receivedOn.map { $0 <= end } == true ? i.received ?? .zero : .zero }
            let due = mine.filter { $0.due <= end }
            return ContributionReceipts(contribution: contribution, dueToDate: due.sum(\.amount), receivedToDate: mine.sum(receivedByEnd),
                                        outstanding: due.filter { receivedByEnd($0) < $0.amount })
        }
    }

    /// The instalments due by `today` and not received in full, as warnings for `check`.
    public func instalmentsOverdue(on today: DateOnly) -> [ValidationProblem] {
        contributionInstalments.filter { $0.due < today && ($0.received ?? .zero) < $0.amount }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }.map { i in
            let short = i.received.map { ", \(MoneyText.pounds($0)) received" } ?? ""
            return ValidationProblem("instalment \(i.id)", "\(MoneyText.pounds(i.amount)) of \(i.contributionID) was due \(i.due.label) and is not received in full\(short)")
        }
    }
}
