import Foundation
import S75Documents

/// The records of a CSV file read a chunk at a time, so that memory does not grow with the file: quoted fields (with
/// doubled quotes and line breaks inside), CRLF or LF line ends, a UTF-8 byte-order mark. Each field is UTF-8, or
/// Windows-1252 where its bytes are not UTF-8 (the files finance systems write). Measured against CSV.swift and SwiftCSV
/// in docs/decisions.md.
public final class CSVRecords {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    /// How many bytes have been read so far, for progress.
    public private(set) var bytesRead = 0
    /// The fingerprint of the bytes read so far: the file's, once it has been read to its end.
    public private(set) var digest = FileDigest.Running()
    /// The line on which the record last returned began, counted from 1.
    public private(set) var line = 0
    private var nextLine = 1
    private var first = true

    /// The most bytes one field may hold, and the most lines one quoted field may run over: beyond either, the file is
    /// not an export that can be read exactly (a quote left open swallows the rows after it), and is refused whole.
    public static let maximumFieldBytes = 65_536
    public static let maximumQuotedLines = 100

    public init(path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw InterchangeError(path: path, "is a folder, not a CSV file: give the path of the export itself")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The next record's fields, or nil at the end of the file.
    public func next() throws -> [String]? {
        if let (fields, end) = buffer.withUnsafeBufferPointer({ plainRecord(in: $0, from: position) }) {
            line = nextLine
            nextLine += 1
            position = end
            return fields
        }
        return try anyRecord()
    }

    /// The usual record, read straight from the buffer: it ends in the buffer, and its fields are plain or simply quoted
    /// (no doubled quote, line break or carriage return inside). Nil for any other, which ``anyRecord()`` reads.
    private func plainRecord(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> ([String], Int)? {
        var fields: [String] = []
        fields.reserveCapacity(16)
        var index = start
        while index < bytes.count {
            var fieldStart = index, fieldEnd = index
            if bytes[index] == 0x22 {
                fieldStart = index + 1
                guard let close = bytes[fieldStart...].firstIndex(where: { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }), bytes[close] == 0x22
                else { return nil }
                fieldEnd = close
                index = close + 1
            } else {
                while index < bytes.count, bytes[index] != 0x2C, bytes[index] != 0x0A, bytes[index] != 0x0D, bytes[index] != 0x22 { index += 1 }
                fieldEnd = index
            }
            guard index < bytes.count else { return nil }
            fields.append(Self.text(UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd])))
            switch bytes[index] {
            case 0x2C: index += 1
            case 0x0A: return (fields, index + 1)
            case 0x0D where index + 1 < bytes.count && bytes[index + 1] == 0x0A: return (fields, index + 2)
            default: return nil
            }
        }
        return nil
    }

    /// Any record, byte by byte, across chunks.
    private func anyRecord() throws -> [String]? {
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var wasQuoted = false
        var sawAnything = false
        var quoteLine = 0
        line = nextLine
        while true {
            if position == buffer.count {
                guard try refill() else {
                    guard sawAnything else { return nil }
                    if quoted {
                        throw InterchangeError(path: "line \(quoteLine)", "the quote opened here is never closed: the file ends inside it, "
                                               + "so its rows cannot be read exactly")
                    }
                    fields.append(field.withUnsafeBufferPointer(Self.text))
                    return fields
                }
            }
            let byte = buffer[position]
            position += 1
            sawAnything = true
            if field.count >= Self.maximumFieldBytes {
                throw InterchangeError(path: "line \(line)", "a field longer than \(Self.maximumFieldBytes) bytes: this is not a ledger "
                                       + "export s75 can read (a binary file, or a line that never ends)")
            }
            if quoted {
                if byte == 0x22 {
                    if position == buffer.count, !(try refill()) { quoted = false; continue }
                    if buffer[position] == 0x22 { field.append(0x22); position += 1 } else { quoted = false }
                } else {
                    if byte == 0x0A {
                        nextLine += 1
                        if nextLine - quoteLine > Self.maximumQuotedLines {
                            throw InterchangeError(path: "line \(quoteLine)", "the quote opened here is not closed within "
                                                   + "\(Self.maximumQuotedLines) lines: a quote is missing, and the rows after it "
                                                   + "cannot be read exactly")
                        }
                    }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22 where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
                quoteLine = nextLine
            case 0x2C:
                fields.append(field.withUnsafeBufferPointer(Self.text))
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
            case 0x0A:
                nextLine += 1
                fields.append(field.withUnsafeBufferPointer(Self.text))
                return fields
            case 0x0D:
                continue
            default:
                field.append(byte)
            }
        }
    }

    /// Reads the next chunk; false at the end of the file.
    private func refill() throws -> Bool {
        guard !atEnd, let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty else {
            atEnd = true
            return false
        }
        buffer = [UInt8](chunk)
        position = 0
        bytesRead += chunk.count
        digest.add(chunk)
        if first {
            first = false
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }
        return true
    }

    /// A field's text: UTF-8, else Windows-1252.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) || String(validating: bytes, as: UTF8.self) != nil { return String(decoding: bytes, as: UTF8.self) }
        return String(data: Data(bytes), encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    }
}
