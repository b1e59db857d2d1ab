import S75Domain
import Testing

/// Contributions paid in instalments: what is due when, what arrived, and what a closed month reported of both (issue:
/// the record of account). Figures from the brief: the ICB pays its £27,200,000 in twelve monthly instalments of
/// £2,266,667, March's £2,266,663.
@Suite("Contribution instalments")
struct InstalmentTests {
    /// Northmoor with C1 (the ICB's £25,800,000 NHS minimum) and the brief's £27,200,000 schedule checked apart.
    @Test("twelve monthly instalments in advance: £2,266,667 each and £2,266,663 in March, adding up to the contribution")
    func monthly() throws {
        let icb = Contribution(id: "C9", partnerID: "ICB", source: .nhsMinimum, amount: .pounds(27_200_000))
        var a = Northmoor.agreement
        try a.apply(Change(.contribution(icb)))
        let schedule = a.instalments(for: icb, .monthly)
        #expect(schedule.map(\.amount) == Array(repeating: .pounds(2_266_667), count: 11) + [.pounds(2_266_663)])
        #expect(schedule.sum(\.amount) == .pounds(27_200_000))
        #expect(schedule.map(\.due.description).first == "2025-04-01" && schedule.map(\.due.description).last == "2026-03-01")
        #expect(schedule.map(\.id) == (1...12).map { "I\($0)" })
        let quarterly = a.instalments(for: try #require(a.contributions.first { $0.id == "C3" }), .quarterly)  // £11,700,000
        #expect(quarterly.map(\.amount) == Array(repeating: .pounds(2_925_000), count: 4))
        #expect(quarterly.map(\.due.description) == ["2025-04-01", "2025-07-01", "2025-10-01", "2026-01-01"])
    }

    /// C3's quarterly £2,925,000: April's received in full on 2 April, July's £2,000,000 on 5 July, October's not yet.
    var received: Agreement {
        get throws {
            var a = Northmoor.agreement
            for instalment in a.instalments(for: try #require(a.contributions.first { $0.id == "C3" }), .quarterly) {
                try a.apply(Change(.instalment(instalment)))
            }
            var april = a.contributionInstalments[0], july = a.contributionInstalments[1]
            (april.receivedOn, april.received) = (DateOnly(year: 2025, month: 4, day: 2), .pounds(2_925_000))
            (july.receivedOn, july.received) = (DateOnly(year: 2025, month: 7, day: 5), .pounds(2_000_000))
            try a.apply(Change(.instalment(april)))
            try a.apply(Change(.instalment(july)))
            return a
        }
    }

    @Test("received against due by a month's end: June, September, December; a contribution without instalments is not known")
    func receipts() throws {
        let a = try received
        func c3(_ month: Int, _ year: Int = 2025) throws -> ContributionReceipts {
            try #require(a.contributionReceipts(at: Period(year: year, month: month)).first { $0.contribution.id == "C3" })
        }
        #expect(try c3(6).dueToDate == .pounds(2_925_000) && c3(6).receivedToDate == .pounds(2_925_000) && c3(6).owed == .zero)
        #expect(try c3(9).dueToDate == .pounds(5_850_000) && c3(9).receivedToDate == .pounds(4_925_000))
        #expect(try c3(9).owed == .pounds(925_000) && c3(9).outstanding.map(\.id) == ["I2"])
        #expect(try c3(12).dueToDate == .pounds(8_775_000) && c3(12).outstanding.map(\.id) == ["I2", "I3"])
        let c1 = try #require(a.contributionReceipts(at: Period(year: 2025, month: 12)).first { $0.contribution.id == "C1" })
        #expect(c1.dueToDate == nil && c1.receivedToDate == nil && c1.owed == nil)
        let report = BoardReport(a, at: Period(year: 2025, month: 12))
        let row = try #require(report.contributionsReceived.first { $0.contribution == "C3" })
        #expect(row.dueToDate == 877_500_000 && row.receivedToDate == 492_500_000 && row.outstanding == ["I2", "I3"])
        #expect(a.instalmentsOverdue(on: DateOnly(year: 2026, month: 1, day: 20)).map(\.description)
                == ["instalment I2: £2,925,000 of C3 was due 1 Jul 2025 and is not received in full, £2,000,000 received",
                    "instalment I3: £2,925,000 of C3 was due 1 Oct 2025 and is not received in full",
                    "instalment I4: £2,925,000 of C3 was due 1 Jan 2026 and is not received in full"])
    }

    @Test("once a month is closed, what it reported as due and received is kept; a later receipt of an earlier instalment is welcome")
    func closedMonth() throws {
        var a = try received
        try a.apply(Change(.monthClose(try a.closing(Period(year: 2025, month: 12), on: DateOnly(year: 2026, month: 1, day: 12), by: "pfm"))))
        var october = try #require(a.contributionInstalments.first { $0.id == "I3" })
        october.amount = .pounds(1)
        let refused = "I3 as due and received by Dec 2025 is part of its closed report: record a receipt on a day after it"
        #expect(throws: EditError(refused)) { try a.applying(Change(.instalment(october))) }
        october = try #require(a.contributionInstalments.first { $0.id == "I3" })
        (october.receivedOn, october.received) = (DateOnly(year: 2025, month: 12, day: 20), .pounds(2_925_000))
        #expect(throws: EditError(refused)) { try a.applying(Change(.instalment(october))) }
        october.receivedOn = DateOnly(year: 2026, month: 1, day: 5)
        _ = try a.applying(Change(.instalment(october)))
        #expect(throws: EditError(refused)) { try a.applying(Change(key: .instalment("I3"), new: nil)) }
    }

    @Test("an instalment names a contribution, falls due in the term, and a receipt has its day and amount together")
    func checks() throws {
        let a = Northmoor.agreement
        func apply(_ i: ContributionInstalment) throws { _ = try a.applying(Change(.instalment(i))) }
        let day = DateOnly(year: 2025, month: 5, day: 1)
        #expect(throws: EditError("there is no contribution C9")) { try apply(ContributionInstalment(id: "I1", contributionID: "C9", due: day, amount: .pounds(1))) }
        #expect(throws: EditError("an instalment falls due within the agreement's term (1 Apr 2025 to 31 Mar 2026)")) {
            try apply(ContributionInstalment(id: "I1", contributionID: "C1", due: DateOnly(year: 2026, month: 5, day: 1), amount: .pounds(1)))
        }
        #expect(throws: EditError("a receipt has both the day it arrived and how much")) {
            try apply(ContributionInstalment(id: "I1", contributionID: "C1", due: day, amount: .pounds(1), receivedOn: day))
        }
        #expect(throws: EditError("an instalment is for an amount more than £0")) {
            try apply(ContributionInstalment(id: "I1", contributionID: "C1", due: day, amount: .zero))
        }
        var scheduled = a
        try scheduled.apply(Change(.instalment(ContributionInstalment(id: "I1", contributionID: "C1", due: day, amount: .pounds(1)))))
        #expect(throws: EditError("contribution C1 is used by instalment I1; change or remove those first")) {
            try scheduled.applying(Change(key: .contribution("C1"), new: nil))
        }
    }
}
