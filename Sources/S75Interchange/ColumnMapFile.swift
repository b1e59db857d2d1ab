import S75Documents
import TOMLKit

/// A TOML file that names a table's columns, `[columns] key = "Header"`: each key one of `known`, each value a header;
/// and, where a table allows it, how a column is written, `[formats] key = "FORM"`.
enum ColumnMapFile {
    /// The headers the file names, by key; an unknown table, key or value is an error naming it.
    static func headers(toml text: String, file: String, known: [String]) throws(InterchangeError) -> [String: String] {
        try read(toml: text, file: file, known: known, formats: [:]).headers
    }

    /// The headers and the formats the file names; `formats` gives each format key the values it may take.
    static func read(toml text: String, file: String, known: [String],
                     formats allowed: [String: [String]]) throws(InterchangeError) -> (headers: [String: String], formats: [String: String]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch {
            throw InterchangeError(path: file, "not TOML: \(error)")
        }
        var headers: [String: String] = [:]
        var formats: [String: String] = [:]
        for key in table.keys {
            if key == "formats", !allowed.isEmpty, let map = table[key]?.table {
                for name in map.keys {
                    guard let values = allowed[name] else {
                        throw InterchangeError(path: "\(file): formats.\(name)", "unknown format (expected one of \(allowed.keys.sorted().joined(separator: ", ")))")
                    }
                    guard let value = map[name]?.string, values.contains(value) else {
                        throw InterchangeError(path: "\(file): formats.\(name)", "expected one of \(values.map { "\"\($0)\"" }.joined(separator: ", "))")
                    }
                    formats[name] = value
                }
                continue
            }
            guard key == "columns", let map = table[key]?.table else {
                throw InterchangeError(path: file, "unknown table or key \"\(key)\" (expected [columns]\(allowed.isEmpty ? "" : " or [formats]"))")
            }
            for name in map.keys {
                guard known.contains(name) else {
                    throw InterchangeError(path: "\(file): columns.\(name)", "unknown column (expected one of \(known.joined(separator: ", ")))")
                }
                guard let header = map[name]?.string else { throw InterchangeError(path: "\(file): columns.\(name)", "expected the header's text") }
                headers[name] = header
            }
        }
        return (headers, formats)
    }

    /// The texts a TOML file of tables names, `[section] key = "text"`: each section and key one of `known`'s.
    static func sections(toml text: String, file: String, known: [String: [String]]) throws(InterchangeError) -> [String: [String: String]] {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch {
            throw InterchangeError(path: file, "not TOML: \(error)")
        }
        var read: [String: [String: String]] = [:]
        for section in table.keys {
            guard let keys = known[section], let map = table[section]?.table else {
                throw InterchangeError(path: file, "unknown table or key \"\(section)\" (expected \(known.keys.sorted().map { "[\($0)]" }.joined(separator: " or ")))")
            }
            for key in map.keys {
                guard keys.contains(key) else {
                    throw InterchangeError(path: "\(file): \(section).\(key)", "unknown key (expected one of \(keys.joined(separator: ", ")))")
                }
                guard let value = map[key]?.string else { throw InterchangeError(path: "\(file): \(section).\(key)", "expected text") }
                read[section, default: [:]][key] = value
            }
        }
        return read
    }
}
