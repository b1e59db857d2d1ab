import S75Domain

/// A value of a document being read, with where it is, so that every complaint names its path.
struct Node {
    let value: JSONValue
    let path: String

    func failure(_ message: String) -> InterchangeError { InterchangeError(path: path, message) }

    /// The object here, whose keys must all be among `keys` (an unknown key is refused, as a typo would be).
    func object(_ keys: [String]) throws(InterchangeError) -> Fields {
        guard case .object(let fields) = value else { throw failure("expected an object, found \(value.kindName)") }
        if let unknown = fields.keys.sorted().first(where: { !keys.contains($0) }) {
            throw Node(value: fields[unknown] ?? .null, path: child(unknown)).failure("unknown key (expected one of \(keys.sorted().joined(separator: ", ")))")
        }
        return Fields(fields: fields, node: self)
    }

    func list() throws(InterchangeError) -> [Node] {
        guard case .array(let items) = value else { throw failure("expected a list, found \(value.kindName)") }
        return items.enumerated().map { Node(value: $0.element, path: "\(path)[\($0.offset)]") }
    }

    func string() throws(InterchangeError) -> String {
        guard case .string(let text) = value else { throw failure("expected text, found \(value.kindName)") }
        return text
    }

    func int() throws(InterchangeError) -> Int64 {
        guard case .int(let number) = value else { throw failure("expected a whole number, found \(value.kindName)") }
        return number
    }

    /// Whole pence within the range s75 holds (±£10^12).
    func money() throws(InterchangeError) -> Money {
        let amount = Money(pence: try int())
        guard amount.isWithinRange else {
            throw failure("\(amount.pence) pence is more than £1,000,000,000,000 (100000000000000 pence), the most s75 holds")
        }
        return amount
    }

    func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

/// An object's fields being read, each by its key.
struct Fields {
    let fields: [String: JSONValue]
    let node: Node

    func node(_ key: String) throws(InterchangeError) -> Node {
        guard let value = fields[key] else { throw node.failure("missing key \"\(key)\"") }
        return Node(value: value, path: node.child(key))
    }

    func optionalNode(_ key: String) -> Node? {
        guard let value = fields[key], value != .null else { return nil }
        return Node(value: value, path: node.child(key))
    }

    func string(_ key: String) throws(InterchangeError) -> String { try node(key).string() }
    func int(_ key: String) throws(InterchangeError) -> Int64 { try node(key).int() }
    func int32(_ key: String) throws(InterchangeError) -> Int { Int(try int(key)) }
    func money(_ key: String) throws(InterchangeError) -> Money { try node(key).money() }
    func optionalMoney(_ key: String) throws(InterchangeError) -> Money? { try optionalNode(key).map { n throws(InterchangeError) in try n.money() } }
    func optionalInt(_ key: String) throws(InterchangeError) -> Int64? { try optionalNode(key).map { n throws(InterchangeError) in try n.int() } }
    func list(_ key: String) throws(InterchangeError) -> [Node] { try node(key).list() }
    func strings(_ key: String) throws(InterchangeError) -> [String] { try list(key).map { n throws(InterchangeError) in try n.string() } }

    func bool(_ key: String) throws(InterchangeError) -> Bool {
        let n = try node(key)
        guard case .bool(let value) = n.value else { throw n.failure("expected true or false, found \(n.value.kindName)") }
        return value
    }

    /// A code from a fixed list: "unknown funding source \"nhs-min\"" otherwise.
    func code<T: RawRepresentable & CaseIterable>(_ key: String, _ what: String, as type: T.Type = T.self) throws(InterchangeError) -> T
    where T.RawValue == String {
        let n = try node(key)
        let text = try n.string()
        guard let value = T(rawValue: text) else {
            throw n.failure("unknown \(what) \"\(text)\" (expected \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return value
    }

    func parsed<T>(_ key: String, _ what: String, _ parse: (String) -> T?) throws(InterchangeError) -> T {
        let n = try node(key)
        let text = try n.string()
        guard let value = parse(text) else { throw n.failure("\"\(text)\" is not \(what)") }
        return value
    }

    func date(_ key: String) throws(InterchangeError) -> DateOnly { try parsed(key, "a date (YYYY-MM-DD)") { DateOnly($0) } }
    /// The date at `key`, or nil when the key is absent.
    func optionalDate(_ key: String) throws(InterchangeError) -> DateOnly? { optionalNode(key) == nil ? nil : try date(key) }
    func period(_ key: String) throws(InterchangeError) -> Period { try parsed(key, "a month (YYYY-MM)") { Period($0) } }

    /// The "kind" of a tagged object, one of `kinds`.
    func kind(_ kinds: [String]) throws(InterchangeError) -> String {
        let n = try node("kind")
        let text = try n.string()
        guard kinds.contains(text) else { throw n.failure("unknown kind \"\(text)\" (expected \(kinds.joined(separator: ", ")))") }
        return text
    }
}

/// Builds a document's objects, leaving out keys whose value is absent.
struct ObjectBuilder {
    private(set) var fields: [String: JSONValue] = [:]

    init(_ pairs: KeyValuePairs<String, JSONValue?> = [:]) {
        for (key, value) in pairs { if let value { fields[key] = value } }
    }

    var value: JSONValue { .object(fields) }
}

extension JSONValue {
    static func text(_ value: String) -> JSONValue { .string(value) }
    static func money(_ value: Money) -> JSONValue { .int(value.pence) }
    static func number(_ value: Int) -> JSONValue { .int(Int64(value)) }
    static func texts(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// An object of `pairs`, leaving out those whose value is nil.
    static func fields(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue { ObjectBuilder(pairs).value }
}
