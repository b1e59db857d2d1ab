import S75Domain
import Testing

/// Money as people type it, read exactly.
@Suite("Typed money")
struct MoneyInputTests {
    static let pounds: [(String, Int64)] = [
        ("£1,234.56", 123_456), ("1234.56", 123_456), ("1,234", 123_400), ("-150", -15_000), ("(150)", -15_000),
        ("1.2k", 120_000), ("3.4m", 340_000_000), ("0.05", 5), ("  42 ", 4_200), ("−7.5", -750), ("(£1,000.10)", -100_010),
        ("2,095,000", 209_500_000), ("1.230", 123), ("12K", 1_200_000), ("1.5M", 150_000_000),
    ]

    @Test("in a £ view", arguments: pounds)
    func inPounds(text: String, pence: Int64) throws {
        #expect(try MoneyInput.parse(text).get() == Money(pence: pence))
    }

    static let thousands: [(String, Int64)] = [
        ("1,234", 123_400_000), ("2.5", 250_000), ("£1,234.56", 123_456), ("1.2m", 120_000_000), ("(150)", -15_000_000),
        ("0.00001", 1), ("3k", 300_000),
    ]

    @Test("in a £000 view a plain number is thousands; £, k and m say the unit", arguments: thousands)
    func inThousands(text: String, pence: Int64) throws {
        #expect(try MoneyInput.parse(text, inThousands: true).get() == Money(pence: pence))
    }

    static let refused: [String] = ["", "abc", "1,23", "12,34,567", "1.234", "£", "1..2", "1.2.3", "--5", "1e5", "k",
                                    "99999999999999999", "0.001", "£1,234.567", "12 34", "+-3"]

    @Test("anything else is refused with what is expected and an example", arguments: refused)
    func refusedInput(text: String) {
        guard case .failure(let error) = MoneyInput.parse(text) else {
            Issue.record("\"\(text)\" was accepted")
            return
        }
        #expect(error.message.contains("e.g.") || error.message.contains("too large"))
    }
}
