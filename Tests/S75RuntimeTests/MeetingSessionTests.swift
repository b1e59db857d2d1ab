import Foundation
import S75App
import S75Domain
import S75Runtime
import S75Screen
import S75Store
import S75TestSupport
import Testing

/// A board meeting recorded through the real runtime and store: the walk's progress, decisions and actions.
@Suite("Recording a meeting")
struct MeetingSessionTests {
    static func file() throws -> S75Database {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("s75-meeting-\(UUID().uuidString).s75").path
        return try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
    }

    static func keys(_ text: String) -> [KeyEvent] { FormSessionTests.keys(text) }

    @Test("w starts the day's meeting; each step is recorded with its sentence; a restarted s75 resumes at the step reached")
    func progressIsRecorded() throws {
        let store = try Self.file()
        let (runtime, _) = try SessionTests.session([.character("w"), .character(" "), .character(" "), .character(" "), .right], store: store)
        runtime.run()
        let meeting = try #require(try store.loadAgreement().meeting(on: Fixtures.meetingDay))
        #expect(meeting.stepReached == .lines)
        #expect(meeting.period == Period(year: 2025, month: 12))
        #expect(meeting.figures["pool"] == "The pool is £45.7m: £42.5m revenue (Council 36.0%, ICB 64.0%) and £3.2m capital.")
        #expect(Set(meeting.figures.keys) == ["minutes", "parties", "governance", "pool", "lines"])
        #expect(runtime.state.undoSteps.isEmpty, "walking is not an edit to undo")

        let (again, backend) = try SessionTests.session([.character("w")], store: store)
        again.run()
        #expect(again.state.view == .walk(.lines))
        #expect(SessionTests.text(backend).contains("5/12 Scheme lines"))
        let trail = try store.auditTrail(since: nil, entity: "2026-01-20")
        #expect(trail.contains { $0.field == "stepReached" && $0.old == "Pool and contributions" && $0.new == "Scheme lines" })
    }

    @Test("d in the walk records a decision against the step and returns to it; a records an action with owner and due date")
    func decisionAndAction() throws {
        let store = try Self.file()
        let walkToYearEnd: [KeyEvent] = [.character("w")] + Array(repeating: .character(" "), count: 6)
        let decision: [KeyEvent] = [.character("d")] + Self.keys("Use the reserve") + [.enter]
        let action: [KeyEvent] = [.character("a")] + Self.keys("Recovery plan for S02") + [.tab] + Self.keys("ICB Place Director")
            + [.tab] + Self.keys("28 Feb 2026") + [.enter]
        let (runtime, backend) = try SessionTests.session(walkToYearEnd + decision + action, store: store, size: Size(columns: 120, rows: 40))
        runtime.run()
        #expect(runtime.state.view == .walk(.yearEnd))
        #expect(SessionTests.text(backend).contains("Saved: action A3."))
        #expect(SessionTests.text(backend).contains("Recorded at this step"))
        let a = try store.loadAgreement()
        #expect(a.minutes.first { $0.id == "D2" } == Minute(id: "D2", kind: .decision, meeting: Fixtures.meetingDay, item: "year-end",
                                                              text: "Use the reserve", status: .agreed))
        #expect(a.minutes.first { $0.id == "A3" } == Minute(id: "A3", kind: .action, meeting: Fixtures.meetingDay, item: "year-end",
                                                              text: "Recovery plan for S02", owner: "ICB Place Director",
                                                              due: DateOnly(year: 2026, month: 2, day: 28), status: .open))
        #expect(try store.auditTrail(since: nil, entity: "A3").contains { $0.field == "owner" && $0.new == "ICB Place Director" })
    }

    @Test("an action without an owner is not saved, and says why; Esc returns to the walk with nothing recorded")
    func actionNeedsOwner() throws {
        let store = try Self.file()
        let (runtime, backend) = try SessionTests.session([.character("w"), .character("a")] + Self.keys("Do it") + [.enter], store: store)
        runtime.run()
        #expect(SessionTests.text(backend).contains("Not saved: Owner: required."))
        backend.type([.escape, .character("y")])
        runtime.run()
        #expect(runtime.state.view == .walk(.previousMinutes))
        #expect(try store.loadAgreement().minutes.count == 3)
    }

    @Test("the Decisions pane lists every minute; OVERDUE marks an open action past its date; Enter shows one in full")
    func decisionsPane() throws {
        let (runtime, backend) = try SessionTests.session([.character("5")], size: Size(columns: 120, rows: 40))
        runtime.run()
        let text = SessionTests.text(backend)
        #expect(text.contains("[5 Decisions]"))
        #expect(text.contains("D1") && text.contains("A1") && text.contains("A2"))
        #expect(!text.contains("OVERDUE"), "A1 is due on the meeting day itself")
        backend.type([.down, .enter])
        runtime.run()
        #expect(SessionTests.text(backend).contains("Action A1"))
        #expect(SessionTests.text(backend).contains("ICB Northmoor Place Director"))
    }

    @Test("read-only: the walk works but records nothing, and d says why")
    func readOnly() throws {
        let store = try Self.file()
        let readOnly = try S75Database.open(at: store.path, readOnly: true)
        let (runtime, backend) = try SessionTests.session([.character("w"), .character(" "), .character("d")], store: readOnly)
        runtime.run()
        #expect(SessionTests.text(backend).contains("READ-ONLY"))
        #expect(runtime.state.view == .walk(.parties))
        #expect(try store.loadAgreement().meetings.count == 1)
    }
}
