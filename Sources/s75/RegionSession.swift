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
        var rows = try Failure.reporting { () throws(StoreError) in try Self.read(watch, keeping: [], changed: nil, today: today) }
        let (backend, theme) = try Session.openTerminal(options)
        defer { backend.close() }
        let browser = PortfolioBrowser(portfolio: Portfolio(rows: rows), server: address.description, user: watch.role)
        let loop = PortfolioLoop(browser: browser, backend: backend, refresh: {
            let changed = try watch.changed()
            if let changed, changed.isEmpty { return nil }
            rows = try Self.read(watch, keeping: rows, changed: changed, today: today)
            return Portfolio(rows: rows)
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

    /// The rows of the agreements `watch` lists, in its order: those in `changed` (every one, when nil) and those not yet
    /// in `keeping` read again and worked out on `today`, the rest kept.
    static func read(_ watch: RegionWatch, keeping: [Portfolio.Row], changed: Set<String>?, today: DateOnly) throws(StoreError) -> [Portfolio.Row] {
        let kept = Dictionary(keeping.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [Portfolio.Row] = []
        for listing in try watch.listings() {
            if let row = kept[listing.id], let changed, !changed.contains(listing.id) {
                rows.append(row)
            } else {
                rows.append(Portfolio.Row(try watch.agreement(listing.id), today: today))
            }
        }
        return rows
    }
}
