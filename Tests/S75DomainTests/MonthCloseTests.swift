import S75Domain
import Testing

/// Months that close once reported: their returns are locked; a correction reopens the month with a reason and closes
/// it again as restated, keeping the figures first reported (issue: the record of account).
@Suite("Closed months")
struct MonthCloseTests {
    let december = Period(year: 2025, month: 12)
    let closedOn = DateOnly(year: 2026, month: 1, day: 12)
    let reopenedOn = DateOnly(year: 2026, month: 2, day: 3)

    /// Northmoor with December 2025 (month 9, its reporting month) closed by the pooled fund manager.
    var closed: Agreement {
        get throws {
            var a = Northmoor.agreement
            try a.apply(Change(.monthClose(try a.closing(december, on: closedOn, by: "pfm"))))
            return a
        }
    }

    /// S03's month-9 return with its actual to date corrected to `pounds`.
    func corrected(_ a: Agreement, actual pounds: Int64) throws -> MonitoringEntry {
        var entry = try #require(a.monitoring.entry(for: "S03", at: december))
        entry.actualToDate = .pounds(pounds)
        return entry
    }

    @Test("closing keeps every return of the month as first reported, and the month's returns are then refused")
    func closeLocks() throws {
        let a = try closed
        let close = try #require(a.monthClose(december))
        #expect(close.firstReported.count == a.lines.count)
        #expect(close.firstReported == a.monitoring.filter { $0.period == december })
        #expect(close.state == .closed)
        #expect(close.summary == "closed 12 Jan 2026 by pfm")
        let refused = "Dec 2025 is closed: adjust it in an open month, or reopen it with a reason"
        #expect(throws: EditError(refused)) { try a.applying(Change(.monitoring(try corrected(a, actual: 1)))) }
        #expect(throws: EditError(refused)) { try a.applying(Change(key: .monitoring("S03", december), new: nil)) }
        // another month is not closed and still takes a correction
        var march = try #require(a.monitoring.entry(for: "S03", at: Period(year: 2026, month: 3)))
        march.commentary = "Corrected"
        #expect(throws: Never.self) { try a.applying(Change(.monitoring(march))) }
    }

    @Test("a month not yet reported, one outside the term, one without every return, or one already closed does not close")
    func closeRefused() throws {
        let a = Northmoor.agreement
        #expect(throws: EditError("Jan 2026 has not been reported yet: the agreement reports Dec 2025")) {
            try a.closing(december.next, on: closedOn, by: "pfm")
        }
        #expect(throws: EditError("Mar 2025 is outside the agreement's term (1 Apr 2025 to 31 Mar 2026)")) {
            try a.closing(Period(year: 2025, month: 3), on: closedOn, by: "pfm")
        }
        var missing = a
        missing.monitoring.remove(line: "S05", period: december)
        #expect(throws: EditError("Dec 2025 cannot close while S05 has no return")) { try missing.closing(december, on: closedOn, by: "pfm") }
        #expect(throws: EditError("Dec 2025 is already closed 12 Jan 2026 by pfm")) { try (try closed).closing(december, on: closedOn, by: "pfm") }
    }

    @Test("reopened with a reason, corrected and closed again, the month is restated and keeps its first figures")
    func restate() throws {
        var a = try closed
        #expect(throws: EditError("say why Dec 2025 is reopened")) { try a.reopening(december, on: reopenedOn, by: "pfm", reason: "  ") }
        try a.apply(Change(.monthClose(try a.reopening(december, on: reopenedOn, by: "pfm", reason: "S03 accrual missed"))))
        #expect(a.monthClose(december)?.summary == "reopened 3 Feb 2026 by pfm: S03 accrual missed")
        #expect(a.lockedMonthMessage(december) == nil)
        #expect(a.walkSentence(.monitoring, at: december, on: reopenedOn)
            .hasSuffix(" Restated since the board saw them: Dec 2025, reopened and not yet closed again (S03 accrual missed)."))
        let first = try #require(a.monitoring.entry(for: "S03", at: december))
        try a.apply(Change(.monitoring(try corrected(a, actual: 2_345_678))))
        let reclosedOn = DateOnly(year: 2026, month: 2, day: 4)
        try a.apply(Change(.monthClose(try a.closing(december, on: reclosedOn, by: "pfm"))))
        let close = try #require(a.monthClose(december))
        #expect(close.summary == "restated on 4 Feb 2026: S03 accrual missed")
        #expect(close.firstReported.first { $0.lineID == "S03" } == first)
        #expect(a.monitoring.entry(for: "S03", at: december)?.actualToDate == .pounds(2_345_678))
        #expect(a.lockedMonthMessage(december) != nil)
        // the walk names the restated month at its monitoring step, that month and later ones of the year
        #expect(a.walkSentence(.monitoring, at: december.next, on: reclosedOn).hasSuffix(" Restated since the board saw them: Dec 2025 (S03 accrual missed)."))
        #expect(!Northmoor.agreement.walkSentence(.monitoring, at: december, on: reclosedOn).contains("Restated"))
    }

    @Test("nothing is taken from a close: not the close, its first figures, nor a reopening")
    func historyKept() throws {
        var a = try closed
        try a.apply(Change(.monthClose(try a.reopening(december, on: reopenedOn, by: "pfm", reason: "S03 accrual missed"))))
        try a.apply(Change(.monthClose(try a.closing(december, on: reopenedOn, by: "pfm"))))
        let close = try #require(a.monthClose(december))
        let kept = EditError("Dec 2025 stays closed, with its history; reopen it with a reason to correct it")
        #expect(throws: kept) { try a.applying(Change(key: .monthClose(december), new: nil)) }
        var rewritten = close
        rewritten.reopenings[0].reason = "Nothing happened"
        #expect(throws: kept) { try a.applying(Change(.monthClose(rewritten))) }
        var forgotten = close
        forgotten.reopenings = []
        #expect(throws: kept) { try a.applying(Change(.monthClose(forgotten))) }
        var otherFigures = close
        otherFigures.firstReported[0].actualToDate = .zero
        #expect(throws: kept) { try a.applying(Change(.monthClose(otherFigures))) }
    }

    @Test("a replacement of the agreement must keep each close and a locked month's returns")
    func replacement() throws {
        let a = try closed
        var dropped = a
        dropped.monthCloses = []
        #expect(throws: EditError("Dec 2025 stays closed, with its history; reopen it with a reason to correct it")) {
            try a.checkReplacement(by: dropped)
        }
        var changed = a
        changed.monitoring.record(try corrected(a, actual: 7))
        #expect(throws: EditError("Dec 2025 is closed: adjust it in an open month, or reopen it with a reason")) {
            try a.checkReplacement(by: changed)
        }
        #expect(throws: Never.self) { try a.checkReplacement(by: a) }
    }
}

