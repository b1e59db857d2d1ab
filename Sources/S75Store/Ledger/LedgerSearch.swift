import GRDB

extension S75Database {
    /// Brings the ledger's search index (`LedgerSearch`) up to date by at most `most` transactions, in one write that
    /// `stop` can end early (nothing of it then kept); about how many transactions are still to index after it: 0 when
    /// it is up to date, or when the store cannot be written (its index is then left as it is, and read as far as it
    /// goes).
    public func indexLedgerSearch(most: Int, stop: LedgerReadStop? = nil) throws(StoreError) -> Int64 {
        guard readsAlongside, !isReadOnly else { return 0 }
        let writer = try writableConnection()
        return try StoreErrors.map(path: path) {
            // looked at first on the writer's connection, outside a transaction: neither the file's lock nor another connection
            guard try writer.writeWithoutTransaction({ db in try LedgerSearch.unindexed(in: db) }) > 0 else { return 0 }
            return try writer.write { db in
                guard let stop else { return try LedgerSearch.catchUp(most: most, in: db) }
                return try stop.watching(db) { try LedgerSearch.catchUp(most: most, in: db) }
            }
        }
    }
}

/// The ledger's search index: SQLite's FTS5 trigram index of the six columns a Spend filter by text searches, which
/// finds the few transactions that hold rare text (an invoice's number, a word found nowhere) without reading the rest.
///
/// - It keeps no copy of the text and no positions (`content=''`, `detail=none`, `columnsize=0`): it says only which
///   transactions hold each run of three characters. What it finds is checked against the transaction itself, so a
///   filter read through it gives exactly what reading every transaction gives.
/// - It covers the transactions up to `ledgerSearchState.indexedThrough`; those after it are read as they are.
///   Sessions bring it up to date in the background (``S75Database/indexLedgerSearch(most:stop:)``), so that no import
///   waits for it.
/// - Transactions' ids are never used again (AUTOINCREMENT), so the entries of a removed import match nothing, and stay.
enum LedgerSearch {
    /// The columns indexed: those a filter by text searches (`LedgerSQL.filter`).
    static let columns = ["supplier", "description", "document", "costCentre", "costCentreName", "accountName"]

