import TOMLKit

/// A TOML file that names a table's columns, `[columns] key = "Header"`: each key one of `known`, each value a header.
enum ColumnMapFile {
    /// The headers the file names, by key; an unknown table, key or value is an error naming it.
    static func headers(toml text: String, file: String, known: [String]) throws(InterchangeError) -> [String: String] {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch {
            throw InterchangeError(path: file, "not TOML: \(error)")
        }
        var headers: [String: String] = [:]
        for key in table.keys {
            guard key == "columns", let map = table[key]?.table else {
                throw InterchangeError(path: file, "unknown table or key \"\(key)\" (expected [columns])")
            }
            for name in map.keys {
                guard known.contains(name) else {
                    throw InterchangeError(path: "\(file): columns.\(name)", "unknown column (expected one of \(known.joined(separator: ", ")))")
                }
                guard let header = map[name]?.string else { throw InterchangeError(path: "\(file): columns.\(name)", "expected the header's text") }
                headers[name] = header
            }
        }
        return headers
    }
}
