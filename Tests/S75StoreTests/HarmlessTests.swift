import Foundation
import S75Domain
import S75Store
import Testing

/// Files s75 cannot use are never changed, and reading never writes: checked by the bytes of every file in the folder.
@Suite("Files are never harmed")
struct HarmlessTests {
    /// Every file in `folder` with its bytes.
    static func contents(of folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return result
    }

    /// A folder holding a Northmoor file spoilt by `spoil`, and the file's path.
    static func spoilt(_ spoil: (String) throws -> Void) throws -> (folder: String, path: String) {
        let folder = try temporaryFolder()
        let path = folder + "/agreement.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        try spoil(path)
        return (folder, path)
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Each spoilt file, and the kind of error opening it must give (nil: it opens, but loading it fails).
    static let cases: [(String, StoreError.Kind?)] = [
        ("empty", .emptyFile), ("text", .notAnS75File), ("random", .notAnS75File), ("truncated", nil),
        ("another app's SQLite", .notAnS75File), ("changed application id", .notAnS75File), ("newer schema", .schemaTooNew),
        ("unknown code", nil), ("broken JSON", nil),
    ]

    static func make(_ name: String) throws -> (folder: String, path: String) {
        switch name {
        case "empty": return try spoilt { try write([], to: $0) }
        case "text": return try spoilt { try write(Array("budget,actual\n1,2\n".utf8), to: $0) }
        case "random":
            var generator = SystemRandomNumberGenerator()
            return try spoilt { path in try write((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }, to: path) }
        case "truncated":
            return try spoilt { path in try write(Array(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(4096)), to: path) }
        case "another app's SQLite":
            return try spoilt { path in
                try FileManager.default.removeItem(atPath: path)
                try SQLiteShell.runPlain(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
            }
        case "changed application id": return try spoilt { try SQLiteShell.run($0, "PRAGMA application_id = 42;") }
        case "newer schema": return try spoilt { try SQLiteShell.run($0, "INSERT INTO grdb_migrations VALUES ('v99-future');") }
        case "unknown code": return try spoilt { try SQLiteShell.run($0, "UPDATE contribution SET source = 'lottery' WHERE id = 'C1';") }
        default: return try spoilt { try SQLiteShell.run($0, "UPDATE schemeLine SET profile = '{broken' WHERE id = 'S01a';") }
        }
    }

    @Test("a file s75 cannot use gives a clear error, for writing and for reading, and not one byte changes",
          arguments: cases.map(\.0))
    func badFile(name: String) throws {
        let expected = Self.cases.first { $0.0 == name }?.1
        let (folder, path) = try Self.make(name)
        let before = try Self.contents(of: folder)
        for readOnly in [false, true] {
            let error = #expect(throws: StoreError.self) { try S75Database.open(at: path, readOnly: readOnly).loadAgreement() }
            if let expected { #expect(error?.kind == expected, "\(name), read-only \(readOnly)") }
            #expect(error?.description.contains(path) == true)
        }
        let after = try Self.contents(of: folder)
        #expect(after == before, "\(name) was changed: \(after.keys.sorted()) \(after.filter { before[$0.key] != $0.value }.map { "\($0.key) \($0.value.count)" })")
    }

    @Test("a folder, /dev/null and a pipe are named for what they are, and left alone")
    func notFiles() throws {
        let folder = try temporaryFolder()
        #expect(throws: StoreError(.isFolder, path: folder)) { try S75Database.open(at: folder) }
        #expect(throws: StoreError(.notARegularFile, path: "/dev/null")) { try S75Database.open(at: "/dev/null", readOnly: true) }
        let fifo = folder + "/pipe.s75"
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(throws: StoreError(.notARegularFile, path: fifo)) { try S75Database.open(at: fifo) }
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["pipe.s75"])
        #expect(StoreError(.isFolder, path: folder).description.contains("is a folder"))
        #expect(StoreError(.notARegularFile, path: fifo).description.contains("not a regular file"))
    }

    @Test("reading, read-only, leaves the folder exactly as it was: no -wal or -shm behind, and an older file is not upgraded")
    func readingLeavesNoTrace() throws {
        let (folder, path) = try Self.spoilt { _ in }
        let before = try Self.contents(of: folder)
        let store = try S75Database.open(at: path, readOnly: true)
        #expect(try store.loadAgreement() == Northmoor.agreement)
        _ = try store.changeToken()
        #expect(try Self.contents(of: folder).keys.sorted() == before.keys.sorted() + ["agreement.s75-shm", "agreement.s75-wal"])
        _ = consume store
        #expect(try Self.contents(of: folder) == before)
    }

    @Test("a file whose mode bits deny writing opens read-only even for root, and nothing appears beside it")
    func modeBitsReadOnly() throws {
        let (folder, path) = try Self.spoilt { _ in }
        #expect(chmod(path, 0o444) == 0)
        let before = try Self.contents(of: folder)
        let store = try S75Database.open(at: path)
        #expect(store.isReadOnly)
        #expect(store.readOnlyReason == "the file is read-only")
        #expect(try store.loadAgreement() == Northmoor.agreement)
        #expect(throws: StoreError(.readOnly, path: path)) { try store.replaceAgreement(with: .blank(startYear: 2025)) }
        #expect(try Self.contents(of: folder) == before)
        #expect(!(try S75Database.open(at: path, ignoringModeBits: true).isReadOnly))
    }

    @Test("a new file is made whole or not at all: its temporary file never stays")
    func atomicCreate() throws {
        let folder = try temporaryFolder()
        let path = folder + "/new.s75"
        _ = try S75Database.create(at: path, with: Northmoor.agreement, author: Author(user: "setup"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix("new.s75") }.isEmpty)
        #expect(throws: StoreError(.alreadyExists, path: path)) { try S75Database.create(at: path, with: .blank(startYear: 2025), author: Author(user: "setup")) }
        #expect(try S75Database.open(at: path, readOnly: true).loadAgreement() == Northmoor.agreement)
    }
}
