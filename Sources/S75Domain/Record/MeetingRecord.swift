/// What a closed meeting keeps, beside its attendance and the figures each step showed: when and by whom it was
/// closed, the headings its minutes carried, and every decision and action before it as they stood then (those
/// recorded at it, and those outstanding from earlier meetings). Its minutes are made from this alone, so they read
/// the same whatever changes afterwards.
public struct MeetingRecord: Hashable, Sendable {
    public var closedOn: DateOnly
    public var closedBy: String
    /// The board's name and the agreement's title, as the minutes were headed.
    public var boardName: String
    public var title: String
    /// The decisions and actions recorded at the meeting, then those outstanding from earlier ones, as they stood.
    public var minutes: [Minute]
    /// Its quorum as the minutes state it; nil when the agreement named no members.
    public var quorum: QuorumFinding?
    /// The members who took no part in each decision, by the decision's identifier, as the minutes name them.
    public var notTakingPart: [Minute.ID: [String]]

    public init(closedOn: DateOnly, closedBy: String, boardName: String, title: String, minutes: [Minute], quorum: QuorumFinding? = nil,
                notTakingPart: [Minute.ID: [String]] = [:]) {
        self.closedOn = closedOn
        self.closedBy = closedBy
        self.boardName = boardName
        self.title = title
        self.minutes = minutes
        self.quorum = quorum
        self.notTakingPart = notTakingPart
    }
}

extension Agreement {
    /// The meeting of `date` closed on `day` by `user`, its record frozen as it stands; refused for a meeting not
    /// held, or one already closed.
    public func closingMeeting(_ date: DateOnly, on day: DateOnly, by user: String) throws(EditError) -> Meeting {
        guard var meeting = meeting(on: date) else { throw EditError("there is no meeting on \(date.label) to close") }
        if let closed = meeting.closed { throw EditError("the meeting of \(date.label) was closed \(closed.closedOn.label)") }
        guard day >= date else { throw EditError("a meeting is closed on or after the day it sat") }
        let own = minutes(of: date)
        let apart = Dictionary(uniqueKeysWithValues: own.map { ($0.id, notTakingPart(in: $0, at: meeting)) }.filter { !$0.1.isEmpty })
        meeting.closed = MeetingRecord(closedOn: day, closedBy: user, boardName: self.governance.boardName, title: self.title,
                                       minutes: own + carriedForward(to: date), quorum: quorum(at: meeting), notTakingPart: apart)
        return meeting
    }

    /// The refusal of a change to a closed meeting, or to what was recorded at one: a closed meeting stays as it was,
    /// and a decision or action raised at it keeps its words and is never removed (only how it stands may change).
    func checkMeetingKept(by change: Change) throws(EditError) {
        switch (change.key, change.new) {
        case (.meeting(let date), let new):
            guard let old = meeting(on: date), let closed = old.closed, new != .meeting(old) else { return }
            throw EditError("the meeting of \(date.label) was closed \(closed.closedOn.label); its record is kept as it was")
        case (.minute(let id), let new):
            let was = minutes.first { $0.id == id }
            var now: Minute?
            if case .minute(let m)? = new { now = m }
            for date in Set([was?.meeting, now?.meeting].compactMap { $0 }) {
                guard let closed = meeting(on: date)?.closed else { continue }
                let kept = "the meeting of \(date.label) was closed \(closed.closedOn.label): what was recorded at it is kept"
                guard let was, let now else {
                    throw EditError(was == nil ? kept : "\(kept), never removed; withdraw it instead")
                }
                guard now.kind == was.kind, now.meeting == was.meeting, now.item == was.item, now.text == was.text else {
                    throw EditError("\(kept) in its words; only how it stands may change")
                }
                guard now.updates.starts(with: was.updates) else { throw EditError("\(kept) with its history") }
                guard now.status == was.status || now.updates.count > was.updates.count else {
                    throw EditError("\(kept): a change to how it stands is recorded as an update, with a note")
                }
            }
        default:
            return
        }
    }
}
