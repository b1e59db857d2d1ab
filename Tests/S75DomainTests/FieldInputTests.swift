import S75Domain
import Testing

/// Percentages, dates and months as typed.
@Suite("Typed percentages, dates and months")
struct FieldInputTests {
    static let percents: [(String, Int64?)] = [("64%", 6_400), ("64", 6_400), ("0.64", 6_400), ("12.5%", 1_250), ("1", 100),
                                               ("100%", 10_000), ("0.5", 5_000), ("1.5", 150), ("0.1234", 1_234), ("12.345%", nil),
                                               ("abc", nil), ("-5%", nil), ("", nil), ("5 %", 500)]

    @Test("percentages as 64%, 64 or 0.64", arguments: percents)
    func percent(text: String, basisPoints: Int64?) {
        #expect((try? FieldInput.percent(text).get()) == basisPoints)
    }

    static let dates: [(String, String?)] = [("2025-04-01", "2025-04-01"), ("1 Apr 2025", "2025-04-01"), ("31 March 2026", "2026-03-31"),
                                             ("29 Feb 2025", nil), ("2025-02-31", nil), ("April 1 2025", nil), ("1/4/2025", nil)]

    @Test("dates as ISO or 1 Apr 2025; a day the month lacks is refused", arguments: dates)
    func date(text: String, iso: String?) {
        #expect((try? FieldInput.date(text).get())?.description == iso)
    }

    static let periods: [(String, String?)] = [("2025-12", "2025-12"), ("Dec 2025", "2025-12"), ("M9", "2025-12"), ("m12", "2026-03"),
                                               ("M13", nil), ("December 2025", "2025-12"), ("12/2025", nil)]

    @Test("months as 2025-12, Dec 2025 or M9", arguments: periods)
    func period(text: String, iso: String?) {
        #expect((try? FieldInput.period(text, in: FinancialYear(startYear: 2025)).get())?.description == iso)
    }

    @Test("what is expected is said, with an example")
    func messages() {
        guard case .failure(let error) = FieldInput.date("29 Feb 2025") else { Issue.record("accepted"); return }
        #expect(error.message == "29 Feb 2025 does not exist: write a date as 2025-04-01 or 1 Apr 2025")
    }
}