/// A correction to a closed month entered in an open one: named, with its reason, and the closed month left as reported.
@Suite("Prior-period adjustments")
struct PriorPeriodAdjustmentTests {
    let december = Period(year: 2025, month: 12)
    let january = Period(year: 2026, month: 1)

    /// Northmoor at month 10 (January 2026), with December closed.
    var closed: Agreement {
        get throws {
            var a = Northmoor.agreement
            try a.apply(Change(.monthClose(try a.closing(december, on: DateOnly(year: 2026, month: 1, day: 12), by: "pfm"))))
            a.reportingPeriod = january
            return a
        }
    }

    func adjustment(_ a: Agreement, amount: Money = .pounds(50_000), in month: Period? = nil, corrects: Period? = nil,
                    reason: String = "S03 accrual missed") -> PriorPeriodAdjustment {
        PriorPeriodAdjustment(id: a.nextAdjustmentID, lineID: "S03", enteredIn: month ?? january, relatesTo: corrects ?? december,
                              amount: amount, reason: reason)
    }

    @Test("£50,000 on S03 entered in January for December: kept, listed in January's report and later ones of the year, not December's")
    func entered() throws {
        var a = try closed
        let ppa = adjustment(a)
        #expect(ppa.id == "PPA1")
        try a.apply(Change(.adjustment(ppa)))
        #expect(a.nextAdjustmentID == "PPA2")
        #expect(a.priorPeriodAdjustments(at: january) == [ppa])
        #expect(a.priorPeriodAdjustments(at: Period(year: 2026, month: 3)) == [ppa])
        #expect(a.priorPeriodAdjustments(at: december) == [])
        #expect(a.priorPeriodAdjustments(at: Period(year: 2026, month: 4)) == [], "the next year's reports start afresh")
        // once January closes, the adjustment is part of its record
        a.reportingPeriod = january
        var s03 = try #require(a.monitoring.entry(for: "S03", at: december))
        s03.period = january
        for line in a.lines { var e = s03; e.lineID = line.id; a.monitoring.record(e) }
        try a.apply(Change(.monthClose(try a.closing(january, on: DateOnly(year: 2026, month: 2, day: 10), by: "pfm"))))
        #expect(throws: EditError("Jan 2026 is closed: adjust it in an open month, or reopen it with a reason")) {
            try a.applying(Change(key: .adjustment("PPA1"), new: nil))
        }
    }

    @Test("refused for a month not closed, entered in the month itself or a closed one, for nothing, or without a reason")
    func refused() throws {
        let a = try closed
        #expect(throws: EditError("Nov 2025 is not closed: correct its return itself")) {
            try a.applying(Change(.adjustment(adjustment(a, corrects: Period(year: 2025, month: 11)))))
        }
        #expect(throws: EditError("an adjustment is entered in a month after the one it corrects (Dec 2025)")) {
            try a.applying(Change(.adjustment(adjustment(a, in: december))))
        }
        #expect(throws: EditError("an adjustment is for an amount other than £0")) { try a.applying(Change(.adjustment(adjustment(a, amount: .zero)))) }
        #expect(throws: EditError("say why Dec 2025 is adjusted")) { try a.applying(Change(.adjustment(adjustment(a, reason: " ")))) }
        var line = adjustment(a)
        line.lineID = "S99"
        #expect(throws: EditError("there is no line S99")) { try a.applying(Change(.adjustment(line))) }
    }
}
