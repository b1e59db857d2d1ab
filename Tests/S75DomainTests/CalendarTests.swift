import S75Domain
import Testing

@Suite("Periods and financial years")
struct CalendarTests {
    @Test("December 2025 is month 9 of 2025-26")
    func monthNine() {
        let december = Period(year: 2025, month: 12)
        #expect(december.monthOfYear == 9)
        #expect(december.financialYear.description == "2025-26")
        #expect(Period(year: 2026, month: 3).monthOfYear == 12)
        #expect(Period(year: 2026, month: 3).financialYear == FinancialYear(startYear: 2025))
        #expect(Period(year: 2025, month: 4).monthOfYear == 1)
    }

    @Test("a financial year's months run April to March", arguments: 1...12)
    func monthsRoundTrip(month: Int) {
        let year = FinancialYear(startYear: 2025)
        #expect(year.month(month).monthOfYear == month)
        #expect(year.month(month).financialYear == year)
    }

    @Test("periods parse only as YYYY-MM", arguments: ["2025-12", "2026-03"])
    func parse(text: String) {
        #expect(Period(text)?.description == text)
    }

    @Test("malformed periods are refused", arguments: ["2025-13", "2025-1", "25-12", "", "2025/12", "2025-00"])
    func refuse(text: String) {
        #expect(Period(text) == nil)
    }

    @Test("FY 1999-00 prints its end year with two digits")
    func centuryBoundary() {
        #expect(FinancialYear(startYear: 1999).description == "1999-00")
    }
}
