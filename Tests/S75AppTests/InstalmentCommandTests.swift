import S75App
import S75Domain
import Testing

/// `:instalments` and `:receive` on the command line: a contribution's year of instalments, and what arrived.
@Suite("Instalments from the screen")
struct InstalmentCommandTests {
    @Test(":instalments C3 quarterly saves four instalments as one undoable change; :receive records the day and amount in the unit shown")
    func scheduleAndReceive() throws {
        var state = AppState(agreement: Northmoor.agreement, storePath: "/data/northmoor.s75", today: DateOnly(year: 2025, month: 7, day: 5))
        let effects = run(&state, "instalments C3 quarterly")
        guard case .saveAll(let planned, let intent)? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(planned.map(\.change.key) == [.instalment("I1"), .instalment("I2"), .instalment("I3"), .instalment("I4")])
        #expect(intent == .edit(summary: "4 quarterly instalments of C3, I1–I4", move: nil))
        _ = reduce(&state, .savedAll(planned, versions: [1, 1, 1, 1], intent: intent))
        #expect(state.message?.text == "Saved: 4 quarterly instalments of C3, I1–I4. Press z to undo it.")
        #expect(run(&state, "instalments C3 monthly") == [])
        #expect(state.message?.text == "C3 has its instalments already: record what arrives with receive, e.g. receive I3.")

        // in £000, as the screen shows money: 2,000 is £2,000,000
        let received = run(&state, "receive I2 2025-07-05 2,000")
        var july = try #require(state.agreement.contributionInstalments.first { $0.id == "I2" })
        (july.receivedOn, july.received) = (DateOnly(year: 2025, month: 7, day: 5), .pounds(2_000_000))
        #expect(received == [.save(Change(.instalment(july)), expecting: 1,
                                   intent: .edit(summary: "I2 of C3: £2,000,000 received 5 Jul 2025", move: nil))])
        var april = try #require(state.agreement.contributionInstalments.first { $0.id == "I1" })
        (april.receivedOn, april.received) = (DateOnly(year: 2025, month: 7, day: 5), .pounds(2_925_000))
        #expect(run(&state, "receive I1") == [.save(Change(.instalment(april)), expecting: 1,
                                                   intent: .edit(summary: "I1 of C3: £2,925,000 received 5 Jul 2025", move: nil))])
        #expect(run(&state, "receive I9") == [])
        #expect(state.message?.text == "receive takes the instalment, and the day and amount if not today and in full, e.g. receive I3 2025-06-02 2,266,667.")
    }
}
