import S75App
import S75Domain
import S75NCurses
import S75Postgres
import S75Runtime
import S75Store

/// The region's screen (`s75 open URL` without an agreement): the portfolio of every agreement this account may see on
/// the server, kept current by what the server announces; Enter opens one on the same terminal and q comes back.
struct RegionSession {
    let address: ServerAddress
    let options: ScreenOptions
    var readOnly = false

    func run() throws {
        let watch = try Failure.reporting { () throws(StoreError) in try RegionWatch(address) }
        let today = DemoFile.today()
        var agreements = try Failure.reporting { () throws(StoreError) in try Self.read(watch, keeping: [], changed: nil) }
        let (backend, theme) = try Session.openTerminal(options)
        defer { backend.close() }
        let browser = PortfolioBrowser(portfolio: Portfolio(agreements.map { $0.1 }, today: today), server: address.description, user: watch.role)
        let loop = PortfolioLoop(browser: browser, backend: backend, refresh: {
            let changed = try watch.changed()
            if let changed, changed.isEmpty { return nil }
            agreements = try Self.read(watch, keeping: agreements, changed: changed)
            return Portfolio(agreements.map { $0.1 }, today: today)
        }, open: { id in
            do throws(StoreError) {
                let store = try PostgresStore(address.naming(id), readOnly: readOnly)
                Session(store: store, options: options).run(try store.loadSnapshot(), on: backend, theme: theme, returningTo: "portfolio")
                return nil
            } catch {
                return .error(error.description)
            }
        })
        loop.run()
    }

    /// The agreements `watch` lists, in its order: those in `changed` (every one, when nil) and those not yet in
    /// `keeping` read again, the rest kept.
    static func read(_ watch: RegionWatch, keeping: [(String, Agreement)], changed: Set<String>?) throws(StoreError) -> [(String, Agreement)] {
        let kept = Dictionary(keeping, uniquingKeysWith: { a, _ in a })
        var agreements: [(String, Agreement)] = []
        for listing in try watch.listings() {
            if let agreement = kept[listing.id], let changed, !changed.contains(listing.id) {
                agreements.append((listing.id, agreement))
            } else {
                agreements.append((listing.id, try watch.agreement(listing.id)))
            }
        }
        return agreements
    }
}
