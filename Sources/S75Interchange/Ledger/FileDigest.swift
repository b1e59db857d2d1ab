import Foundation

/// A file's fingerprint, to tell an export imported before: FNV-1a (64-bit) over its bytes, read a chunk at a time,
/// or taken as the bytes go by (``Running``) when the export can be read only once (a pipe).
public enum FileDigest {
    public static func of(path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
        defer { try? handle.close() }
        var digest = Running()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { digest.add(chunk) }
        return digest.text
    }

    /// The fingerprint of the bytes added so far.
    public struct Running: Sendable {
        private var hash: UInt64 = 0xCBF2_9CE4_8422_2325

        public init() {}

        public mutating func add(_ chunk: Data) {
            chunk.withUnsafeBytes { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
        }

        public var text: String { String(hash, radix: 16) }
    }
}
