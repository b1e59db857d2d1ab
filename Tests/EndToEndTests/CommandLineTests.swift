import Foundation
import Testing

/// The command line without a screen: files that are missing, foreign or already there.
@Suite("Command line")
struct CommandLineTests {
    func s75(_ arguments: String...) throws -> Shell.Result { try Shell.run(Tmux.binary, arguments) }

    @Test("new --sample writes the Northmoor agreement without opening the screen; new refuses to overwrite")
    func newSample() throws {
        let file = try temporaryFolder() + "/n.s75"
        let made = try s75("new", file, "--sample", "northmoor")
        #expect(made.status == 0)
        #expect(made.output.contains("Created \(file): Northmoor BCF Section 75 Partnership Agreement"))
        let again = try s75("new", file)
        #expect(again.status == 1)
        #expect(again.error == "s75: \(file) already exists. Choose another name, or open it with `s75 open \(file)`.\n")
    }

    @Test("new without a sample makes an empty agreement for the given year")
    func newEmpty() throws {
        let file = try temporaryFolder() + "/e.s75"
        let made = try s75("new", file, "--year", "2026")
        #expect(made.status == 0)
        #expect(made.output.contains("New section 75 agreement 2026-27"))
    }

    @Test("open on a missing, foreign or empty path: one line on stderr, exit status 1", arguments: ["missing", "text", "directory"])
    func badFiles(kind: String) throws {
        let folder = try temporaryFolder()
        let file: String
        switch kind {
        case "text":
            file = folder + "/notes.txt"
            try Data("minutes of the last meeting\n".utf8).write(to: URL(fileURLWithPath: file))
        case "directory":
            file = folder
        default:
            file = folder + "/nothing.s75"
        }
        let result = try s75("open", file)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("s75: \(file)"))
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(result.output.isEmpty)
    }

    @Test("without a terminal the screen commands refuse politely")
    func noTerminal() throws {
        let file = try temporaryFolder() + "/t.s75"
        _ = try s75("new", file, "--sample", "northmoor")
        let result = try s75("open", file)
        #expect(result.status == 1)
        #expect(result.error.contains("s75 needs a terminal"))
    }

    @Test("--help lists the commands")
    func help() throws {
        let result = try s75("--help")
        for command in ["demo", "open", "new"] { #expect(result.output.contains(command)) }
    }
}

/// `s75 check` and `s75 report` on real files.
@Suite("Check and report commands")
struct CheckAndReportTests {
    func s75(_ arguments: String...) throws -> Shell.Result { try Shell.run(Tmux.binary, arguments) }

    func sample() throws -> String {
        let file = try temporaryFolder() + "/sample.s75"
        _ = try s75("new", file, "--sample", "northmoor")
        return file
    }

