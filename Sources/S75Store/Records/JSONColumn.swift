import Foundation
import S75Documents
import S75Domain

/// Values kept as JSON text in one column, in the shapes of the agreement document (`ColumnCodec`).
enum JSONColumn {
    static func encode<Value>(_ value: Value, _ codec: ColumnCodec<Value>) throws -> String { try codec.text(value) }

    static func decode<Value>(_ codec: ColumnCodec<Value>, from text: String, path: String, column: String) throws -> Value {
        do {
            return try codec.value(text)
        } catch {
            throw StoreError(.invalidData("column \(column): \(error)"), path: path)
        }
    }
}

/// One column's values as a read decodes them: a text met before is decoded once. A line's commissioner, profile and
/// lists are the same few texts thousands of times over.
final class DecodedColumn<Value> {
    private let codec: ColumnCodec<Value>
    private let column: String
    private let path: String
    private var values: [String: Value] = [:]

    init(_ codec: ColumnCodec<Value>, column: String, path: String) {
        (self.codec, self.column, self.path) = (codec, column, path)
    }

    /// `text`'s value, decoded (and its failure reported) as ``JSONColumn/decode(_:from:path:column:)`` does.
    func value(_ text: String) throws -> Value {
        if let value = values[text] { return value }
        let value = try JSONColumn.decode(codec, from: text, path: path, column: column)
        values[text] = value
        return value
    }
}

extension MetricPeriod {
    /// "Q1" … "Q4" or "Year", as stored.
    var storedName: String { label }

    init?(storedName: String) { self.init(label: storedName) }
}
