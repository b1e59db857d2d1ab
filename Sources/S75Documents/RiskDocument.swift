import S75Domain

extension AgreementDocument {
    static func risk(_ r: Risk) -> JSONValue {
        .fields(["id": .text(r.id), "title": .text(r.title), "owner": .text(r.owner), "likelihood": .int(Int64(r.likelihood)),
                 "impact": .int(Int64(r.impact)), "mitigation": .text(r.mitigation), "trend": .text(r.trend.rawValue), "lines": .texts(r.lineIDs)])
    }

    static func risk(_ node: Node) throws(InterchangeError) -> Risk {
        let f = try node.object(["id", "title", "owner", "likelihood", "impact", "mitigation", "trend", "lines"])
        return Risk(id: try f.string("id"), title: try f.string("title"), owner: try f.string("owner"), likelihood: try f.int32("likelihood"),
                    impact: try f.int32("impact"), mitigation: try f.string("mitigation"), trend: try f.code("trend", "trend"),
                    lineIDs: try f.strings("lines"))
    }
}
