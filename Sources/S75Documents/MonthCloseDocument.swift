import S75Domain

extension AgreementDocument {
    static func monthClose(_ c: MonthClose) -> JSONValue {
        .fields(["period": .text(c.period.description), "closedOn": .text(c.closedOn.description), "closedBy": .text(c.closedBy),
                 "firstReported": returns(c.firstReported), "reopenings": reopenings(c.reopenings)])
    }

    static func monthClose(_ node: Node) throws(InterchangeError) -> MonthClose {
        let f = try node.object(["period", "closedOn", "closedBy", "firstReported", "reopenings"])
        return MonthClose(period: try f.period("period"), closedOn: try f.date("closedOn"), closedBy: try f.string("closedBy"),
                          firstReported: try returns(try f.node("firstReported")), reopenings: try reopenings(try f.node("reopenings")))
    }

    /// Returns of several lines, each naming its line.
    static func returns(_ entries: [MonitoringEntry]) -> JSONValue {
        .array(entries.map { e in
            .fields(["line": .text(e.lineID), "period": .text(e.period.description), "budgetToDatePence": .money(e.budgetToDate),
                     "actualToDatePence": .money(e.actualToDate), "forecastOutturnPence": .money(e.forecastOutturn),
                     "commentary": .text(e.commentary)])
        })
    }

    static func returns(_ node: Node) throws(InterchangeError) -> [MonitoringEntry] {
        try node.list().map { n throws(InterchangeError) in
            let e = try n.object(["line", "period", "budgetToDatePence", "actualToDatePence", "forecastOutturnPence", "commentary"])
            return MonitoringEntry(lineID: try e.string("line"), period: try e.period("period"), budgetToDate: try e.money("budgetToDatePence"),
                                   actualToDate: try e.money("actualToDatePence"), forecastOutturn: try e.money("forecastOutturnPence"),
                                   commentary: try e.string("commentary"))
        }
    }

    static func reopenings(_ reopenings: [Reopening]) -> JSONValue {
        .array(reopenings.map { r in
            .fields(["on": .text(r.on.description), "by": .text(r.by), "reason": .text(r.reason),
                     "reclosedOn": r.reclosedOn.map { .text($0.description) }])
        })
    }

    static func reopenings(_ node: Node) throws(InterchangeError) -> [Reopening] {
        try node.list().map { n throws(InterchangeError) in
            let r = try n.object(["on", "by", "reason", "reclosedOn"])
            return Reopening(on: try r.date("on"), by: try r.string("by"), reason: try r.string("reason"),
                             reclosedOn: r.optionalNode("reclosedOn") == nil ? nil : try r.date("reclosedOn"))
        }
    }
}

extension ColumnCodec where Value == [MonitoringEntry] {
    /// A month's returns as first reported.
    public static var returns: Self { Self(encode: AgreementDocument.returns, decode: AgreementDocument.returns) }
}

extension ColumnCodec where Value == [Reopening] {
    public static var reopenings: Self { Self(encode: AgreementDocument.reopenings, decode: AgreementDocument.reopenings) }
}

extension AgreementDocument {
    static func adjustment(_ a: PriorPeriodAdjustment) -> JSONValue {
        .fields(["id": .text(a.id), "line": .text(a.lineID), "enteredIn": .text(a.enteredIn.description),
                 "relatesTo": .text(a.relatesTo.description), "amountPence": .money(a.amount), "reason": .text(a.reason)])
    }

    static func adjustment(_ node: Node) throws(InterchangeError) -> PriorPeriodAdjustment {
        let f = try node.object(["id", "line", "enteredIn", "relatesTo", "amountPence", "reason"])
        return PriorPeriodAdjustment(id: try f.string("id"), lineID: try f.string("line"), enteredIn: try f.period("enteredIn"),
                                     relatesTo: try f.period("relatesTo"), amount: try f.money("amountPence"), reason: try f.string("reason"))
    }

    /// The months' closes, the adjustments to them and the budgets' variations (written since months could be closed
    /// and budgets varied; absent before, read as none), in the order they were made: after the returns, which a close
    /// locks, each month's adjustments and the variations effective in it before its own close and after the closes
    /// of the months before.
    static func closesAdjustmentsAndVariations(_ root: Fields) throws(InterchangeError) -> [(AgreementRecord, Node)] {
        var records: [(order: (Period, Int), record: AgreementRecord, node: Node)] = []
        for n in try root.optionalNode("monthCloses")?.list() ?? [] {
            let close = try monthClose(n)
            records.append(((close.period, 1), .monthClose(close), n))
        }
        for n in try root.optionalNode("priorPeriodAdjustments")?.list() ?? [] {
            let adjustment = try adjustment(n)
            records.append(((adjustment.enteredIn, 0), .adjustment(adjustment), n))
        }
        for n in try root.optionalNode("budgetVariations")?.list() ?? [] {
            let variation = try variation(n)
            records.append(((variation.effective, 0), .variation(variation), n))
        }
        return records.enumerated().sorted { ($0.element.order.0, $0.element.order.1, $0.offset) < ($1.element.order.0, $1.element.order.1, $1.offset) }
            .map { ($0.element.record, $0.element.node) }
    }
}
