import Foundation
import S75App
import S75Domain
import S75Interchange
import S75Screen
import S75TestSupport
import S75Themes
import S75UI
import Testing

/// Every pane, a detail of each, help and the too-small screen, as text, at the sizes users have.
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    static func snapshot(_ state: AppState, _ size: Size) -> String {
        let buffer = Screen.render(state, size: size)
        let cursor = buffer.cursor.map { "cursor: \($0.x),\($0.y)" } ?? "cursor: none"
        return buffer.textSnapshot() + "\n" + cursor + "\n"
    }

    @Test("each pane at 80×24 and 120×40", arguments: Pane.allCases, sizes)
    func pane(_ pane: Pane, size: Size) {
        let state = Fixtures.northmoorState(pane: pane)
        assertSnapshot(Self.snapshot(state, size), named: "\(pane.title.lowercased())-\(size.columns)x\(size.rows)",
                       suite: "Screen")
    }

    @Test("each pane's detail of a chosen row", arguments: [(Pane.budgets, 7), (.budgets, 0), (.providers, 0), (.providers, 8),
                                                           (.outcomes, 1), (.outcomes, 4)], sizes)
    func detail(_ input: (Pane, Int), size: Size) {
        var state = Fixtures.northmoorState(pane: input.0)
        state.selection[input.0] = input.1
        _ = reduce(&state, .openSelected)
        assertSnapshot(Self.snapshot(state, size),
                       named: "\(input.0.title.lowercased())-detail-\(input.1)-\(size.columns)x\(size.rows)", suite: "Screen")
    }

    @Test("help overlay lists the keys of the list context", arguments: sizes)
    func help(size: Size) {
        var state = Fixtures.northmoorState()
        _ = reduce(&state, .toggleHelp)
        assertSnapshot(Self.snapshot(state, size), named: "help-\(size.columns)x\(size.rows)", suite: "Screen")
    }

    @Test("final outturn month in pounds")
    func finalOutturnInPounds() {
        var state = Fixtures.northmoorState()
        _ = reduce(&state, .showNextPeriod)
        _ = reduce(&state, .toggleDisplayUnit)
        assertSnapshot(Self.snapshot(state, Size(columns: 120, rows: 40)), named: "budgets-m12-pounds-120x40", suite: "Screen")
    }

    @Test("the Budgets summary and year-end views, forecast and final, under the agreement's rule and a what-if",
          arguments: [("summary-m9", 1, false, 0), ("year-end-m12", 2, true, 0), ("year-end-m12-own-risk", 2, true, 1),
                      ("year-end-m9", 2, false, 0)], sizes)
    func budgetsViews(_ input: (String, Int, Bool, Int), size: Size) {
        var state = Fixtures.northmoorState()
        for _ in 0..<input.1 { _ = reduce(&state, .showNextBudgetsView) }
        if input.2 { _ = reduce(&state, .showNextPeriod) }
        for _ in 0..<input.3 { _ = reduce(&state, .showNextRiskShareModel) }
        state.message = nil
        assertSnapshot(Self.snapshot(state, size), named: "budgets-\(input.0)-\(size.columns)x\(size.rows)", suite: "Screen")
    }

    @Test("an empty agreement draws every pane without rows", arguments: Pane.allCases)
    func emptyAgreement(_ pane: Pane) {
        var state = AppState(agreement: .blank(startYear: 2026), storePath: "/data/new.s75", today: Fixtures.meetingDay)
        state.view = .table(pane)
        assertSnapshot(Self.snapshot(state, Size(columns: 80, rows: 24)), named: "empty-\(pane.title.lowercased())",
                       suite: "Screen")
    }

    @Test("a terminal below 80×24 says so instead of drawing panes")
    func tooSmall() {
        let text = Screen.render(Fixtures.northmoorState(), size: Size(columns: 60, rows: 20)).textSnapshot()
        #expect(text.contains("terminal too small: need 80×24"))
        #expect(!text.contains("Budgets"))
    }

    @Test("at 20×5 the too-small notice wraps, so the size it needs is read whole")
    func tooSmallWraps() {
        let text = Screen.render(Fixtures.northmoorState(), size: Size(columns: 20, rows: 5)).textSnapshot()
        let joined = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(joined.contains("need 80×24"))
        #expect(joined.contains("terminal too small"))
    }

    @Test("M4's detail gives each value its unit: quarters are counts, the year a rate per 100,000")
    func metricUnits() {
        var state = Fixtures.northmoorState(pane: .outcomes)
        _ = reduce(&state, .showNextPeriod)
        state.selection[.outcomes] = 3
        _ = reduce(&state, .openSelected)
        let text = Self.snapshot(state, Size(columns: 120, rows: 40))
        #expect(text.contains("quarterly targets and values are counts; the year is per 100,000"))
        #expect(text.contains("Q3     count"))
        #expect(text.contains("Year   per 100,000"))
        #expect(text.contains("Year: 1,975 per 100,000 against 1,990 per 100,000"))
    }
}

