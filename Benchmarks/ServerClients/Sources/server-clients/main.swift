import CLibPQ
import Foundation
import Logging
import PostgresNIO

// usage: server-clients SOCKET-FOLDER COUNT
// Times, for each client, connecting over the Unix socket (peer authentication), a save shaped as s75's (a transaction
// taking the agreement's advisory lock, reading the record's version, writing it, committing: one round trip a
// statement) and a page of 40 rows read by key after the last row shown, each COUNT times; prints p50 and p95 in ms.

let arguments = CommandLine.arguments
guard arguments.count == 3, let count = Int(arguments[2]), count > 0 else {
    FileHandle.standardError.write(Data("usage: server-clients SOCKET-FOLDER COUNT\n".utf8))
    exit(2)
}
let folder = arguments[1]
let account = String(cString: getpwuid(geteuid()).pointee.pw_name)

let setup = [
    "CREATE TEMP TABLE bench_rows (k int PRIMARY KEY, v text NOT NULL)",
    "INSERT INTO bench_rows SELECT g, md5(g::text) FROM generate_series(1, 100000) g",
    "ANALYZE bench_rows",
    "CREATE TEMP TABLE bench_record (id int PRIMARY KEY, version int NOT NULL)",
    "INSERT INTO bench_record VALUES (1, 0)",
]

func milliseconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func milliseconds(_ work: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func report(_ client: String, _ work: String, _ times: [Double]) {
    let sorted = times.sorted()
    func at(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
    print("\(client.padding(toLength: 12, withPad: " ", startingAt: 0)) \(work.padding(toLength: 8, withPad: " ", startingAt: 0)) "
          + String(format: "p50 %6.3f ms  p95 %6.3f ms  (%d)", at(0.5), at(0.95), sorted.count))
}

struct Failed: Error, CustomStringConvertible { let description: String }

// libpq, synchronous, as s75's ServerConnection uses it
func libpqExec(_ connection: OpaquePointer, _ sql: String, _ parameters: [String] = []) throws -> [[String]] {
    var cStrings = parameters.map { strdup($0) }
    defer { cStrings.forEach { free($0) } }
    let result = cStrings.withUnsafeMutableBufferPointer { buffer in
        buffer.withMemoryRebound(to: UnsafePointer<CChar>?.self) { pointers in
            PQexecParams(connection, sql, Int32(parameters.count), nil, pointers.baseAddress, nil, nil, 0)
        }
    }
    defer { PQclear(result) }
    let status = PQresultStatus(result)
    guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
        throw Failed(description: String(cString: PQresultErrorMessage(result)))
    }
    return (0..<PQntuples(result)).map { row in (0..<PQnfields(result)).map { String(cString: PQgetvalue(result, row, $0)) } }
}

func runLibpq() throws {
    var connectTimes: [Double] = []
    var connection: OpaquePointer?
    for _ in 0..<min(count, 200) {
        if let connection { PQfinish(connection) }
        connectTimes.append(milliseconds { connection = PQconnectdb("host=\(folder) dbname=s75") })
        guard PQstatus(connection) == CONNECTION_OK else { throw Failed(description: String(cString: PQerrorMessage(connection))) }
    }
    guard let connection else { return }
    defer { PQfinish(connection) }
    for statement in setup { _ = try libpqExec(connection, statement) }
    var saves: [Double] = [], pages: [Double] = []
    var last = 0
    for _ in 0..<count {
        saves.append(try milliseconds {
            _ = try libpqExec(connection, "BEGIN")
            _ = try libpqExec(connection, "SELECT pg_advisory_xact_lock(7575)")
            let version = try libpqExec(connection, "SELECT version FROM bench_record WHERE id = $1", ["1"])
            _ = try libpqExec(connection, "UPDATE bench_record SET version = $2 WHERE id = $1", ["1", String(Int(version[0][0])! + 1)])
            _ = try libpqExec(connection, "COMMIT")
        })
        pages.append(try milliseconds {
            let rows = try libpqExec(connection, "SELECT k, v FROM bench_rows WHERE k > $1 ORDER BY k LIMIT 40", [String(last)])
            last = rows.count == 40 ? Int(rows[39][0])! : 0
        })
    }
    report("libpq", "connect", connectTimes)
    report("libpq", "save", saves)
    report("libpq", "page", pages)
}

func runPostgresNIO() async throws {
    let logger = Logger(label: "server-clients")
    let configuration = PostgresConnection.Configuration(unixSocketPath: folder + "/.s.PGSQL.5432", username: account, password: nil, database: "s75")
    var connectTimes: [Double] = []
    var connection: PostgresConnection?
    for id in 0..<min(count, 200) {
        try await connection?.close()
        connectTimes.append(try await milliseconds {
            connection = try await PostgresConnection.connect(configuration: configuration, id: id, logger: logger)
        })
    }
    guard let connection else { return }
    for statement in setup { try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger) }
    var saves: [Double] = [], pages: [Double] = []
    var last = 0
    for _ in 0..<count {
        saves.append(try await milliseconds {
            try await connection.query("BEGIN", logger: logger)
            try await connection.query("SELECT pg_advisory_xact_lock(7575)", logger: logger)
            var version = 0
            for try await v in try await connection.query("SELECT version FROM bench_record WHERE id = \(1)", logger: logger).decode(Int.self) {
                version = v
            }
            try await connection.query("UPDATE bench_record SET version = \(version + 1) WHERE id = \(1)", logger: logger)
            try await connection.query("COMMIT", logger: logger)
        })
        pages.append(try await milliseconds {
            var keys: [Int] = []
            for try await (k, _) in try await connection.query("SELECT k, v FROM bench_rows WHERE k > \(last) ORDER BY k LIMIT 40",
                                                               logger: logger).decode((Int, String).self) {
                keys.append(k)
            }
            last = keys.count == 40 ? keys[39] : 0
        })
    }
    try await connection.close()
    report("PostgresNIO", "connect", connectTimes)
    report("PostgresNIO", "save", saves)
    report("PostgresNIO", "page", pages)
}

try runLibpq()
try await runPostgresNIO()
