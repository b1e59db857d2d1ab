import S75App
import S75Domain
import S75Runtime
import S75Screen
import S75Store
import S75TestSupport
import S75UI
import Testing

/// The portfolio's loop on a terminal in memory: an agreement opened from it runs its own screen on the same terminal
/// (over a real store), q there comes back, and what changed meanwhile is shown; a server that cannot be reached says so.
@Suite("Portfolio loop")
struct PortfolioLoopTests {
    static let size = Size(columns: 120, rows: 40)

    static func portfolio(_ agreements: [Agreement]) -> Portfolio { Portfolio(agreements, today: Fixtures.meetingDay) }

    static func ashvaleAndNorthmoor() -> [Agreement] {
        var other = Northmoor.agreement
        other.id = "ashvale-2025-26"
        return [other, Northmoor.agreement]
    }

    @Test("Enter opens the agreement on the same terminal, its key bar offering the way back; q returns to the portfolio, read again")
    func drillInAndBack() throws {
        let backend = MemoryBackend(size: Self.size, keys: [.down, .enter, .character("q")])
        var opened: [String] = []
        var agreements = Self.ashvaleAndNorthmoor()
        let loop = PortfolioLoop(
            browser: PortfolioBrowser(portfolio: Self.portfolio(agreements), server: "postgresql:///s75?host=/srv", user: "pat"),
            backend: backend,
            refresh: { Self.portfolio(agreements) },
            open: { id in
                opened.append(id)
                do {
                    let store = try S75Database.inMemory(with: Northmoor.agreement)
                    var state = AppState(agreement: try store.loadSnapshot().agreement, storePath: store.path, today: Fixtures.meetingDay)
                    state.returnsTo = "portfolio"
                    Runtime(state: state, store: store, backend: backend).run()
                    agreements[1].title = "Northmoor, renamed while it was open"
                    return nil
                } catch {
                    return .error("\(error)")
                }
            })
        loop.run()
        #expect(opened == ["northmoor-2025-26"])
        let inside = try #require(backend.frames.first { $0.textSnapshot().contains("Portfolio › Northmoor") }).textSnapshot()
        #expect(inside.contains("q portfolio"))
        let back = try #require(backend.lastFrame).textSnapshot()
        #expect(back.hasPrefix(" Portfolio "))
        #expect(back.contains("2 of 2: Northmoor, renamed while it was open"))
    }

    @Test("a server that cannot be reached is said on the status line, and cleared once it answers again")
    func unreachable() throws {
        struct Down: Error {}
        let backend = MemoryBackend(size: Self.size)
        var up = false
        let loop = PortfolioLoop(
            browser: PortfolioBrowser(portfolio: Self.portfolio([Northmoor.agreement]), server: "s", user: "pat"),
            backend: backend, pollInterval: 0,  // the server asked after every key
            refresh: {
                guard up else { throw Down() }
                return nil
            },
            open: { _ in nil })
        backend.type([.character("x")])
        loop.run()
        #expect(try #require(backend.lastFrame).textSnapshot().contains("The server cannot be reached (reconnecting…)"))
        up = true
        backend.type([.resize])
        loop.run()
        #expect(!(try #require(backend.lastFrame).textSnapshot().contains("cannot be reached")))
    }
}