    @Test("check passes the sample, and names each problem in a damaged one with a non-zero exit")
    func check() throws {
        let file = try sample()
        let clean = try s75("check", file)
        #expect(clean.status == 0)
        #expect(clean.output.contains("no problems found"))
        _ = try Shell.run("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.execute("PRAGMA foreign_keys = OFF")
            c.execute("UPDATE schemeLine SET budgetPence = budgetPence + 100 WHERE id = 'S03'")
            c.execute("UPDATE provider SET allianceShareBasisPoints = 7000 WHERE id = 'P01'")
            c.commit()
            """, file])
        let broken = try s75("check", file)
        #expect(broken.status == 1)
        #expect(broken.output.contains("funding: Planned spend equals contributions: NHS minimum contribution"))
        #expect(broken.output.contains("providers: alliance shares add up to 90%, not 100%"))
        #expect(broken.output.contains("2 problems found"))
    }

    @Test("report in JSON carries §6.9's figures in pence; a bad period is refused")
    func report() throws {
        let file = try sample()
        let json = try s75("report", file, "--period", "2026-03", "--format", "json")
        #expect(json.status == 0)
        #expect(json.output.contains("\"riskShare\" : 39360000"))
        #expect(json.output.contains("\"capitalCarriedForward\" : 45000000"))
        let bad = try s75("report", file, "--period", "2027-06")
        #expect(bad.status == 1)
        #expect(bad.error.contains("outside the agreement's term"))
        let text = try s75("report", file)
        #expect(text.output.contains("month 9 (2025-12)"))
    }

    @Test("report refuses a month nobody monitored, naming the latest one; --allow-unmonitored marks every figure no return")
    func unmonitoredReport() throws {
        let file = try sample()
        let refused = try s75("report", file, "--period", "2026-02")
        #expect(refused.status == 1)
        #expect(refused.output.isEmpty)
        #expect(refused.error.contains("2026-02 (Feb 2026) has no monitoring"))
        #expect(refused.error.contains("The latest monitored month is 2025-12"))
        let allowed = try s75("report", file, "--period", "2026-02", "--allow-unmonitored")
        #expect(allowed.status == 0)
        #expect(allowed.output.contains("NO MONITORING for 2026-02"))
        #expect(allowed.output.contains("no return"))
        let csv = try s75("report", file, "--format", "csv", "--table", "partners")
        #expect(csv.status == 0)
        #expect(csv.output.hasPrefix("Partner,Revenue contribution (£),"))
        let wrongTable = try s75("report", file, "--table", "partners")
        #expect(wrongTable.status != 0)
        #expect(wrongTable.error.contains("--table goes with --format csv"))
    }

    @Test("check names impossible data: a negative budget, a date that does not exist, monitoring outside the term, a missing return")
    func checkImpossibleData() throws {
        let file = try sample()
        _ = try Shell.run("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.execute("PRAGMA ignore_check_constraints = ON")
            c.execute("UPDATE schemeLine SET budgetPence = -500000000 WHERE id = 'S04'")
            c.execute("UPDATE agreement SET \\"end\\" = '2026-02-31'")
            c.execute("DELETE FROM monitoringEntry WHERE lineID = 'S03' AND period = '2025-12'")
            c.execute("INSERT INTO monitoringEntry SELECT lineID, '2027-01', budgetToDatePence, actualToDatePence, forecastOutturnPence, commentary, 1 FROM monitoringEntry WHERE lineID = 'S05' AND period = '2025-12'")
            c.commit()
            """, file])
        let result = try s75("check", file)
        #expect(result.status == 1)
        for problem in ["line S04: the budget −£5,000,000 is negative", "agreement: the end date 2026-02-31 does not exist",
                        "monitoring 2025-12: line S03 has no return, though other lines do",
                        "monitoring S05 2027-01: the month is outside the term"] {
            #expect(result.output.contains(problem), "check lacks: \(problem)")
        }
        let report = try s75("report", file)
        #expect(report.status == 0)
        #expect(report.output.contains("line S04: the budget −£5,000,000 is negative"))
    }

    /// Every file in `folder` with its bytes.
    func contents(of folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return result
    }

    @Test("a readable file in a folder the user cannot write is checked and reported, read-only, and nothing appears beside it")
    func readOnlyFolder() throws {
        let folder = try temporaryFolder()
        let file = folder + "/shared.s75"
        _ = try s75("new", file, "--sample", "northmoor")
        #expect(chmod(folder, 0o755) == 0 && chmod(file, 0o644) == 0)
        let before = try contents(of: folder)
        let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", Tmux.binary]
        let check = try Shell.run("/usr/bin/setpriv", asNobody + ["check", file])
        #expect(check.status == 0, "\(check.error)")
        #expect(check.output.contains("no problems found"))
        let report = try Shell.run("/usr/bin/setpriv", asNobody + ["report", file, "--format", "json"])
        #expect(report.status == 0)
        #expect(report.output.contains("\"riskShare\" : 30720000"))
        #expect(try contents(of: folder) == before)
    }

    @Test("a full disk: new leaves nothing and says so; with room it works; check still reads the file on a full disk; opening it to edit says the disk is full, not damaged, and leaves nothing behind")
    func fullDisk() throws {
        let mountPoint = try temporaryFolder() + "/small"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: false)
        let mount = try Shell.run("/usr/bin/env", ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint])
        guard mount.status == 0 else {
            Issue.record("cannot mount a small tmpfs to fill (\(mount.error)); this test needs root")
            return
        }
        defer { _ = try? Shell.run("/usr/bin/env", ["umount", mountPoint]) }
        let filler = mountPoint + "/filler"
        func fill(leaving kilobytes: Int) throws {
            _ = try? FileManager.default.removeItem(atPath: filler)
            _ = try Shell.run("/usr/bin/env", ["dd", "if=/dev/zero", "of=\(filler)", "bs=1k", "count=\(1024 - kilobytes)"])
        }
        let file = mountPoint + "/northmoor.s75"
        try fill(leaving: 40)
        let full = try s75("new", file, "--sample", "northmoor")
        #expect(full.status == 1)
        #expect(full.error.contains("is full"), "\(full.error)")
        #expect(!full.error.contains("damaged"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: mountPoint) == ["filler"])
        try fill(leaving: 600)
        #expect(try s75("new", file, "--sample", "northmoor").status == 0)
        try fill(leaving: 0)
        _ = try Shell.run("/usr/bin/env", ["dd", "if=/dev/zero", "of=\(filler)-more", "bs=1k", "count=1024"])
        let check = try s75("check", file)
        #expect(check.status == 0, "\(check.error)")
        let before = try contents(of: mountPoint).keys.sorted()
        let open = try Shell.run("/usr/bin/env", ["script", "-qc", "\(Tmux.binary) open \(file)", "/dev/null"])
        #expect(open.output.contains("is full; nothing was saved"), "\(open.output)")
        #expect(!open.output.contains("damaged"))
        #expect(try contents(of: mountPoint).keys.sorted() == before)
    }

    @Test("log prints the audit trail, newest first, filtered by record and date, as text, JSON and CSV; a bad date is refused")
    func log() throws {
        let file = try sample()
        let probe = URL(fileURLWithPath: Tmux.binary).deletingLastPathComponent().appendingPathComponent("s75-store-probe").path
        #expect(try Shell.run(probe, [file, "dana", "S02", "2"]).status == 0)
        let text = try s75("log", file, "--entity", "S02")
        #expect(text.status == 0)
        let rows = text.output.split(separator: "\n")
        #expect(rows.first?.hasPrefix("Sequence") == true)
        #expect(rows.count == 5)
        #expect(rows[1].contains("dana") && rows[1].contains("commentary") && rows[1].contains("dana 2"))
        let json = try s75("log", file, "--format", "json", "--since", "2020-01-01")
        #expect(json.output.contains("\"field\" : \"created\""))
        let csv = try s75("log", file, "--format", "csv", "--entity", "S03")
        #expect(csv.output == "Sequence,Time (UTC),User,Client,Entity,Record,Field,Old,New\r\n")
        let bad = try s75("log", file, "--since", "yesterday")
        #expect(bad.status != 0)
        #expect(bad.error.contains("--since yesterday is not a date"))
    }
}
