import Foundation

/// A JSON value as the interchange format holds it. There is no floating point: money is whole pence and
/// figures are thousandths, so every number is an integer.
public enum JSONValue: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode(Int64.self) { self = .int(value); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let value = try? container.decode([JSONValue].self) { self = .array(value); return }
        if let value = try? container.decode([String: JSONValue].self) { self = .object(value); return }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "a number with a fraction (money is whole pence)")
    }

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

    /// Parses `text`; a syntax error says where.
    public static func parse(_ data: Data) throws(InterchangeError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            let path = DocumentPath.text(context.codingPath)
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String ?? context.debugDescription
            throw InterchangeError(path: path, "not JSON the format can hold: \(detail)")
        } catch {
            throw InterchangeError(path: "", "not JSON: \(error.localizedDescription)")
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
