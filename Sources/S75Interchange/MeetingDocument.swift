import S75Domain

extension AgreementDocument {
    static func meeting(_ m: Meeting, minutes: [Minute]) -> JSONValue {
        .fields(["date": .text(m.date.description), "attendance": .text(m.attendance), "period": .text(m.period.description),
                 "stepReached": .text(m.stepReached.name), "figures": .object(m.figures.mapValues(JSONValue.string)),
                 "minutes": .array(minutes.map { n in
                     .fields(["id": .text(n.id), "kind": .text(n.kind.rawValue), "item": .text(n.item), "text": .text(n.text),
                              "owner": .text(n.owner), "due": n.due.map { .text($0.description) }, "status": .text(n.status.rawValue)])
                 })])
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

    /// Each meeting, then its minutes, as records to apply in order.
    static func meetingRecords(_ meetings: [Node]) throws(InterchangeError) -> [(AgreementRecord, Node)] {
        var records: [(AgreementRecord, Node)] = []
        for node in meetings {
            let f = try node.object(["date", "attendance", "period", "stepReached", "figures", "minutes"])
            let figures = try figures(try f.node("figures"))
            let meeting = Meeting(date: try f.date("date"), attendance: try f.string("attendance"), period: try f.period("period"),
                                  stepReached: try f.parsed("stepReached", "a walk step") { WalkStep(name: $0) }, figures: figures)
            records.append((.meeting(meeting), node))
            for n in try f.list("minutes") {
                let m = try n.object(["id", "kind", "item", "text", "owner", "due", "status"])
                let due: DateOnly? = m.optionalNode("due") == nil ? nil : try m.date("due")
                records.append((.minute(Minute(id: try m.string("id"), kind: try m.code("kind", "kind of minute"), meeting: meeting.date,
                                               item: try m.string("item"), text: try m.string("text"), owner: try m.string("owner"), due: due,
                                               status: try m.code("status", "status"))), n))
            }
        }
        return records
    }
}
