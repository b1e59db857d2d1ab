import S75App
import S75Domain
import S75Screen
import S75TestSupport
import S75UI
import Testing

/// Messages are never cut: one too long for the status line wraps onto a second row above it.
@Suite("The status line")
struct StatusLineTests {
    static let long = "Changed in another session. Theirs: actual £2,200,000.00, forecast £2,850,000.00. Yours: actual £2,100,000.00. "
        + "Enter saves yours over theirs; Esc keeps theirs."

    @Test("at 80 columns a long message wraps onto the rows above and ends where it should; the key hints stay on the last row")
    func wraps() {
        var state = Fixtures.northmoorState()
        state.message = .error(Self.long)
        let rows = Screen.render(state, size: Size(columns: 80, rows: 24)).textSnapshot().split(separator: "\n", omittingEmptySubsequences: false)
        let status = rows[20...22].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(status == Self.long)
        #expect(rows[23].contains("? help"))
    }

    @Test("a message that fits stays on one row, with the store beside it")
    func fits() {
        var state = Fixtures.northmoorState()
        state.message = UserMessage("Saved: S02 actual to date for Dec 2025.")
        let rows = Screen.render(state, size: Size(columns: 80, rows: 24)).textSnapshot().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[22].contains("Saved: S02 actual to date for Dec 2025.") && rows[22].contains("store:"))
        #expect(!rows[21].contains("Saved"))
    }
}
