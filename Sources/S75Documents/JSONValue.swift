import Foundation

/// A JSON value as the interchange format holds it. There is no floating point: money is whole pence and
/// figures are thousandths, so every number is an integer.
public enum JSONValue: Hashable, Sendable, Encodable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The value as text, keys sorted, so that the same value always gives the same bytes: two-space indents and a final
    /// newline, or (not `pretty`) on one line, as the store's columns hold it.
    public func serialized(pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + (pretty ? "\n" : "")
    }

    /// Parses `data` strictly (``StrictJSON``): a key given twice, a fraction, a number beyond 64 bits, text that is not
    /// UTF-8 or holds a raw control character are refused, saying where by line and column.
    public static func parse(_ data: Data) throws(InterchangeError) -> JSONValue {
        do {
            return try StrictJSON.parse([UInt8](data))
        } catch {
            throw InterchangeError(path: "line \(error.line), column \(error.column)", "not JSON the format can hold: \(error.message)")
        }
    }

    /// What kind of value it is, in words for messages.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "true or false"
        case .int: "a number"
        case .string: "text"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// Where a value is in a document: `schemes[3].lines[1].source`.
enum DocumentPath {
    static func text(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce("") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path.isEmpty ? key.stringValue : path + "." + key.stringValue
        }
    }
}

/// Why a document cannot be read: where in it, and what is wrong, e.g.
/// `schemes[3].lines[1].source: unknown funding source "nhs-min"`.
public struct InterchangeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
