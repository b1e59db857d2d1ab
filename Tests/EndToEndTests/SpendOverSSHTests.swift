import Foundation
import S75TestSupport
import Testing

/// Two commissioners over ssh (a real sshd on loopback) on the same file: one pages through a line's invoices while
/// the other maps the suspense; each sees the other's work.
@Suite("The ledger over ssh", .serialized)
struct SpendOverSSHTests {
    @Test("one commissioner drills into S12 over ssh while another maps the suspense to S12 over ssh: the first sees the rows arrive")
    func twoCommissioners() throws {
        guard Tmux.available(), LoopbackSSH.available() else { return }
        let ssh = try LoopbackSSH()
        let folder = try temporaryFolder()
        #expect(try generateLedger(folder + "/gl.csv", "--rows", "20000", "--rules", folder + "/rules.toml").status == 0)
        let file = folder + "/n.s75"
        #expect(try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["ledger", "import", file, folder + "/gl.csv"]).status == 0)
        #expect(try Shell.run(Tmux.binary, ["ledger", "rules", file, folder + "/rules.toml"]).status == 0)

        let reader = try Tmux(ssh.session("\(Tmux.binary) open \(file)"), columns: 120, rows: 40)
        try reader.waitFor("Pool total")
        try reader.send(":")
        try reader.type("goto S12")
        try reader.send("Enter")
        try reader.waitFor("S12 BCF programme office & data")
        try reader.send("t")
        let before = try reader.waitFor("Spend — line S12:")
        try reader.send("G")
        try reader.waitFor("Spend — line S12:")

        let mapper = try Tmux(ssh.session("\(Tmux.binary) open \(file) --pane mapping"), columns: 120, rows: 40)
        try mapper.waitFor("Mapping — 20,000 transactions")
        try mapper.send("G", "Enter")
        try mapper.waitFor("New ledger rule")
        try mapper.type("S12")
        try mapper.send("Enter")
        try mapper.waitFor("Saved: ledger rule R65.")

        let count = { (screen: String) -> Int? in
            screen.split(separator: "\n").first { $0.contains("Spend — line S12:") }
                .flatMap { $0.split(separator: ":").last?.split(separator: " ").first }
                .flatMap { Int($0.replacingOccurrences(of: ",", with: "")) }
        }
        let rowsBefore = try #require(count(before))
        let deadline = Date().addingTimeInterval(10)
        var after = try reader.screen()
        while count(after) == rowsBefore, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            after = try reader.screen()
        }
        #expect((count(after) ?? 0) > rowsBefore, "\(after)")
        try reader.send("q")
        try reader.waitFor("exit=0")
        try mapper.send("q")
        try mapper.waitFor("exit=0")
    }
}