/// Long tables keep their headers, say what they hide, and name the selected row in full.
@Suite("Table chrome")
struct TableChromeTests {
    @Test("at 80×24 after G the scheme-line header stays on screen; dropped columns are counted; the status names the row")
    func stickyHeader() {
        var state = Fixtures.northmoorState()
        _ = reduce(&state, .moveToLast)
        let lines = Screen.render(state, size: Size(columns: 80, rows: 24)).textSnapshot().split(separator: "\n").map(String.init)
        #expect(lines[3].contains("Line Scheme") && lines[3].contains("Budget"))
        #expect(lines[1].hasSuffix("› 4 more "))
        #expect(lines[3].contains("Actual"))
        #expect(lines.contains { $0.hasPrefix("▸ S17") })
        #expect(lines[22].contains("S17 Disabled Facilities Grants"))
    }
}

/// The board's walk, step by step, at the sizes a meeting room has.
@Suite("Walk snapshots")
struct WalkSnapshotTests {
    @Test("every step of the walk at 80×24 and 120×40",
          arguments: WalkStep.allCases, [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func step(_ step: WalkStep, size: Size) throws {
        var state = Fixtures.northmoorState()
        _ = reduce(&state, .startWalk)
        for _ in 0..<step.rawValue { _ = reduce(&state, .stepWalk(by: 1)) }
        state.message = nil
        let buffer = Screen.render(state, size: size)
        let text = buffer.textSnapshot()
        assertSnapshot(text, named: "walk-\(step.rawValue + 1)-\(size.columns)x\(size.rows)", suite: "Screen")
        assertSnapshot(try StyleSnapshots.both(buffer), named: "walk-\(step.rawValue + 1)-\(size.columns)x\(size.rows).styles", suite: "Screen")
        #expect(text.contains("Board walk — \(step.rawValue + 1)/\(WalkStep.allCases.count)"))
    }
}

/// The walk's money steps at month 12, and at month 9 with S14's return missing: what the board hears said aloud.
@Suite("Walk snapshots at the year end and with a return missing")
struct WalkMoneySnapshotTests {
    static let cases: [(String, WalkStep, Bool)] = [
        ("m12", .monitoring, false), ("m12", .yearEnd, false), ("missing", .monitoring, true), ("missing", .yearEnd, true),
    ]

    @Test("the monitoring and risk-share steps at month 12 and with a return missing, at 80×24 and 120×40",
          arguments: cases, [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func step(_ input: (String, WalkStep, Bool), size: Size) throws {
        let (name, step, missing) = input
        var state = Fixtures.northmoorState()
        let december = state.period
        if missing { state.agreement.monitoring.removeAll { $0.lineID == "S14" && $0.period == december } }
        else { _ = reduce(&state, .showNextPeriod) }
        _ = reduce(&state, .startWalk)
        state.view = .walk(step)
        state.message = nil
        let buffer = Screen.render(state, size: size)
        let text = buffer.textSnapshot()
        assertSnapshot(text, named: "walk-\(name)-\(step.name)-\(size.columns)x\(size.rows)", suite: "Screen")
        assertSnapshot(try StyleSnapshots.both(buffer), named: "walk-\(name)-\(step.name)-\(size.columns)x\(size.rows).styles", suite: "Screen")
        if missing {
            #expect(text.contains("S14"))
            #expect(!text.contains("invoices"))
        } else {
            #expect(text.contains("Mar 2026"))
        }
    }
}

/// The pictures (variance bars, sparklines, trajectories, partner bars) as a user sees them in colour and in monochrome.
@Suite("Chart snapshots")
struct ChartSnapshotTests {
    /// Where each picture is: the Budgets lines (variance bars), a line's detail (spend sparkline), the Outcomes pane and
    /// a metric's detail (trajectories), the year-end view (a bar per partner per what-if model).
    static let names = ["variance-bars", "spend-sparkline", "trajectories", "trajectory-detail", "partner-bars"]

    static func show(_ name: String, in state: inout AppState) {
        switch name {
        case "spend-sparkline": _ = reduce(&state, .moveSelection(by: 7)); _ = reduce(&state, .openSelected)
        case "trajectories": _ = reduce(&state, .showPane(.outcomes))
        case "trajectory-detail": _ = reduce(&state, .showPane(.outcomes)); _ = reduce(&state, .openSelected)
        case "partner-bars": _ = reduce(&state, .showNextBudgetsView); _ = reduce(&state, .showNextBudgetsView)
        default: break
        }
    }

    @Test("every chart at 80×24 and 120×40, as text and as styles in colour and monochrome",
          arguments: names, ScreenSnapshotTests.sizes)
    func chart(_ name: String, size: Size) throws {
        var state = Fixtures.northmoorState()
        Self.show(name, in: &state)
        state.message = nil
        let buffer = Screen.render(state, size: size)
        assertSnapshot(buffer.textSnapshot(), named: "chart-\(name)-\(size.columns)x\(size.rows)", suite: "Screen")
        assertSnapshot(try StyleSnapshots.both(buffer), named: "chart-\(name)-\(size.columns)x\(size.rows).styles", suite: "Screen")
    }
}

/// A frame's styles under the default theme in 256 colours and with no colour at all.
enum StyleSnapshots {
    static func both(_ buffer: ScreenBuffer) throws -> String {
        let theme = try ThemeLibrary.builtin("default")
        return "colour (default theme, 256 colours)\n" + buffer.resolvedSnapshot(theme: theme, depth: .colors256)
            + "\n\nmonochrome (NO_COLOR)\n" + buffer.resolvedSnapshot(theme: theme, depth: .none) + "\n"
    }
}

/// docs/walkthrough.md shows each step as the walk draws it now.
@Suite("Walkthrough")
struct WalkthroughTests {
    @Test("every step's capture in docs/walkthrough.md is the step's 80×24 snapshot (tools/update-walkthrough.py refreshes them)")
    func current() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/walkthrough.md"), encoding: .utf8)
        for step in 1...WalkStep.allCases.count {
            let snapshot = try String(contentsOf: root.appendingPathComponent("Tests/S75UITests/__Snapshots__/Screen/walk-\(step)-80x24.txt"),
                                      encoding: .utf8)
            let capture = snapshot.split(separator: "\n", omittingEmptySubsequences: false)
                .map { String($0).replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
                .joined(separator: "\n").trimmingCharacters(in: .newlines)
            #expect(doc.contains("```\n" + capture + "\n```"), "step \(step): run tools/update-walkthrough.py")
        }
    }
}

/// The Ashvale sample's Providers pane: the prime's flows, the corridor and the personal budgets.
@Suite("Ashvale screens")
struct AshvaleScreenTests {
    @Test("the Providers pane at 80×24 and 120×40, and a personal budget's detail", arguments: ScreenSnapshotTests.sizes)
    func providers(size: Size) throws {
        var state = AppState(agreement: try SampleDocuments.ashvale(), storePath: "/data/ashvale.s75", today: Fixtures.meetingDay)
        state.view = .table(.providers)
        let text = Screen.render(state, size: size).textSnapshot()
        assertSnapshot(text, named: "ashvale-providers-\(size.columns)x\(size.rows)", suite: "Screen")
        _ = reduce(&state, .moveToLast)
        _ = reduce(&state, .openSelected)
        let detail = Screen.render(state, size: size).textSnapshot()
        assertSnapshot(detail, named: "ashvale-personal-budget-\(size.columns)x\(size.rows)", suite: "Screen")
        #expect(detail.contains("Integrated personal budget PB3 — IPB-0388"))
        #expect(detail.contains("£46,800.00 (75.0% of the plan)"))
    }
}
