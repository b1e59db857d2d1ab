import Foundation

/// Where a region's agreements are: a PostgreSQL connection URI as libpq reads it (`postgresql:///s75?host=/run/s75`),
/// with s75's own `agreement=ID` naming one of them. Given wherever a file is; the rest (`PGHOST`, `PGDATABASE` …) is
/// libpq's, as psql honours it. There is never a password: the server knows the account by peer authentication.
public struct ServerAddress: Hashable, Sendable, CustomStringConvertible {
    /// What libpq is given: the URI without `agreement`.
    public let connection: String
    /// The agreement named, if one is.
    public let agreement: String?

    /// Whether `text` names a server rather than a file.
    public static func isServer(_ text: String) -> Bool {
        text.hasPrefix("postgresql:") || text.hasPrefix("postgres:")
    }

    /// The address `text` gives; nil when it is not a server's URI.
    public init?(_ text: String) {
        guard Self.isServer(text), var parts = URLComponents(string: text) else { return nil }
        let items = parts.queryItems ?? []
        agreement = items.last { $0.name == "agreement" }?.value.flatMap { $0.isEmpty ? nil : $0 }
        let kept = items.filter { $0.name != "agreement" }
        parts.queryItems = kept.isEmpty ? nil : kept
        connection = parts.string ?? text
    }

    /// The same server with agreement `id`.
    public func naming(_ id: String) -> ServerAddress {
        ServerAddress(connection: connection, agreement: id)
    }

    private init(connection: String, agreement: String?) {
        self.connection = connection
        self.agreement = agreement
    }

    /// The address as a user writes it.
    public var description: String {
        guard let agreement else { return connection }
        let separator = connection.contains("?") ? "&" : "?"
        return connection + separator + "agreement=" + (agreement.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? agreement)
    }
}
