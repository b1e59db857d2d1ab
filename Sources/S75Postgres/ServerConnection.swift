import CLibPQ
import Foundation

/// One connection to a PostgreSQL server through libpq, used from one thread at a time (a lock makes sure): statements
/// with text parameters, transactions, `COPY … FROM STDIN` and the notifications `LISTEN` brings.
final class ServerConnection: @unchecked Sendable {
    private let connection: OpaquePointer
    private let lock = NSLock()

    /// Connects as libpq does (`postgresql://…` or `key=value` words; `PGHOST` and the rest honoured as psql honours them).
    init(_ conninfo: String) throws(ServerError) {
        if let missing = s75_libpq_unavailable() { throw ServerError(message: String(cString: missing), state: nil, clientMissing: true) }
        guard let made = PQconnectdb(conninfo) else { throw ServerError(message: "out of memory", state: nil) }
        guard PQstatus(made) == CONNECTION_OK else {
            let message = Self.text(PQerrorMessage(made))
            PQfinish(made)  // here, as the connection is not yet kept: deinit runs only once it is
            throw ServerError(message: message, state: "08001")
        }
        connection = made
        PQsetClientEncoding(made, "UTF8")
        // the server's notices (and a closing connection's last words) are not written to the terminal the screen is on
        PQsetNoticeProcessor(made, { _, _ in }, nil)
    }

    deinit { PQfinish(connection) }

    /// The role the server knows this connection as.
    var role: String { Self.text(PQuser(connection)) }

    /// Whether the link to the server still stands.
    var isOpen: Bool { PQstatus(connection) == CONNECTION_OK }

