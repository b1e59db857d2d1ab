import S75App
import S75Domain
import S75Screen
import S75TestSupport
import S75UI
import Testing

/// The table and grid the screen keeps between frames are never stale: through a session's worth of keys and changes,
/// every frame drawn with the kept views is the frame drawn from scratch.
@Suite("Kept views")
struct KeptViewTests {
    /// Two screens on the same states: one keeps its views between frames, the other builds each frame afresh.
    struct Screens {
        let size: Size
        let kept = PaneViewCache()
        var keptMemory = FrameMemory()
        var freshMemory = FrameMemory()

        mutating func draw(_ state: AppState) -> (kept: String, fresh: String) {
            (Screen.render(state, size: size, memory: &keptMemory, cache: kept).textSnapshot(),
             Screen.render(state, size: size, memory: &freshMemory, cache: PaneViewCache()).textSnapshot())
        }
    }

    func december(_ line: SchemeLine.ID, actual pounds: Int64, in state: AppState) throws -> Change {
        var entry = try #require(state.agreement.entry(for: line, at: state.period))
        entry.actualToDate = Money(pence: pounds * 100)
        return Change(.monitoring(entry))
    }

    @Test("moves, a change saved, another session's change, a month, a sort, the grid and typing: each frame as if built afresh",
          arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func neverStale(size: Size) throws {
        var state = Fixtures.northmoorState()
        var screens = Screens(size: size)
        var steps: [(String, (inout AppState) throws -> Void)] = [
            ("down seven", { for _ in 0..<7 { _ = reduce(&$0, .moveSelection(by: 1)) } }),
            ("S02 saved at £1,234,567", { state in
                let change = try december("S02", actual: 1_234_567, in: state)
                _ = reduce(&state, .saved(change, version: 2, intent: .edit(summary: "S02", move: nil)))
            }),
            ("S03 changed in another session", { state in
                var other = state.agreement
                try other.apply(try december("S03", actual: 7_654_321, in: state))
                _ = reduce(&state, .storeChangedElsewhere(other, versions: state.versions))
            }),
            ("the next month", { _ = reduce(&$0, .showNextPeriod) }),
            ("back a month", { _ = reduce(&$0, .showPreviousPeriod) }),
            ("sorted", { _ = reduce(&$0, .cycleSort(reverse: false)) }),
            ("up two", { _ = reduce(&$0, .moveSelection(by: -2)) }),
            ("unsorted", { $0.arrangements = [:] }),
            ("the grid", { _ = reduce(&$0, .edit) }),
            ("typed 98", { _ = reduce(&$0, .typed("9")); _ = reduce(&$0, .typed("8")) }),
        ]
        steps.append(("S04 changed under the grid", { state in
            var other = state.agreement
            try other.apply(try december("S04", actual: 4_444_444, in: state))
            _ = reduce(&state, .storeChangedElsewhere(other, versions: state.versions))
        }))
        steps.append(("S05's return removed under the grid", { state in
            var other = state.agreement
            other.monitoring.remove(line: "S05", period: state.period)
            _ = reduce(&state, .storeChangedElsewhere(other, versions: state.versions))
        }))
        steps.append(("S05's budget changed: with no return before, the forecast a new return carries", { state in
            var other = state.agreement
            let index = try #require(other.lines.firstIndex { $0.id == "S05" })
            other.lines[index].budget = Money(pence: 555_555_500)
            _ = reduce(&state, .storeChangedElsewhere(other, versions: state.versions))
        }))
        steps.append(("S06 renamed", { state in
            var other = state.agreement
            let index = try #require(other.lines.firstIndex { $0.id == "S06" })
            other.lines[index].name = "Renamed scheme"
            _ = reduce(&state, .storeChangedElsewhere(other, versions: state.versions))
        }))
        for (name, step) in steps {
            try step(&state)
            let frames = screens.draw(state)
            #expect(frames.kept == frames.fresh, "\(name)")
        }
        let last = screens.draw(state).kept
        #expect(last.contains("98▏"), "the figure being typed shows")
        #expect(last.contains("4,444"), "the change under the grid shows")
        #expect(last.contains("(5,556)") && last.contains("Renamed"), "the carried forecast and the new name show")
    }
}
