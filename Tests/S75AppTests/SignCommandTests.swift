import S75App
import S75Domain
import Testing

/// `:sign` on the command line: a signature by this session's account on the month shown, refused as the permission
/// table and the sign-off's own rules say, and never undone.
@Suite("Signing from the screen")
struct SignCommandTests {
    static let day = DateOnly(year: 2026, month: 1, day: 20)

    /// Northmoor with its pooled fund manager (pat) and the ICB's finance lead (jo), as `user`.
    func state(as user: String) -> AppState {
        var a = Northmoor.agreement
        a.people = [Person(account: "pat", name: "Pat", partnerID: "LA", roles: [.pfm]),
                    Person(account: "jo", name: "Jo", partnerID: "ICB", roles: [.financeLead])]
        var state = AppState(agreement: a, storePath: "/data/northmoor.s75", today: Self.day)
        state.user = user
        return state
    }

    @Test(":sign submit signs the finance lead's partner's month as a record step; the PFM may not submit it, nor approve it early")
    func submit() throws {
        var jo = state(as: "jo")
        let m9 = Period(year: 2025, month: 12)
        let expected = SignOff(scope: .submitted(m9, "ICB"), by: "jo", on: Self.day, covers: jo.agreement.coveredFigures(.submitted(m9, "ICB")))
        #expect(run(&jo, "sign submit") == [.save(Change(.signOff(expected)), expecting: nil,
                                                 intent: .record(summary: "ICB's Dec 2025 returns submitted by jo on 20 Jan 2026"))])
        var pat = state(as: "pat")
        #expect(run(&pat, "sign submit ICB") == [])
        #expect(pat.message?.text == "Not signed: only ICB's finance lead submits its returns; Pat is the pooled fund manager.")
        #expect(run(&pat, "sign approve") == [])
        #expect(pat.message?.text == "Not signed: Dec 2025 is approved once every partner has submitted it: waiting for LA, ICB.")
    }

    @Test(":sign bcf-return takes the day and delegated authority; a day after today, an unknown return or verb is refused with the usage")
    func bcfReturn() throws {
        var pat = state(as: "pat")
        let year = FinancialYear(startYear: 2025)
        let signed = SignOff(scope: .bcfReturn(year, .q3), by: "pat", on: DateOnly(year: 2026, month: 1, day: 14),
                             covers: pat.agreement.coveredFigures(.bcfReturn(year, .q3)), underDelegatedAuthority: true)
        #expect(run(&pat, "sign bcf-return q3 2026-01-14 delegated") == [.save(Change(.signOff(signed)), expecting: nil,
                                                                            intent: .record(summary: signed.statement))])
        #expect(run(&pat, "sign bcf-return q3 2026-02-01") == [])
        #expect(pat.message?.text == "sign bcf-return takes the day the board signed it off, no later than today, as YYYY-MM-DD.")
        #expect(run(&pat, "sign bcf-return q5") == [] && pat.message?.text == AppState.signUsage)
        #expect(run(&pat, "sign everything") == [] && pat.message?.text == AppState.signUsage)
        var stranger = state(as: "mallory")
        #expect(run(&stranger, "sign approve") == [])
        #expect(stranger.message?.text.hasPrefix("Not signed: Dec 2025 is approved once") == true)
    }
}
