import S75Domain

extension AgreementDocument {
    static func meeting(_ m: Meeting, minutes: [Minute]) -> JSONValue {
        .fields(["date": .text(m.date.description), "attendance": .text(m.attendance), "period": .text(m.period.description),
                 "stepReached": .text(m.stepReached.name), "figures": .object(m.figures.mapValues(JSONValue.string)),
                 "minutes": .array(minutes.map { minute($0, withMeeting: false) }), "closed": m.closed.map(record),
                 "nextMeeting": m.nextMeeting.map { .text($0.description) },
                 "approves": m.approves.map(approval), "present": .texts(m.participation.present),
                 "declarations": declarations(m.participation.declarations)])
    }

    static func declarations(_ declarations: [Declaration]) -> JSONValue {
        .array(declarations.map { .fields(["member": .text($0.member), "provider": .text($0.providerID), "interest": .text($0.interest)]) })
    }

    /// Who sat and what they declared (written since attendance was picked from the members; absent before, read as none).
    static func participation(_ f: Fields) throws(InterchangeError) -> Participation {
        Participation(present: f.optionalNode("present") == nil ? [] : try f.strings("present"),
                      declarations: try (f.optionalNode("declarations")?.list() ?? []).map { n throws(InterchangeError) in
                          let d = try n.object(["member", "provider", "interest"])
                          return Declaration(member: try d.string("member"), providerID: try d.string("provider"), interest: try d.string("interest"))
                      })
    }

    static func participation(_ p: Participation) -> JSONValue {
        .fields(["present": .texts(p.present), "declarations": declarations(p.declarations)])
    }

    static func participation(_ node: Node) throws(InterchangeError) -> Participation {
        try participation(try node.object(["present", "declarations"]))
    }

    static func approval(_ a: MinutesApproval) -> JSONValue {
        .fields(["meeting": .text(a.meeting.description), "movedBy": .text(a.movedBy)])
    }

    static func approval(_ node: Node) throws(InterchangeError) -> MinutesApproval {
        let f = try node.object(["meeting", "movedBy"])
        return MinutesApproval(meeting: try f.date("meeting"), movedBy: try f.string("movedBy"))
    }

    /// A minute; `withMeeting` names the meeting it was recorded at (in a closed meeting's record, which holds others').
    static func minute(_ n: Minute, withMeeting: Bool) -> JSONValue {
        .fields(["id": .text(n.id), "kind": .text(n.kind.rawValue), "meeting": withMeeting ? .text(n.meeting.description) : nil,
                 "item": .text(n.item), "text": .text(n.text), "owner": .text(n.owner), "due": n.due.map { .text($0.description) },
                 "status": .text(n.status.rawValue), "updates": updates(n.updates)])
    }

    static func updates(_ updates: [MinuteUpdate]) -> JSONValue {
        .array(updates.map { .fields(["on": .text($0.on.description), "status": .text($0.status.rawValue), "note": .text($0.note)]) })
    }

    static func updates(_ node: Node) throws(InterchangeError) -> [MinuteUpdate] {
        try node.list().map { n throws(InterchangeError) in
            let u = try n.object(["on", "status", "note"])
            return MinuteUpdate(on: try u.date("on"), status: try u.code("status", "status"), note: try u.string("note"))
        }
    }

    static func minute(_ n: Node, meeting: DateOnly?) throws(InterchangeError) -> Minute {
        let m = try n.object(["id", "kind", "meeting", "item", "text", "owner", "due", "status", "updates"])
        let due: DateOnly? = m.optionalNode("due") == nil ? nil : try m.date("due")
        let recordedAt: DateOnly
        if let meeting { recordedAt = meeting } else { recordedAt = try m.date("meeting") }
        return Minute(id: try m.string("id"), kind: try m.code("kind", "kind of minute"), meeting: recordedAt,
                      item: try m.string("item"), text: try m.string("text"), owner: try m.string("owner"), due: due,
                      status: try m.code("status", "status"),
                      updates: try m.optionalNode("updates").map { n throws(InterchangeError) in try updates(n) } ?? [])
    }

    static func record(_ r: MeetingRecord) -> JSONValue {
        .fields(["closedOn": .text(r.closedOn.description), "closedBy": .text(r.closedBy), "boardName": .text(r.boardName),
                 "title": .text(r.title), "minutes": .array(r.minutes.map { minute($0, withMeeting: true) }),
                 "quorum": r.quorum.map { .fields(["quorate": .bool($0.isQuorate), "sentence": .text($0.sentence)]) },
                 "notTakingPart": r.notTakingPart.isEmpty ? nil : .object(r.notTakingPart.mapValues { .array($0.map(JSONValue.string)) })])
    }

