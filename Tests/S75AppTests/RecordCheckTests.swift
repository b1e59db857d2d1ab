import S75App
import S75Domain
import Testing

/// The records' check, worked out on another core while a session's first frame is drawn.
@Suite("A records' check handed over later")
struct RecordCheckTests {
    /// Northmoor with one contract naming a line it does not have: one problem of the records.
    static let broken: Agreement = {
        var a = Northmoor.agreement
        a.contracts.append(Contract(id: "K99", providerID: "P01", form: .alliance, title: "Test", value: .thousands(1),
                                    paymentBasis: "", atRisk: .zero, lines: ["S99"]))
        return a
    }()
    static let day = DateOnly(year: 2026, month: 1, day: 20)

    @Test("until the check arrives the to-do list holds the returns' problems alone; then it counts the records' too")
    func handedOver() throws {
        let checked = AppState(agreement: Self.broken, storePath: "x.s75", today: Self.day)
        let problem = try #require(checked.problems.first { $0.location == "contract K99" })
        var state = AppState(agreement: Self.broken, storePath: "x.s75", today: Self.day, checkingRecordsLater: true)
        #expect(state.checkingRecords)
        #expect(!state.problems.contains(problem))
        _ = reduce(&state, .recordsChecked(Self.broken.recordProblems()))
        #expect(!state.checkingRecords)
        #expect(state.problems == checked.problems)
        #expect(state.items(in: .agreement) == checked.items(in: .agreement))
    }

    @Test("a check that arrives after the records changed and were checked again is not taken")
    func staleCheckIgnored() {
        var state = AppState(agreement: Self.broken, storePath: "x.s75", today: Self.day, checkingRecordsLater: true)
        state.agreement = Northmoor.agreement
        #expect(!state.checkingRecords)
        let problems = state.problems
        _ = reduce(&state, .recordsChecked(Self.broken.recordProblems()))
        #expect(state.problems == problems)
        #expect(!state.problems.contains { $0.location == "contract K99" })
    }
}
