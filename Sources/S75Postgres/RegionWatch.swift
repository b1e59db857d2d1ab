import S75Domain
import S75Store

/// The agreements an account may see on a region's server, read over one connection and kept current by the server's
/// notifications: the portfolio's source. Asking what changed costs no round trip; after the link breaks and is made
/// again, every agreement counts as changed, as what was announced meanwhile is lost.
public final class RegionWatch {
    /// The server's address as given.
    public let path: String
    private let server: ServerConnection

    /// Connects to the server at `address` and listens for every agreement's changes.
    public init(_ address: ServerAddress) throws(StoreError) {
        path = address.description
        server = try PostgresStore.connect(address, path: path)
        _ = try ServerRegion.wrapped(path) { () throws in try server.query("LISTEN s75_changes") }
    }

    /// The role the server knows this session as.
    public var role: String { server.role }

    /// The agreements this account may see, by identifier.
    public func listings() throws(StoreError) -> [ServerRegion.Listing] {
        try reconnecting { () throws in try ServerRegion.listings(on: server) }.value
    }

    /// Agreement `id` as the server holds it now.
    public func agreement(_ id: String) throws(StoreError) -> Agreement {
        try reconnecting { () throws in try PostgresStore.read(id, on: server, path: path).agreement }.value
    }

    /// The agreements changed since the last time this was asked, by identifier; nil when the link was made again and
    /// any of them may have changed.
    public func changed() throws(StoreError) -> Set<String>? {
        let answer = try reconnecting { () throws in
            Set(try server.notifications().compactMap { _, payload in payload.split(separator: ":").first.map(String.init) })
        }
        return answer.reconnected ? nil : answer.value
    }

    /// `work`'s result, tried once more after the link is made again, and whether it was.
    private func reconnecting<T>(_ work: () throws -> T) throws(StoreError) -> (value: T, reconnected: Bool) {
        try ServerRegion.wrapped(path) { () throws in
            do {
                return (try work(), false)
            } catch let error as ServerError where error.isConnectionLost && server.reconnect() {
                try server.query("LISTEN s75_changes")
                return (try work(), true)
            }
        }
    }
}
