/// A value written as text ("2025-12", "2025-04-01") wherever it is encoded.
public protocol TextCodable: Codable, CustomStringConvertible {
    /// Parses the text form; nil if it is not valid.
    init?(_ text: String)
    /// What the text form looks like, for error messages ("YYYY-MM").
    static var textFormat: String { get }
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a \(Self.textFormat) value"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
