import ArgumentParser
import Foundation
import S75Domain
import S75Postgres
import S75Report
import S75Store

/// `s75 server init|start|stop|admit`: a PostgreSQL cluster on this machine for a board or a region (docs/region.md).
struct Server: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make, start and stop a PostgreSQL server on this machine for a region's agreements (docs/region.md).",
        subcommands: [ServerInit.self, ServerStart.self, ServerStop.self, ServerAdmit.self])
}

/// `s75 server init DIR [--admit ACCOUNT…]`.
struct ServerInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a cluster in DIR (peer authentication, its socket in DIR, no network), start it, and install s75's schema.",
        discussion: "Run as root, the server runs as the postgres account and your account owns the s75 database. Prints the URL to give "
            + "the other commands.")

    @Argument(help: "The folder for the cluster, its socket and its log (made; must not hold a cluster yet).")
    var folder: String

    @Option(name: .customLong("admit"), help: "An account to let in (its login role is made); repeat for more.")
    var accounts: [String] = []

    func run() throws {
        let cluster = ServerCluster(folder: folder)
        do { try cluster.initialise(admitting: accounts) } catch { throw Failure.stop(error.description) }
        Output.print("Made and started the server in \(cluster.folder).\nIts address: \(cluster.address)\n"
                     + "Move an agreement in with: s75 move FILE '\(cluster.address)'")
    }
}

/// `s75 server start DIR`.
struct ServerStart: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Start the server in DIR.")

    @Argument(help: "The folder `s75 server init` made.")
    var folder: String

    func run() throws {
        let cluster = ServerCluster(folder: folder)
        do { try cluster.start() } catch { throw Failure.stop(error.description) }
        Output.print("The server in \(cluster.folder) is running: \(cluster.address)")
    }
}

/// `s75 server stop DIR`.
struct ServerStop: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop the server in DIR, waiting for its sessions' transactions.")

    @Argument(help: "The folder `s75 server init` made.")
    var folder: String

    func run() throws {
        let cluster = ServerCluster(folder: folder)
        do { try cluster.stop() } catch { throw Failure.stop(error.description) }
        Output.print("The server in \(cluster.folder) is stopped.")
    }
}

/// `s75 server admit URL ACCOUNT…`.
struct ServerAdmit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admit", abstract: "Let accounts in: each gets a login role of its own name (needs a role that may create roles).",
        discussion: "What each may then see and do is what its person record in each agreement says, enforced by the server.")

    @Argument(help: "The server's address (postgresql:///s75?host=DIR).")
    var url: String

    @Argument(help: "The accounts.")
    var accounts: [String]

    func run() throws {
        let address = try RegionAddress.parse(url)
        let made = try Failure.reporting { () throws(StoreError) in try ServerRegion.admit(accounts: accounts, at: address) }
        Output.print(made.isEmpty ? "Every account given already had a role." : "Roles made for: \(made.joined(separator: ", ")).")
    }
}

/// `s75 agreements URL`: the agreements on a server that this account may see.
struct Agreements: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the agreements on a region's server that you may see.")

    @Argument(help: "The server's address (postgresql:///s75?host=DIR).")
    var url: String

    func run() throws {
        let address = try RegionAddress.parse(url)
        let listed = try Failure.reporting { () throws(StoreError) in try ServerRegion.agreements(at: address) }
        guard !listed.isEmpty else { return Output.print("No agreement on \(address) that you may see.") }
        for agreement in listed {
            Output.print("\(agreement.id)\t\(agreement.title)\t(owner \(agreement.owner))\t\(address.naming(agreement.id))")
        }
    }
}

