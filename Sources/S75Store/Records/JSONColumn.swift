import Foundation
import S75Domain

/// Values kept as JSON text in one column (lists, nested settings).
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String, path: String, column: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError(.invalidData("column \(column)"), path: path)
        }
    }
}

extension MetricPeriod {
    /// "Q1" … "Q4" or "Year", as stored.
    var storedName: String { label }

    init?(storedName: String) { self.init(label: storedName) }
}
