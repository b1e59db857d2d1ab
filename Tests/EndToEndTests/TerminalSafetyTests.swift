import Foundation
import S75TestSupport
import Testing

/// Names in a file can hold escape sequences that would drive the terminal of whoever prints them: retitle it, write its
/// clipboard (OSC 52), clear the screen. No output of s75's, in any format, carries a raw ESC or BEL.
@Suite("Escape sequences never reach the terminal")
struct TerminalSafetyTests {
    static let evil = "Evil\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J Ltd"

    func s75(_ arguments: String...) throws -> Shell.Result { try Shell.run(Tmux.binary, arguments) }

    @Test("every command and format over names, users, ledger fields and refused values holding ESC ] 52 and ESC [ 2 J")
    func everyOutput() throws {
        let folder = try temporaryFolder()
        #expect(try s75("new", folder + "/n.s75", "--sample", "northmoor").status == 0)
        let exported = try s75("export", folder + "/n.s75").output
        let poisoned = exported.replacingOccurrences(of: "\"Moorside Home Care Ltd\"", with: "\"Evil\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2J Ltd\"")
            .replacingOccurrences(of: "\"D2A step-down beds (pathway 2)\"", with: "\"Beds\\u001b[2J\"")
        #expect(poisoned != exported)
        try Data(poisoned.utf8).write(to: URL(fileURLWithPath: folder + "/evil.json"))
        let file = folder + "/e.s75"
        #expect(try s75("import", folder + "/evil.json", file).status == 0)
        let probe = URL(fileURLWithPath: Tmux.binary).deletingLastPathComponent().appendingPathComponent("s75-store-probe").path
        #expect(try Shell.run(probe, [file, "mallory\u{1B}[2J", "S02", "1"]).status == 0)
        let header = LedgerCommandTests.header
        let ledger = header + "2025-12-01,2025-12,NC49000,\(Self.evil),5101,x,\(Self.evil),x,D1,10.00\n"
            + "2025-12-01,\u{1B}[2J,NC49000,x,5101,x,x,x,D2,1.00\n"
        try Data(ledger.utf8).write(to: URL(fileURLWithPath: folder + "/gl.csv"))
        var outputs: [(String, Shell.Result)] = []
        for arguments in [["report", file], ["report", file, "--format", "json"], ["report", file, "--format", "markdown"],
                          ["report", file, "--format", "csv", "--table", "contract-payments"],
                          ["report", file, "--format", "csv", "--table", "scheme-lines"], ["check", file],
                          ["log", file], ["log", file, "--format", "json"], ["log", file, "--format", "csv"],
                          ["minutes", file], ["export", file], ["export-bcf", file],
                          ["ledger", "import", file, folder + "/gl.csv"], ["ledger", "suspense", file], ["ledger", "imports", file],
                          ["ledger", "reconcile", file]] {
            outputs.append((arguments.joined(separator: " "), try Shell.run(Tmux.binary, arguments)))
        }
        for (command, result) in outputs {
            for (name, text) in [("stdout", result.output), ("stderr", result.error)] {
                #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"), "\(command) \(name) carries a raw escape")
            }
        }
        #expect(outputs.contains { $0.1.output.contains("Evil?]52;c;ZXZpbA==??[2J Ltd") }, "the name is shown, its controls as ?")
        #expect(outputs.contains { $0.1.output.contains("Evil\\u001b]52") }, "JSON escapes them as JSON does")
        #expect(outputs.contains { $0.1.output.contains("mallory?[2J") })
    }
}