/// `s75 move FILE URL`: an agreement file copied onto a region's server, with its trail.
struct Move: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy an agreement file onto a region's server, with its audit trail, meetings and minutes.",
        discussion: "The file is only read. Its people are given login roles when you may make roles. Its ledger becomes one import of the "
            + "host partner's, mapped by the same rules. Refused when the server already holds an agreement by that ID.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Argument(help: "The server's address; add &agreement=ID to move it under another ID.")
    var url: String

    /// The file's ledger, in date order a page at a time, streamed onto the server as one import of the host partner's.
    func moveLedger(from source: any AgreementStore, rows total: Int, to store: PostgresStore, host: String) throws -> LedgerImportSummary {
        var query = LedgerQuery()
        query.sort = .date
        var page: [LedgerTransaction] = [], next = 0, read = 0
        return try Failure.reporting { () throws -> LedgerImportSummary in
            try store.importLedger(partner: host, fileName: "moved from \((file as NSString).lastPathComponent)", digest: nil,
                                   readDigest: { "moved from \(file)" }, author: .current, next: { () throws -> LedgerRow? in
                if next == page.count {
                    guard read < total else { return nil }
                    let anchor = page.last.map { LedgerAnchor(index: read - 1, row: $0) }
                    page = try source.ledgerRows(query, from: read, count: 50_000, total: total, anchor: anchor)
                    next = 0
                    guard !page.isEmpty else { return nil }
                }
                defer { next += 1; read += 1 }
                return page[next].row
            }, progress: { _ in })
        }
    }

    func run() throws {
        let address = try RegionAddress.parse(url)
        guard !ServerAddress.isServer(file) else { throw Failure.stop("\(file) is a server's address; give the agreement file to move.") }
        let source = try StoreOpening.openToRead(file)
        let (snapshot, trail, ledger) = try Failure.reporting { () throws(StoreError) in
            (try source.loadSnapshot(), try source.auditTrail(since: nil, entity: nil, user: nil, kind: nil, period: nil), try source.ledgerOverview())
        }
        let admitted = (try? ServerRegion.admit(snapshot.agreement, at: address)).map { Optional($0) } ?? nil
        let store = try Failure.reporting { () throws(StoreError) in try ServerRegion.create(snapshot.agreement, earlierAudit: trail, at: address) }
        if ledger.rows > 0 {
            let moved = try moveLedger(from: source, rows: ledger.rows, to: store, host: snapshot.agreement.hostPartnerID)
            guard moved.imported + moved.duplicates == ledger.rows, moved.total == ledger.total else {
                throw Failure.stop("the ledger moved does not add up to the file's (\(moved.imported) of \(ledger.rows) transactions, "
                                   + "\(MoneyText.pounds(moved.total)) of \(MoneyText.pounds(ledger.total))): remove import \(moved.batch) on the server "
                                   + "(s75 ledger remove) and move the ledger again.")
            }
        }
        var lines = ["Moved \(file) onto the server: \(snapshot.agreement.title), with \(trail.count) rows of its audit trail"
                     + (ledger.rows > 0 ? " and \(MoneyText.grouped(UInt64(ledger.rows))) ledger transactions (\(MoneyText.pounds(ledger.total)))." : "."),
                     "Open it with: s75 open '\(store.path)'"]
        switch admitted {
        case nil where !snapshot.agreement.people.isEmpty:
            lines.append("Its people's accounts were not given roles (you may not make roles): ask the server's owner to run "
                         + "s75 server admit URL \(snapshot.agreement.people.map(\.account).joined(separator: " ")).")
        case let made? where !made.isEmpty: lines.append("Roles made for: \(made.joined(separator: ", ")).")
        default: break
        }
        Output.print(lines.joined(separator: "\n"))
    }
}

/// `s75 portfolio URL`: every agreement this account may see, side by side.
struct PortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Every agreement on a region's server that you may see, side by side, and each partner's exposure across them, as Markdown (s75 open URL shows it on screen).")

    @Argument(help: "The server's address (postgresql:///s75?host=DIR).")
    var url: String

    @Option(help: ArgumentHelp("The day overdue actions are counted on (default: today).", valueName: "YYYY-MM-DD"))
    var date: DayArgument?

    func run() throws {
        let address = try RegionAddress.parse(url)
        let today = date?.day ?? DemoFile.today()
        let rows = try Failure.reporting { () throws(StoreError) in  // one connection, one agreement at a time
            let watch = try RegionWatch(address)
            return try RegionSession.read(watch, keeping: [], changed: nil, today: today)
        }
        let portfolio = Portfolio(rows: rows)
        Output.print(PortfolioFormat.markdown(portfolio), terminator: "")
    }
}

/// The server's address from an argument, or a stop saying what one looks like.
enum RegionAddress {
    static func parse(_ text: String) throws -> ServerAddress {
        guard let address = ServerAddress(text) else {
            throw Failure.stop("\(text) is not a server's address; write it as postgresql:///s75?host=DIR (the folder `s75 server init` made).")
        }
        return address
    }
}
