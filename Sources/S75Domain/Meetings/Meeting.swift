/// A board meeting: the day it sat, who attended, the month whose figures were before it, how far
/// the walk got, and the sentence each step showed, kept as the board saw it for the minutes.
public struct Meeting: Hashable, Sendable, Identifiable {
    public var date: DateOnly
    /// Who was present, and apologies: "Present: Cllr Ahmed (chair), J. Okafor (ICB). Apologies: none."
    public var attendance: String
    /// The members present, picked from the terms of reference, and the interests they declared.
    public var participation: Participation
    /// The month whose monitoring the board looked at.
    public var period: Period
    /// The last walk step shown: where the meeting got to, and where the walk resumes.
    public var stepReached: WalkStep
    /// The sentence each step showed when the board reached it, by the step's name.
    public var figures: [String: String]
    /// The day the board agreed to meet next; nil until it is set.
    public var nextMeeting: DateOnly?
    /// The earlier meeting whose minutes this one approved, and who moved it; nil if it approved none.
    public var approves: MinutesApproval?
    /// Its record as it was closed; nil while the meeting is open. Once closed, nothing of the meeting changes.
    public var closed: MeetingRecord?

    public var id: DateOnly { date }

    public init(date: DateOnly, attendance: String = "", period: Period, stepReached: WalkStep = .previousMinutes, figures: [String: String] = [:],
                nextMeeting: DateOnly? = nil, approves: MinutesApproval? = nil, closed: MeetingRecord? = nil,
                participation: Participation = .none) {
        self.date = date
        self.attendance = attendance
        self.participation = participation
        self.period = period
        self.stepReached = stepReached
        self.figures = figures
        self.nextMeeting = nextMeeting
        self.approves = approves
        self.closed = closed
    }

    /// The meeting once the board has reached `step`: where to resume, and its figures as shown now (`problems`: how many
    /// the agreement's check finds, when known).
    public func reaching(_ step: WalkStep, in agreement: Agreement, period: Period, problems: Int? = nil) -> Meeting {
        reaching(step, period: period, sentence: agreement.walkSentence(step, at: period, on: date, problems: problems))
    }

    /// The meeting once the board has reached `step`, its sentence already worked out (`Agreement.walkSentence`).
    public func reaching(_ step: WalkStep, period: Period, sentence: String) -> Meeting {
        var meeting = self
        meeting.period = period
        meeting.stepReached = step
        meeting.figures[step.name] = sentence
        return meeting
    }
}

extension Agreement {
    /// The meeting held on `date`, if one was recorded.
    public func meeting(on date: DateOnly) -> Meeting? { meetings.first { $0.date == date } }

    /// The minutes recorded at the meeting on `date`, decisions first, each in the order recorded.
    public func minutes(of date: DateOnly) -> [Minute] {
        let own = minutes.filter { $0.meeting == date }
        return own.filter { $0.kind == .decision } + own.filter { $0.kind == .action }
    }

    /// Actions still open and decisions put off from meetings before `date`, oldest first.
    public func carriedForward(to date: DateOnly) -> [Minute] {
        minutes.filter { $0.isCarriedForward(to: date) }.sorted { ($0.meeting, $0.id) < ($1.meeting, $1.id) }
    }

    /// The next free identifier for a minute of `kind`: D3 after D1 and D2.
    public func nextMinuteID(_ kind: Minute.Kind) -> String {
        let numbers = minutes.compactMap { $0.id.hasPrefix(kind.prefix) ? Int($0.id.dropFirst()) : nil }
        return kind.prefix + String((numbers.max() ?? 0) + 1)
    }
}
