import Foundation
import S75Domain
import S75Interchange

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

extension MetricPeriod {
    /// "Q1" … "Q4" or "Year", as stored.
    var storedName: String { label }

    init?(storedName: String) { self.init(label: storedName) }
}
