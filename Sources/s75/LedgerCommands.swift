import ArgumentParser
import Foundation
import S75Documents
import S75Domain
import S75Interchange
import S75Postgres
import S75Store

/// `s75 ledger …`: partners' general-ledger exports, imported into the agreement file.
struct Ledger: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import partners' general-ledger exports, map them to lines, reconcile them with the returns (docs/ledger.md).",
        subcommands: [LedgerImport.self, LedgerImports.self, LedgerRemove.self, LedgerRules.self, LedgerSuspense.self,
                      LedgerReconcile.self, LedgerSearchIndexing.self])
}

/// `s75 ledger import FILE.s75 EXPORT.csv`.
struct LedgerImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a general-ledger export (CSV, UTF-8 or Windows-1252), streaming it in batches.",
        discussion: "Rows that cannot be read are left out and counted (--rejects lists them); rows already in the file are skipped. "
            + "The import appears only once every row is in, as one audited change; importing the same file again adds nothing.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Argument(help: "The ledger export (CSV).", completion: .file(extensions: ["csv"]))
    var export: String

    @Option(help: "The partner whose ledger it is (default: the host).")
    var partner: String?

    @Option(help: "A TOML map of other header names: [columns] posting_date = \"GL Date\".", completion: .file(extensions: ["toml"]))
    var columns: String?

    @Option(help: "Write the rows left out here, as CSV: line, reason, then the row's fields.")
    var rejects: String?

    func run() throws {
        let map = try columns.map { try ColumnMapArgument.read($0) { text, file throws(InterchangeError) in try LedgerColumns.map(toml: text, file: file) } } ?? .standard
        let store = try StoreOpening.ledger(file)
        let agreement = try Failure.reporting { () throws(StoreError) in try store.loadSnapshot().agreement }
        let partnerID = partner ?? agreement.hostPartnerID
        guard agreement.partner(partnerID) != nil else {
            throw Failure.stop("there is no partner \(partnerID); the partners are \(agreement.partners.map(\.id).joined(separator: ", ")).")
        }
        let reader: LedgerReader
        let digest: String?
        do {
            // a regular file is fingerprinted first, so that one imported before is known at once; a pipe or a FIFO
            // can be read only once, and is fingerprinted as its rows go by
            var status = stat()
            let regular = stat(export, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
            reader = try LedgerReader(path: export, columns: map, year: agreement.financialYear)  // the header first: a bad file fails at once
            digest = regular ? try FileDigest.of(path: export) : nil
        } catch let error as InterchangeError {
            throw Failure.stop("\(export): \(error.description). Nothing was imported.")
        } catch {
            throw Failure.stop("cannot read \(export): no such file, or it cannot be read.")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: export)[.size] as? Int) ?? 0
        let meter = ProgressMeter(total: size, interactive: isatty(STDERR_FILENO) == 1)
        var refused: [[String]] = []
        let summary: LedgerImportSummary
        do {
            summary = try store.importLedger(partner: partnerID, fileName: (export as NSString).lastPathComponent, digest: digest,
                                             readDigest: { reader.digest }, author: .current, next: {
                while let record = try reader.next() {
                    switch record {
                    case .row(_, let row): return row
                    case .rejected(let line, let reason, let fields): refused.append(["\(line)", reason] + fields)
                    }
                }
                return nil
            }, progress: { rows in meter.show(rows: rows, bytes: reader.bytesRead) })
        } catch let error as StoreError {
            meter.finish()
            throw Failure.stop("\(error.description) Nothing was imported.")
        } catch let error as InterchangeError {
            meter.finish()
            throw Failure.stop("\(export): \(error.description). The file cannot be read to its end, so nothing was imported.")
        }
        meter.finish()
        if summary.alreadyImported {
            Output.print("\(export) was imported before, as import \(summary.batch): nothing was added.")
            return
        }
        if let rejects {
            let rows = [["line", "reason"] + reader.header] + refused
            try OutputFile.write(Data(try PlanFile.csv(rows)), to: rejects)
        }
        let read = summary.imported + summary.duplicates + refused.count
        if !refused.isEmpty { RefusalSummary(refused.map { (line: $0[0], reason: $0[1]) }, of: read).report(export) }
        if summary.imported == 0, !refused.isEmpty {
            _ = try Failure.reporting { () throws(StoreError) in try store.removeBatch(summary.batch, author: .current) }
            throw Failure.stop("\(export): nothing was imported: every one of its \(read) row\(read == 1 ? " was" : "s were") refused or already in "
                               + "the file. Fix the export, or name its columns and period form with --columns (docs/ledger.md).")
        }
        Output.print("Import \(summary.batch) (\(partnerID)): read \(summary.imported + summary.duplicates + refused.count) rows; imported \(summary.imported) "
              + "(\(MoneyText.pounds(summary.total))); rejected \(refused.count)\(refused.isEmpty || rejects != nil ? "" : " (--rejects lists them)"); "
              + "duplicates skipped \(summary.duplicates); \(String(format: "%.1f", meter.elapsed)) s.")
    }
}

/// `s75 ledger imports FILE.s75`.
struct LedgerImports: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "imports", abstract: "List the ledger imports in a file. Never writes to it.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    func run() throws {
        let ledger = try StoreOpening.ledger(file, toRead: true)
        let batches = try Failure.reporting { () throws(StoreError) in try ledger.batches() }
        guard !batches.isEmpty else { return Output.print("\(file) has no ledger imports yet: s75 ledger import \(file) EXPORT.csv adds one.") }
        for b in batches {
            Output.print("\(b.id)  \(b.importedAt)  \(b.user)  \(b.partnerID)  \(b.fileName)  \(b.rows) rows  \(MoneyText.pounds(b.total))")
        }
    }
}

