import Foundation
import Testing

/// Compares `actual` with the snapshot file `__Snapshots__/<suite>/<name>.txt` beside the test file.
///
/// Snapshots are written only on request: with `S75_RECORD_SNAPSHOTS=1` each is (re)written and
/// the test fails, so that a recording is always reviewed. A missing snapshot fails with the
/// command to record it. Failures print a line diff.
public func assertSnapshot(_ actual: String, named name: String, suite: String,
                           filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__").appendingPathComponent(suite)
    let file = directory.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["S75_RECORD_SNAPSHOTS"] == "1"
    guard recording else {
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("No snapshot \(suite)/\(name).txt; record it with S75_RECORD_SNAPSHOTS=1 swift test and review it.",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let diff = lineDiff(expected: expected, actual: actual)
            Issue.record("Snapshot \(suite)/\(name) differs:\n\(diff)", sourceLocation: sourceLocation)
        }
        return
    }
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(suite)/\(name).txt; review it and run the tests again.", sourceLocation: sourceLocation)
    } catch {
        Issue.record("Could not write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
    }
}

/// The lines that differ between two texts, marked "-" (expected) and "+" (actual) with line numbers.
public func lineDiff(expected: String, actual: String) -> String {
    let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
    var out: [String] = []
    for i in 0..<max(old.count, new.count) {
        let a = i < old.count ? old[i] : nil, b = i < new.count ? new[i] : nil
        if a != b {
            if let a { out.append(String(format: "-%3d|%@", i + 1, a)) }
            if let b { out.append(String(format: "+%3d|%@", i + 1, b)) }
        }
    }
    return out.joined(separator: "\n")
}