    /// The index and the last transaction it covers.
    static func create(in db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE ledgerSearch USING fts5(\(columns.joined(separator: ", ")), tokenize = 'trigram', detail = 'none',
              content = '', columnsize = 0);
            CREATE TABLE ledgerSearchState (indexedThrough INTEGER NOT NULL);
            INSERT INTO ledgerSearchState VALUES (0);
            """)
    }

    /// The id of the last transaction the index covers.
    static func indexedThrough(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT indexedThrough FROM ledgerSearchState") ?? 0
    }

    /// How many ids lie after the last transaction the index covers: an upper bound on the transactions it has still to
    /// take in (the ids of a removed import count too).
    static func unindexed(in db: Database) throws -> Int64 {
        let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM ledgerTransaction") ?? 0
        return max(0, last - (try indexedThrough(in: db)))
    }

    /// Indexes up to `most` of the transactions after the last one covered; how many ids are left after them
    /// (``unindexed(in:)``).
    static func catchUp(most: Int, in db: Database) throws -> Int64 {
        guard try unindexed(in: db) > 0 else { return 0 }
        let from = try indexedThrough(in: db)
        let through = try Int64.fetchOne(db, sql: "SELECT max(id) FROM (SELECT id FROM ledgerTransaction WHERE id > ? ORDER BY id LIMIT ?)",
                                         arguments: [from, most]) ?? from
        let list = columns.joined(separator: ", ")
        try db.execute(sql: "INSERT INTO ledgerSearch (rowid, \(list)) SELECT id, \(list) FROM ledgerTransaction WHERE id > ? AND id <= ?",
                       arguments: [from, through])
        try db.execute(sql: "UPDATE ledgerSearchState SET indexedThrough = ?", arguments: [through])
        return try unindexed(in: db)
    }

    /// The transactions that may hold `text`, when the index can say so cheaply: those it finds (at most
    /// ``mostFound``) and every one after the last it covers (at most ``mostUnindexed``). Nil when it cannot: text of
    /// fewer than three characters, text so common that reading the table in order finds it sooner, or an index too far
    /// behind.
    ///
    /// An index that cannot be read (dropped or damaged by another program) serves nothing: the table is read.
    static func candidates(for text: String, in db: Database, memo: LedgerSearchMemo) throws -> LedgerSQL.Source? {
        do {
            return try asking(for: text, in: db, memo: memo)
        } catch let error as DatabaseError where error.resultCode != .SQLITE_INTERRUPT {
            return nil
        }
    }

    private static func asking(for text: String, in db: Database, memo: LedgerSearchMemo) throws -> LedgerSQL.Source? {
        let trigrams = trigrams(of: text)
        guard !trigrams.isEmpty else { return nil }
        let unindexed = try unindexed(in: db)
        guard unindexed <= mostUnindexed else { return nil }
        let through = try indexedThrough(in: db)
        let key = LedgerSearchMemo.Key(text: text, through: through, unindexed: unindexed)
        let answer = try memo.answer(for: key) { () throws -> LedgerSearchMemo.Answer in
            func found(_ runs: [String]) throws -> String? {
                let match = runs.map(quoted).joined(separator: " AND ")
                let found = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM ledgerSearch WHERE ledgerSearch MATCH ? AND rowid <= ? LIMIT ?)",
                                             arguments: [match, through, mostFound + 1]) ?? 0
                return found <= mostFound ? match : nil
            }
            // a short text's every run, when its two rarest-seeming find too many: `INV00000`'s two find more than 50,000
            // transactions, its four 12,714 in 7 ms (the dearest of four runs measured, `st 12`, 98 ms)
            var match = try found(rarest(trigrams, through: through, in: db))
            if match == nil, (3...4).contains(trigrams.count) { match = try found(trigrams) }
            return match.map { .served(match: $0) } ?? .notServed
        }
        guard case .served(let match) = answer else { return nil }
        return LedgerSQL.Source(sql: """
            (SELECT rowid AS candidateID FROM ledgerSearch WHERE ledgerSearch MATCH ? AND rowid <= ?
             UNION ALL SELECT id FROM ledgerTransaction WHERE id > ?) CROSS JOIN ledgerTransaction ON id = candidateID
            """, arguments: [match, through, through])
    }

    /// Of `trigrams`, the two held by the fewest of the transactions up to `through` (one held by none, alone), as far
    /// as the first thousand that hold each tell: their spread along the ids says how many hold it in all. Each run the
    /// index is asked for is a list it walks to the end, and the transactions the lists share are each looked up, so
    /// two rare runs beat every run: at ten million rows "Home Care 0042" took 389 ms through all twelve runs and 17 ms
    /// (the estimate included) through two; "Moor Trust 1234" 271 and 6 ms.
    static func rarest(_ trigrams: [String], through: Int64, in db: Database) throws -> [String] {
        guard trigrams.count > 2 else { return trigrams }
        let sample = 1_000
        let estimated = try trigrams.map { trigram -> (trigram: String, holders: Double) in
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*), min(rowid), max(rowid) FROM (SELECT rowid FROM ledgerSearch WHERE ledgerSearch MATCH ? AND rowid <= ? LIMIT ?)
                """, arguments: [quoted(trigram), through, sample])
            let (count, first, last): (Int, Int64?, Int64?) = (row?[0] ?? 0, row?[1], row?[2])
            guard count == sample, let first, let last else { return (trigram, Double(count)) }
            return (trigram, Double(sample) / Double(last - first + 1) * Double(through))
        }.sorted { $0.holders < $1.holders }
        return estimated.first?.holders == 0 ? [estimated[0].trigram] : estimated.prefix(2).map(\.trigram)
    }

    /// `trigram` as a string the index matches as it is.
    private static func quoted(_ trigram: String) -> String {
        "\"" + trigram.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// How many transactions the index may find for a filter read through it: each is looked up by id and checked, 12,714
    /// of them in 7 ms at ten million rows.
    static let mostFound = 50_000

    /// How many transactions after the last the index covers a filter through it reads as well: a session indexes a
    /// new import's rows within seconds.
    static let mostUnindexed: Int64 = 50_000

    /// The runs of three characters (Unicode scalars, as the index counts them) that any text holding `text` holds,
    /// each once, the first 32; none for text of fewer than three.
    static func trigrams(of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3 else { return [] }
        var trigrams: [String] = []
        for start in 0...(scalars.count - 3) where trigrams.count < 32 {
            var trigram = String.UnicodeScalarView()
            trigram.append(contentsOf: scalars[start..<start + 3])
            if !trigrams.contains(String(trigram)) { trigrams.append(String(trigram)) }
        }
        return trigrams
    }
}
