import Foundation
import S75Documents

/// A `--columns MAP.toml` argument: the file read and parsed, or the command ended with what is wrong.
enum ColumnMapArgument {
    static func read<Map>(_ path: String, _ parse: (String, String) throws(InterchangeError) -> Map) throws -> Map {
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure.stop("cannot read \(path): no such file, or it cannot be read.") }
        do throws(InterchangeError) {
            return try parse(String(decoding: data, as: UTF8.self), path)
        } catch {
            throw Failure.stop(error.description)
        }
    }
}