/// `s75 ledger remove FILE.s75 BATCH`.
struct LedgerRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove one ledger import and its transactions (audited).")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    @Argument(help: "The import's number, as s75 ledger imports lists it.")
    var batch: Int64

    func run() throws {
        let ledger = try StoreOpening.ledger(file)
        let removed = try Failure.reporting { () throws(StoreError) in try ledger.removeBatch(batch, author: .current) }
        guard removed else { throw Failure.stop("there is no import \(batch) in \(file): s75 ledger imports lists them.") }
        Output.print("Removed import \(batch) from \(file).")
    }
}

/// `s75 ledger index FILE.s75`.
struct LedgerSearchIndexing: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the ledger's search index up to date now; sessions do so in the background.",
        discussion: "A Spend filter by text reads through the index, which finds rare text (an invoice's number) without reading every "
            + "transaction. Imports leave it to the sessions; this brings it up to date at once, after a large import for example.")

    @Argument(help: "The agreement file.", completion: .file(extensions: ["s75"]))
    var file: String

    /// How many transactions each write indexes: about a fifth of a second, so that a session's edit waits no longer.
    static let transactionsPerWrite = 20_000

    func run() throws {
        guard ServerAddress(file) == nil else {
            return Output.print("A region's server keeps no search index: its filters by text read the transactions on the server.")
        }
        let store = try StoreOpening.ledger(file)
        if let reason = store.readOnlyReason { throw Failure.stop("\(file) cannot be written (\(reason)): its search index is left as it is.") }
        let started = ContinuousClock.now
        let index = { () throws -> Int64 in
            try Failure.reporting { () throws(StoreError) in try store.indexLedgerSearch(most: Self.transactionsPerWrite, stop: nil) }
        }
        var left = try index()
        let total = Int(left) + Self.transactionsPerWrite
        let meter = ProgressMeter(total: total, interactive: isatty(STDERR_FILENO) == 1)
        while left > 0 {
            left = try index()
            meter.show(rows: total - Int(left), bytes: total - Int(left))
        }
        meter.finish()
        let elapsed = (ContinuousClock.now - started) / .milliseconds(1) / 1_000
        Output.print("The search index of \(file) covers every transaction (\(String(format: "%.1f", elapsed)) s).")
    }
}

/// Progress on stderr: a line redrawn in place on a terminal (rows, rows a second, how far, time left), plain lines otherwise.
final class ProgressMeter {
    private let total: Int
    private let interactive: Bool
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var lastShown: ContinuousClock.Instant
    private var lastLinePrinted = 0

    init(total: Int, interactive: Bool) {
        self.total = total
        self.interactive = interactive
        started = clock.now
        lastShown = clock.now
    }

    func show(rows: Int, bytes: Int) {
        let elapsed = max(0.001, self.elapsed)
        let rate = Double(rows) / elapsed
        if interactive {
            guard clock.now - lastShown > .milliseconds(100) else { return }
            lastShown = clock.now
            let fraction = total > 0 ? min(1, Double(bytes) / Double(total)) : 0
            let left = fraction > 0 ? elapsed / fraction - elapsed : 0
            let bar = String(repeating: "█", count: Int(fraction * 20)) + String(repeating: "·", count: 20 - Int(fraction * 20))
            FileHandle.standardError.write(Data("\r\(bar) \(rows) rows · \(Int(rate)) rows/s · \(Int(fraction * 100))% · \(Int(left.rounded())) s left ".utf8))
        } else if rows - lastLinePrinted >= 100_000 {
            lastLinePrinted = rows
            FileHandle.standardError.write(Data("\(rows) rows, \(Int(rate)) rows/s\n".utf8))
        }
    }

    /// Seconds since the meter started.
    var elapsed: Double { seconds(clock.now - started) }

    func finish() {
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
}

/// The rows an import refused, counted by reason with the first example of each, so that an export most of whose rows
/// are refused says so loudly.
struct RefusalSummary {
    /// Each reason (its quoted values left out), how many rows it refused, and the first of them.
    let reasons: [(reason: String, count: Int, first: (line: String, reason: String))]
    let refused: Int
    let read: Int

    init(_ rows: [(line: String, reason: String)], of read: Int) {
        var reasons: [(reason: String, count: Int, first: (line: String, reason: String))] = []
        var index: [String: Int] = [:]
        for row in rows {
            let key = row.reason.replacingOccurrences(of: "\"[^\"]*\"( \\([0-9,]+ bytes\\))?", with: "…", options: .regularExpression)
            if let at = index[key] { reasons[at].count += 1 } else { index[key] = reasons.count; reasons.append((key, 1, row)) }
        }
        self.reasons = reasons.sorted { $0.count > $1.count }
        refused = rows.count
        self.read = read
    }

    /// Written to standard error: "REFUSED 1,000 of 1,000 rows", then each reason with its count and first example.
    func report(_ export: String) {
        let most = refused * 2 > read
        Failure.report("\(export): \(most ? "REFUSED" : "refused") \(MoneyText.grouped(UInt64(refused))) of \(MoneyText.grouped(UInt64(read))) rows:")
        for reason in reasons {
            Failure.report("  \(MoneyText.grouped(UInt64(reason.count))) × \(reason.reason) (first: line \(reason.first.line): \(reason.first.reason))")
        }
    }
}