    /// Makes the link to the server again after it broke; false while the server cannot be reached.
    func reconnect() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        PQreset(connection)
        guard PQstatus(connection) == CONNECTION_OK else { return false }
        PQsetClientEncoding(connection, "UTF8")
        return true
    }

    /// Runs `sql` with `parameters` as `$1, $2…` (text, nil for NULL); the rows, each column as text or nil.
    @discardableResult
    func query(_ sql: String, _ parameters: [String?] = []) throws(ServerError) -> [[String?]] {
        lock.lock()
        defer { lock.unlock() }
        return try run(sql, parameters)
    }

    /// Runs several statements, `;`-separated and without parameters, as one transaction.
    func script(_ sql: String) throws(ServerError) {
        lock.lock()
        defer { lock.unlock() }
        guard let result = PQexec(connection, sql) else { throw lastError() }
        defer { PQclear(result) }
        guard [PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY].contains(PQresultStatus(result)) else { throw Self.error(of: result) }
    }

    /// The first column of the first row, or nil.
    func value(_ sql: String, _ parameters: [String?] = []) throws(ServerError) -> String? {
        try query(sql, parameters).scalar
    }

    /// Runs `body` inside one transaction: committed when it returns, rolled back when it throws. A link that breaks
    /// before the commit is sent leaves nothing done; one that breaks during the commit leaves it unknown whether it
    /// was made (`atCommit`).
    func transaction<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        try run("BEGIN", [])
        let result: T
        do {
            result = try body()
        } catch {
            if PQstatus(connection) == CONNECTION_OK { _ = try? run("ROLLBACK", []) }
            throw error
        }
        do {
            try run("COMMIT", [])
        } catch {
            var uncertain = error
            uncertain.atCommit = true
            throw uncertain
        }
        return result
    }

    /// Inside `transaction`: runs a statement without taking the lock again.
    @discardableResult
    func inTransaction(_ sql: String, _ parameters: [String?] = []) throws(ServerError) -> [[String?]] {
        try run(sql, parameters)
    }

    /// Inside `transaction`: streams the lines `next` gives (COPY's text format, each ending in a newline) into
    /// `COPY … FROM STDIN`; the rows copied. When `next` throws, the copy is abandoned and the error passed on.
    func copy(_ statement: String, lines next: () throws -> String?) throws -> Int {
        guard let started = PQexec(connection, statement) else { throw lastError() }
        let status = PQresultStatus(started)
        PQclear(started)
        guard status == PGRES_COPY_IN else { throw lastError() }
        var buffer = ""
        buffer.reserveCapacity(1 << 16)
        do {
            while let line = try next() {
                buffer += line
                if buffer.utf8.count >= 1 << 16 { try put(buffer); buffer.removeAll(keepingCapacity: true) }
            }
            if !buffer.isEmpty { try put(buffer) }
        } catch {
            PQputCopyEnd(connection, "abandoned")
            while let result = PQgetResult(connection) { PQclear(result) }
            throw error
        }
        guard PQputCopyEnd(connection, nil) == 1 else { throw lastError() }
        var copied = 0
        while let result = PQgetResult(connection) {
            defer { PQclear(result) }
            guard PQresultStatus(result) == PGRES_COMMAND_OK else { throw Self.error(of: result) }
            copied = Int(Self.text(PQcmdTuples(result))) ?? 0
        }
        return copied
    }

    /// `fields` as one line of COPY's text format: tab-separated, `\N` for NULL, the format's specials escaped.
    static func copyLine(_ fields: [String?]) -> String {
        fields.map { field in
            guard let field else { return "\\N" }
            guard field.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return field }
            return field.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        }.joined(separator: "\t") + "\n"
    }

    /// The notifications that have arrived, without waiting and without a round trip to the server.
    func notifications() throws(ServerError) -> [(channel: String, payload: String)] {
        lock.lock()
        defer { lock.unlock() }
        guard PQconsumeInput(connection) == 1 else { throw lastError() }
        var arrived: [(String, String)] = []
        while let notice = PQnotifies(connection) {
            arrived.append((String(cString: notice.pointee.relname), String(cString: notice.pointee.extra)))
            PQfreemem(notice)
        }
        return arrived
    }

    private func put(_ text: String) throws(ServerError) {
        let sent = text.withCString { PQputCopyData(connection, $0, Int32(strlen($0))) }
        guard sent == 1 else { throw lastError() }
    }

    @discardableResult
    private func run(_ sql: String, _ parameters: [String?]) throws(ServerError) -> [[String?]] {
        let copies = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer<CChar>($0) }
        let result = pointers.withUnsafeBufferPointer { values in
            PQexecParams(connection, sql, Int32(parameters.count), nil, values.baseAddress, nil, nil, 0)
        }
        guard let result else { throw lastError() }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY: return []
        case PGRES_TUPLES_OK: break
        default:
            var error = Self.error(of: result)
            if PQstatus(connection) != CONNECTION_OK, error.state == nil { error.state = "08006" }  // the link broke
            throw error
        }
        let rows = PQntuples(result), columns = PQnfields(result)
        var table: [[String?]] = []
        table.reserveCapacity(Int(rows))
        for row in 0..<rows {
            table.append((0..<columns).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            })
        }
        return table
    }

    private func lastError() -> ServerError {
        ServerError(message: Self.text(PQerrorMessage(connection)), state: PQstatus(connection) == CONNECTION_OK ? nil : "08006")
    }

    private static func error(of result: OpaquePointer) -> ServerError {
        let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
        let primary = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
        return ServerError(message: primary ?? text(PQresultErrorMessage(result)), state: state)
    }

    private static func text(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
    }
}

/// What the server (or libpq) said went wrong: its message and SQLSTATE code.
struct ServerError: Error, Equatable {
    var message: String
    /// The five-character SQLSTATE ("42501" insufficient privilege, "08…" the connection); nil when libpq gave none.
    var state: String?
    /// The link broke while a commit was on its way: whether it was made is not known.
    var atCommit = false
    /// libpq itself could not be loaded: `message` is the loader's reason.
    var clientMissing = false

    /// The link to the server failed (it stopped, or the connection broke).
    var isConnectionLost: Bool { state?.hasPrefix("08") == true || state == "57P01" || state == "57P02" || state == "57P03" }
}

extension [[String?]] {
    /// The first column of the first row, when there is one and it is not NULL.
    var scalar: String? { first?.first ?? nil }
}