    static func record(_ node: Node) throws(InterchangeError) -> MeetingRecord {
        let r = try node.object(["closedOn", "closedBy", "boardName", "title", "minutes", "quorum", "notTakingPart"])
        var apart: [Minute.ID: [String]] = [:]
        if let n = r.optionalNode("notTakingPart") {
            guard case .object(let values) = n.value else { throw n.failure("expected an object of decision → members") }
            for (id, value) in values { apart[id] = try Node(value: value, path: n.child(id)).list().map { m throws(InterchangeError) in try m.string() } }
        }
        return MeetingRecord(closedOn: try r.date("closedOn"), closedBy: try r.string("closedBy"), boardName: try r.string("boardName"),
                             title: try r.string("title"),
                             minutes: try r.list("minutes").map { n throws(InterchangeError) in try minute(n, meeting: nil) },
                             quorum: try r.optionalNode("quorum").map { n throws(InterchangeError) in
                                 let q = try n.object(["quorate", "sentence"])
                                 return QuorumFinding(isQuorate: try q.bool("quorate"), sentence: try q.string("sentence"))
                             },
                             notTakingPart: apart)
    }

    /// The sentence each walk step showed, by the step's name.
    static func figures(_ node: Node) throws(InterchangeError) -> [String: String] {
        guard case .object(let values) = node.value else { throw node.failure("expected an object of step → sentence") }
        var figures: [String: String] = [:]
        for (step, value) in values {
            let n = Node(value: value, path: node.child(step))
            guard WalkStep(name: step) != nil else { throw n.failure("unknown walk step \"\(step)\"") }
            figures[step] = try n.string()
        }
        return figures
    }

    /// Each meeting, open, then its minutes, as records to apply in order; and the meetings as they end (closed, or
    /// approving earlier minutes), to apply once every meeting and minute is in: a closed meeting takes no new minute,
    /// and minutes are approved once their meeting is closed.
    static func meetingRecords(_ meetings: [Node]) throws(InterchangeError) -> (records: [(AgreementRecord, Node)], closings: [(Meeting, Node)]) {
        var records: [(AgreementRecord, Node)] = []
        var closings: [(Meeting, Node)] = []
        for node in meetings {
            let f = try node.object(["date", "attendance", "period", "stepReached", "figures", "minutes", "closed", "approves", "nextMeeting",
                                     "present", "declarations"])
            let figures = try figures(try f.node("figures"))
            var meeting = Meeting(date: try f.date("date"), attendance: try f.string("attendance"), period: try f.period("period"),
                                  stepReached: try f.parsed("stepReached", "a walk step") { WalkStep(name: $0) }, figures: figures,
                                  nextMeeting: f.optionalNode("nextMeeting") == nil ? nil : try f.date("nextMeeting"),
                                  participation: try participation(f))
            records.append((.meeting(meeting), node))
            for n in try f.list("minutes") { records.append((.minute(try minute(n, meeting: meeting.date)), n)) }
            meeting.approves = try f.optionalNode("approves").map { n throws(InterchangeError) in try approval(n) }
            if meeting.approves != nil || f.optionalNode("closed") != nil {
                meeting.closed = try f.optionalNode("closed").map { n throws(InterchangeError) in try record(n) }
                closings.append((meeting, node))
            }
        }
        return (records, closings)
    }
}

extension ColumnCodec where Value == MeetingRecord {
    /// A closed meeting's record.
    public static var meetingRecord: Self { Self(encode: AgreementDocument.record, decode: AgreementDocument.record) }
}

extension ColumnCodec where Value == Participation {
    /// Who sat at a meeting and what they declared.
    public static var participation: Self { Self(encode: AgreementDocument.participation, decode: AgreementDocument.participation) }
}

extension ColumnCodec where Value == MinutesApproval {
    /// The earlier minutes a meeting approved.
    public static var minutesApproval: Self { Self(encode: AgreementDocument.approval, decode: AgreementDocument.approval) }
}

extension ColumnCodec where Value == [MinuteUpdate] {
    /// What happened to a decision or action since it was recorded.
    public static var minuteUpdates: Self { Self(encode: AgreementDocument.updates, decode: AgreementDocument.updates) }
}
