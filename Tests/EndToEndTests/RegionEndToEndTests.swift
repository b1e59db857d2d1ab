import Foundation
import S75TestSupport
import Testing

/// A region on one PostgreSQL server, as the README sets it up: `s75 server init`, agreements moved in, listed, read,
/// shown together, and edited on screen by two sessions at once; the server stopped and started under them. Needs
/// Debian's server (apt-get install postgresql).
@Suite("A region on a PostgreSQL server, end to end", .serialized)
struct RegionEndToEndTests {
    func s75(_ arguments: String...) throws -> Shell.Result { try Shell.run(Tmux.binary, arguments) }

    /// A server made by `s75 server init` in a fresh folder, with Northmoor and Ashvale moved in; stopped by `stop`.
    func region() throws -> (folder: String, url: String, stop: () -> Void) {
        let folder = try temporaryFolder() + "/region"
        let made = try s75("server", "init", folder)
        #expect(made.status == 0, "\(made.error)")
        let url = "postgresql:///s75?host=\(folder)"
        #expect(made.output.contains(url))
        for sample in ["northmoor", "ashvale"] {
            let file = try temporaryFolder() + "/\(sample).s75"
            #expect(try s75("new", file, "--sample", sample).status == 0)
            let moved = try s75("move", file, url)
            #expect(moved.status == 0, "\(moved.error)")
        }
        return (folder, url, { _ = try? Shell.run(Tmux.binary, ["server", "stop", folder]) })
    }

    @Test("agreements moved in are listed, read as their files read, and shown side by side with each partner's share")
    func movedAndShown() throws {
        let (_, url, stop) = try region()
        defer { stop() }
        let listed = try s75("agreements", url).output
        #expect(listed.contains("northmoor-2025-26\tNorthmoor BCF Section 75 Partnership Agreement"))
        #expect(listed.contains("ashvale-2025-26\tAshvale Integrated Commissioning Section 75 Agreement"))
        let file = try temporaryFolder() + "/again.s75"
        #expect(try s75("new", file, "--sample", "northmoor").status == 0)
        let twice = try s75("move", file, url)
        #expect(twice.status == 1 && twice.error.contains("already exists"))
        let northmoor = url + "&agreement=northmoor-2025-26"
        #expect(try s75("export", northmoor).output == (try s75("export", file).output))
        #expect(try s75("report", northmoor, "--format", "json").output == (try s75("report", file, "--format", "json").output))
        // month 9: the revenue pool forecasts £730,000 over; the £250,000 reserve goes first, and the £480,000 left is shared
        // by revenue contributions, council £15.3m and ICB £27.2m of £42.5m: £172,800 and £307,200
        let portfolio = try s75("portfolio", url, "--date", "2026-01-20").output
        let row = try #require(portfolio.split(separator: "\n").first { $0.contains("northmoor-2025-26:") })
        #expect(row.contains("£45,700,000") && row.contains("+£730,000") && row.contains("Council +£172,800; ICB +£307,200"))
        #expect(portfolio.contains("Portfolio: 2 agreements"))
        #expect(portfolio.contains("| Northmoor Borough Council") && portfolio.contains("+£172,800"))
        let trail = try s75("log", northmoor).output
        #expect(trail.contains("created"))
        #expect(try s75("log", "--verify", northmoor).status == 0)
        // a person added on the server is let in: their login role is made with them
        #expect(try s75("people", northmoor, "add", "s75e2e-jo", "--role", "pfm").status == 0)
        #expect(try s75("server", "admit", url, "s75e2e-jo").output.contains("Every account given already had a role."))
    }

    @Test("a command or a screen given a server that is stopped says it cannot be reached, with why and what to do, and ends")
    func stopped() throws {
        let (_, url, stop) = try region()
        stop()
        for arguments in [["check", url + "&agreement=northmoor-2025-26"], ["portfolio", url], ["open", url]] {
            let refused = try Shell.run(Tmux.binary, arguments)
            #expect(refused.status == 1, "\(arguments)")
            #expect(refused.error.contains("the server cannot be reached (connection to server on socket"), "\(refused.error)")
            #expect(refused.error.contains("nothing was read or changed. If it is stopped, start it: s75 server start DIR."))
            #expect(!refused.error.contains("reconnecting"))
        }
    }

