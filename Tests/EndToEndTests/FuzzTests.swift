import Foundation
import S75TestSupport
import Testing

/// Tens of thousands of random keys into the real binary: no crash, the terminal restored, the file sound
/// and every change it holds in the audit trail.
@Suite("Key fuzz", .serialized)
struct FuzzTests {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts").path

    @Test("8 × 5,000 random keys (control characters, escape sequences, bad and multi-byte UTF-8, pastes, resizes)")
    func randomKeys() throws {
        guard Tmux.available() else { return }
        let folder = try temporaryFolder()
        let file = folder + "/fuzz.s75", original = folder + "/original.s75"
        _ = try Shell.run(Tmux.binary, ["new", file, "--sample", "northmoor"])
        _ = try Shell.run(Tmux.binary, ["new", original, "--sample", "northmoor"])
        for seed in 1...8 {
            let run = try Shell.run("/usr/bin/env", ["python3", Self.scripts + "/fuzz_keys.py", Tmux.binary, file, "5000", "\(seed)"])
            #expect(run.output.contains("\"exit\": 0"), "seed \(seed): \(run.output) \(run.error)")
            #expect(run.output.contains("\"restored\": true"), "seed \(seed)")
            let check = try Shell.run(Tmux.binary, ["check", file])
            #expect(check.status == 0 || check.status == 1, "seed \(seed): \(check.error)")
            #expect(check.error.isEmpty, "seed \(seed): \(check.error)")
            let audit = try Shell.run("/usr/bin/env", ["python3", Self.scripts + "/audit_complete.py", file, original])
            #expect(audit.output == "ok\n", "seed \(seed): changes missing from the audit trail: \(audit.output)")
        }
    }
}
