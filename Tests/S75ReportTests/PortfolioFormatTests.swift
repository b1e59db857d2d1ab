import S75Domain
import S75Report
import S75TestSupport
import Testing

/// `s75 portfolio` as Markdown: the pools added up, and a partner's exposure that lacks one agreement's share said as
/// incomplete, with what is known and where it is missing, never as a whole.
@Suite("Portfolio as Markdown")
struct PortfolioFormatTests {
    @Test("Northmoor beside a copy without S02's December return: the copy's figures missing, the exposures incomplete")
    func incomplete() throws {
        let text = PortfolioFormat.markdown(Portfolio([Northmoor.agreement, Fixtures.northmoorWithoutS02Return()], today: Fixtures.meetingDay))
        let lines = text.split(separator: "\n")
        #expect(text.hasPrefix("# Portfolio: 2 agreements, pools £91,400,000"))  // £45.7m twice
        let council = try #require(lines.first { $0.hasPrefix("| Northmoor Borough Council") })
        // its share in Northmoor: £480,000 × 15.3 / 42.5 = £172,800; in the copy it cannot be worked out
        #expect(council.contains("incomplete: +£172,800 known") && council.contains("northmoor-copy"))
        let copyRow = try #require(lines.first { $0.contains("northmoor-copy:") })
        #expect(copyRow.contains("Council missing; ICB missing"))
        #expect(!copyRow.contains("£0"))
    }
}