    @Test("libpq is loaded only for a server: without it an agreement file opens as ever, and a server's address says what to install",
          .enabled(if: getuid() == 0, "hides libpq in a mount namespace of its own, which needs root"))
    func withoutLibPQ() throws {
        let file = try temporaryFolder() + "/northmoor.s75"
        #expect(try s75("new", file, "--sample", "northmoor").status == 0)
        let library = try #require(["/usr/lib/x86_64-linux-gnu/libpq.so.5", "/usr/lib/aarch64-linux-gnu/libpq.so.5"]
            .first { FileManager.default.fileExists(atPath: $0) })
        let real = try FileManager.default.destinationOfSymbolicLink(atPath: library)
        let hidden = URL(fileURLWithPath: library).deletingLastPathComponent().appendingPathComponent(real).path
        let url = "postgresql:///s75?host=/nonexistent&agreement=x"
        let script = "mount --bind /dev/null \(hidden) || exit 9; \(Tmux.binary) check \(file) 2>&1; echo \"file: $?\"; \(Tmux.binary) check '\(url)'"
        let run = try Shell.run("/usr/bin/unshare", ["-m", "sh", "-c", script])
        #expect(run.output.contains("no problems found (19 lines, 12 contracts, 6 metrics)"), "\(run.output)")
        #expect(run.output.contains("file: 0"))
        #expect(run.status == 1)
        #expect(run.error.contains("is on a region's server, reached through libpq, which could not be loaded (/"), "\(run.error)")
        #expect(run.error.contains("nothing was read or changed. Install it (apt-get install libpq5) and try again."))
    }

    @Test("a server whose schema a newer s75 made is refused with what to do, and nothing is written")
    func newerSchema() throws {
        let (folder, url, stop) = try region()
        defer { stop() }
        let psql = try Shell.run("/usr/bin/psql", ["-h", folder, "-d", "s75", "-XAtqc", "UPDATE s75.schema SET version = version + 1"])
        #expect(psql.status == 0, "\(psql.error)")
        let refused = try s75("check", url + "&agreement=northmoor-2025-26")
        #expect(refused.status == 1 && refused.error.contains("was written by a newer s75. Upgrade s75 to open it."))
    }

    @Test("two sessions on screen: a save in one shows in the other; with the server stopped an edit is not saved, then saved once")
    func twoSessionsAndARestart() throws {
        guard Tmux.available() else { return }
        let (folder, url, stop) = try region()
        defer { stop() }
        let northmoor = "'\(url)&agreement=northmoor-2025-26'"
        let first = try Tmux("\(Tmux.binary) open \(northmoor)", columns: 120, rows: 40)
        let second = try Tmux("\(Tmux.binary) open \(northmoor)", columns: 120, rows: 40)
        for t in [first, second] {
            _ = try t.waitFor("Contributions by partner")
            try t.send("e")
            _ = try t.waitFor("Monitoring return")
        }
        try first.send("Tab")
        try first.type("2600")
        try first.send("Enter")
        _ = try first.waitFor("Saved: S01a forecast for Dec 2025.")
        _ = try second.waitFor("Updated: another session changed this agreement.")
        #expect(try second.screen().split(separator: "\n").contains { $0.contains("S01a") && $0.contains("2,600") })
        #expect(try s75("server", "stop", folder).status == 0)
        try first.type("1900")  // S01b's actual to date, where Enter moved
        try first.send("Enter")
        _ = try first.waitFor("The server cannot be reached (reconnecting…); nothing was saved.")
        #expect(try s75("server", "start", folder).status == 0)
        _ = try first.waitFor("The server answers again; whatever was typed and not saved is still on screen.")
        try first.send("Enter")  // the cell still holds what was typed: saved now, once
        _ = try first.waitFor("Saved: S01b actual to date for Dec 2025.")
        _ = try second.waitFor("1,800   1,350     1,900")  // the other session reconnected, and was told
        let trail = try s75("log", url + "&agreement=northmoor-2025-26", "--kind", "monitoring").output
        let saved = trail.split(separator: "\n").filter { $0.contains("S01b 2025-12") && $0.contains("actualToDate") }
        #expect(saved.count == 1 && saved.first?.contains("£1,900,000") == true)
    }

    @Test("the server's address alone opens the portfolio; Enter opens an agreement, q comes back, and another session's save shows")
    func portfolioOnScreen() throws {
        guard Tmux.available() else { return }
        let (_, url, stop) = try region()
        defer { stop() }
        let region = try Tmux("\(Tmux.binary) open '\(url)'", columns: 120, rows: 40)
        _ = try region.waitFor("1 of 2: Ashvale Integrated Commissioning Section 75 Agreement")
        // Northmoor at month 9: £730,000 over, its partners' shares £172,800 and £307,200 after the £250,000 reserve
        #expect(try region.screen().split(separator: "\n").contains { $0.contains("northmoor-2025-26") && $0.contains("+730 Amber")
            && $0.contains("Council +173 · ICB +307") })
        try region.send("j", "Enter")
        _ = try region.waitFor("Portfolio › Northmoor BCF Section 75")
        #expect(try region.screen().contains("q portfolio"))
        try region.send("q")
        _ = try region.waitFor("2 of 2: Northmoor BCF Section 75 Partnership Agreement")
        let other = try Tmux("\(Tmux.binary) open '\(url)&agreement=northmoor-2025-26'", columns: 120, rows: 40)
        _ = try other.waitFor("Contributions by partner")
        try other.send("e")
        _ = try other.waitFor("Monitoring return")
        try other.send("Tab")
        try other.type("4400")  // S01a's forecast £3.4m → £4.4m: £1,730,000 over, Red
        try other.send("Enter")
        _ = try other.waitFor("Saved: S01a forecast for Dec 2025.")
        _ = try region.waitFor("+1,730 Red")
    }
}
