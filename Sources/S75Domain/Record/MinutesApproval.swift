/// The approval of an earlier meeting's minutes, recorded at the meeting that approved them: which meeting's, and who
/// moved it. The approved meeting's own record stays as it was closed.
public struct MinutesApproval: Hashable, Sendable {
    public var meeting: DateOnly
    public var movedBy: String

    public init(meeting: DateOnly, movedBy: String) {
        self.meeting = meeting
        self.movedBy = movedBy
    }
}

extension Agreement {
    /// The meeting that approved the minutes of the meeting of `date`, if one has.
    public func approval(of date: DateOnly) -> Meeting? { meetings.first { $0.approves?.meeting == date } }

    /// The latest closed meeting before `date` whose minutes no meeting has approved yet.
    public func minutesAwaitingApproval(before date: DateOnly) -> Meeting? {
        meetings.filter { $0.date < date && $0.closed != nil && approval(of: $0.date) == nil }.max { $0.date < $1.date }
    }

    /// The meeting of `date` recording that it approved the minutes of the last closed meeting before it, moved by
    /// `movedBy`; refused when there are none to approve, or the meeting has approved some already.
    public func approvingMinutes(at date: DateOnly, movedBy: String) throws(EditError) -> Meeting {
        guard var meeting = meeting(on: date) else { throw EditError("there is no meeting on \(date.label)") }
        if let approved = meeting.approves { throw EditError("this meeting approved the minutes of \(approved.meeting.label) already") }
        guard let earlier = minutesAwaitingApproval(before: date) else {
            throw EditError("no earlier meeting's minutes await approval: a meeting's minutes are approved once it is closed")
        }
        guard !movedBy.allSatisfy(\.isWhitespace) else { throw EditError("say who moved the approval") }
        meeting.approves = MinutesApproval(meeting: earlier.date, movedBy: movedBy)
        return meeting
    }

    /// What any approval must be: of an earlier meeting, closed, approved nowhere else, moved by someone.
    func check(_ approval: MinutesApproval, at date: DateOnly) throws(EditError) {
        guard approval.meeting < date, let approved = meeting(on: approval.meeting), approved.closed != nil else {
            throw EditError("a meeting approves the minutes of an earlier meeting, once that meeting is closed")
        }
        if let other = self.approval(of: approval.meeting), other.date != date {
            throw EditError("the minutes of \(approval.meeting.label) were approved at the meeting of \(other.date.label)")
        }
        guard !approval.movedBy.allSatisfy(\.isWhitespace) else { throw EditError("say who moved the approval") }
    }
}

extension Agreement {
    /// The agreement with a meeting on `date` begun, for `period`, if it has none that day.
    public func starting(_ date: DateOnly, period: Period) -> Agreement {
        guard meeting(on: date) == nil else { return self }
        var a = self
        a.meetings.append(Meeting(date: date, period: period))
        return a
    }
}
