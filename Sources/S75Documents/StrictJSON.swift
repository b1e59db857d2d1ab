/// Reads JSON text strictly, as the agreement document needs and Foundation's readers do not: a key given twice is
/// refused (Foundation keeps one of them silently), a number must be a whole number within 64 bits (money is pence,
/// figures thousandths), text must be UTF-8 with no raw control characters, and every refusal says where, by line and
/// column, and what is wrong in words (docs/decisions.md, 41).
struct StrictJSON {
    /// Why the text cannot be read, with where.
    struct Failure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// How deep lists and objects may nest.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0

    /// The value `bytes` hold, the whole of them.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        var reader = StrictJSON(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.index == bytes.count else { throw reader.failure("more follows the document's end") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func failure(_ message: String) -> Failure {
        let before = bytes[..<min(index, bytes.count)]
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = index - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
        return Failure(line: line, column: column, message: message)
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func expect(_ word: String, _ value: JSONValue) throws(Failure) -> JSONValue {
        guard bytes[index...].starts(with: Array(word.utf8)) else { throw failure("not JSON here (expected \(word))") }
        index += word.utf8.count
        return value
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard index < bytes.count else { throw failure("the document ends where a value should be") }
        guard depth < Self.maximumDepth else { throw failure("lists and objects nested more than \(Self.maximumDepth) deep") }
        switch bytes[index] {
        case 0x7B: return try object(depth: depth)
        case 0x5B: return try array(depth: depth)
        case 0x22: return .string(try string())
        case 0x74: return try expect("true", .bool(true))
        case 0x66: return try expect("false", .bool(false))
        case 0x6E: return try expect("null", .null)
        case 0x2D, 0x30...0x39: return .int(try number())
        default: throw failure("not JSON here (a value starts with {, [, \", a digit, true, false or null)")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if index < bytes.count, bytes[index] == 0x7D { index += 1; return .object(fields) }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x22 else { throw failure("an object's key must be text in quotes") }
            let keyStart = index
            let key = try string()
            guard fields[key] == nil else {
                index = keyStart
                throw failure("the key \"\(key)\" appears twice in one object: which is meant cannot be told")
            }
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x3A else { throw failure("a key must be followed by :") }
            index += 1
            skipSpace()
            fields[key] = try value(depth: depth + 1)
            skipSpace()
            guard index < bytes.count else { throw failure("the document ends inside an object") }
            if bytes[index] == 0x2C { index += 1; continue }
            guard bytes[index] == 0x7D else { throw failure("expected , or } after a value in an object") }
            index += 1
            return .object(fields)
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == 0x5D { index += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard index < bytes.count else { throw failure("the document ends inside a list") }
            if bytes[index] == 0x2C { index += 1; continue }
            guard bytes[index] == 0x5D else { throw failure("expected , or ] after a value in a list") }
            index += 1
            return .array(items)
        }
    }

    private mutating func number() throws(Failure) -> Int64 {
        let start = index
        if bytes[index] == 0x2D { index += 1 }
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        if index < bytes.count, [0x2E, 0x65, 0x45].contains(bytes[index]) {
            throw failure("a number with a fraction or an exponent: money is whole pence and figures are whole thousandths")
        }
        let digits = String(decoding: bytes[start..<index], as: UTF8.self)
        guard digits != "-", !digits.hasPrefix("0") || digits == "0", !digits.hasPrefix("-0") || digits == "-0" else {
            index = start
            throw failure("not a number JSON can hold (\(digits.prefix(20)))")
        }
        guard let number = Int64(digits) else {
            index = start
            throw failure("the whole number \(digits.prefix(24))\(digits.count > 24 ? "…" : "") is beyond the 64 bits s75 reads")
        }
        return number
    }

    private mutating func string() throws(Failure) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var run = index
        func validated(_ end: Int) throws(Failure) -> String {
            guard let text = String(validating: bytes[run..<end], as: UTF8.self) else {
                index = run
                throw failure("text that is not UTF-8 (save the document as UTF-8)")
            }
            return text
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                let last = try validated(index)
                index += 1
                guard !scalars.isEmpty else { return last }  // no escape: the text as it lies, not rebuilt scalar by scalar
                scalars.append(contentsOf: last.unicodeScalars)
                return String(scalars)
            }
            if byte < 0x20 {
                throw failure("a control character (U+\(String(byte, radix: 16, uppercase: true).leftPadded(4))) inside text: "
                              + "write it as \\u\(String(byte, radix: 16).leftPadded(4)), or leave it out")
            }
            if byte == 0x5C {
                scalars.append(contentsOf: try validated(index).unicodeScalars)
                index += 1
                guard index < bytes.count else { break }
                scalars.append(try escape())
                run = index
                continue
            }
            index += 1
        }
        throw failure("text that never ends: a closing quote is missing")
    }

    private mutating func escape() throws(Failure) -> Unicode.Scalar {
        let byte = bytes[index]
        index += 1
        switch byte {
        case 0x22: return "\""
        case 0x5C: return "\\"
        case 0x2F: return "/"
        case 0x62: return "\u{08}"
        case 0x66: return "\u{0C}"
        case 0x6E: return "\n"
        case 0x72: return "\r"
        case 0x74: return "\t"
        case 0x75:
            let high = try hex4()
            if (0xD800..<0xDC00).contains(high) {
                guard bytes[index...].starts(with: [0x5C, 0x75]) else { throw failure("half of a surrogate pair in \\u escapes") }
                index += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low), let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                else { throw failure("a surrogate pair in \\u escapes that is not one") }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw failure("a \\u escape that is not a character") }
            return scalar
        default:
            index -= 1
            throw failure("an escape JSON does not have (\\\(Character(Unicode.Scalar(byte))))")
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
            throw failure("a \\u escape needs four hexadecimal digits")
        }
        index += 4
        return value
    }
}

extension String {
    /// The text with zeros before it to `width`: "1b" → "001b".
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
