import Dispatch
import S75App
import S75Domain
import S75Store

/// Performs the effects that reach the store (saves, the Spend pane's and the Mapping pane's reads, the audit trail)
/// and the check for what other sessions committed, and answers each with the action that reports it. The store, the
/// author and the clock are given to it; the runtime keeps the effects on the terminal.
final class StoreEffects {
    private let store: any AgreementStore
    private let author: Author
    private let now: () -> String
    private var lastChangeToken: Int?
    /// The last audit row this session has taken in: another session's changes are read from after it.
    private var seenAudit: Int?
    /// Whether the last check met a server that could not be reached: the next that reaches it says so.
    private var unreachable = false
    /// The Spend pane's count, when it is worked out after its first rows.
    private let counter: SpendCounter
    /// The ledger's search index, brought up to date on the other core.
    private let indexer: LedgerSearchIndexer

    init(store: any AgreementStore, author: Author, now: @escaping () -> String, seenAudit: Int?) {
        self.store = store
        self.author = author
        self.now = now
        self.seenAudit = seenAudit
        counter = SpendCounter(store: store)
        indexer = LedgerSearchIndexer(store: store)
        lastChangeToken = try? store.changeToken()
    }

    /// The action that answers `effect`, when it is one the store performs; nil for the terminal's effects.
    func perform(_ effect: Effect, in state: AppState) -> Action? {
        switch effect {
        case .save(let change, let expected, let intent): save(change, expecting: expected, intent: intent)
        case .saveAll(let changes, let intent): saveAll(changes, intent: intent)
        case .loadSpend(let request): loadSpend(request, in: state)
        case .loadLedgerOverview: reading { () throws(StoreError) in .ledgerOverviewLoaded(try store.ledgerOverview()) }
        case .loadAudit(let filter):
            reading { () throws(StoreError) in
                .auditLoaded(try store.auditTrail(since: filter.since.nilIfEmpty, entity: filter.entity.nilIfEmpty, user: filter.user.nilIfEmpty,
                                                  kind: filter.kind.nilIfEmpty, period: filter.period.nilIfEmpty))
            }
        case .checkForChanges: changesElsewhere(in: state)
        case .quit, .redraw, .suspend, .applyTheme, .prefetchSpend: nil
        }
    }

    /// What another session has committed, as an action: the returns and meetings it changed, read one by one, or else
    /// the whole agreement again; nil when nothing was recorded (a ledger import's batches are not the agreement's).
    private func changesElsewhere(in state: AppState) -> Action? {
        do {
            let token = try store.changeToken()
            if unreachable {  // said first; its answer checks again at once, and what changed meanwhile is read then
                unreachable = false
                return .storeReachableAgain
            }
            guard token != lastChangeToken else { return nil }
            lastChangeToken = token
            indexer.start()  // another session may have imported transactions
            let changes = try seenAudit.map { seen throws(StoreError) in try store.changes(after: seen) } ?? .everything
            if case .none = changes { return nil }
            var agreement = state.agreement, versions = state.versions
            if case .records(let records, let through) = changes, let taken = Self.taking(records, into: agreement) {
                agreement = taken
                for stored in records { versions.note(stored.version, of: stored.key) }
                seenAudit = through
                return .storeChangedElsewhere(agreement, versions: versions, ledgerMayHaveChanged: false)  // returns and meetings only
            }
            let snapshot = try store.loadSnapshot()
            (agreement, versions, seenAudit) = (snapshot.agreement, snapshot.versions, snapshot.lastAudit)
            return .storeChangedElsewhere(agreement, versions: versions)
        } catch {
            seenAudit = nil  // read it all again next time
            return .storeReadFailed(.error(said(error)))
        }
    }

    /// `agreement` with `records` as they are stored now; nil if one cannot be taken in (then it is read whole).
    private static func taking(_ records: [StoredRecord], into agreement: Agreement) -> Agreement? {
        var agreement = agreement
        for stored in records {
            guard (try? agreement.apply(Change(key: stored.key, new: stored.record))) != nil else { return nil }
        }
        return agreement
    }

    /// What the status line says of `error`; a server that cannot be reached is remembered, so that the first check to
    /// reach it again says so, whichever read or save met it.
    private func said(_ error: StoreError) -> String {
        if case .unreachable = error.kind { unreachable = true }
        return error.description
    }

    /// A read's answer, or the failure the status line shows.
    private func reading(_ read: () throws(StoreError) -> Action) -> Action {
        do {
            return try read()
        } catch {
            return .storeReadFailed(.error(said(error)))
        }
    }

    /// Starts bringing the ledger's search index up to date on the other core.
    func startIndexing() { indexer.start() }

    /// Notes that the user pressed a key: the search index waits a moment before it writes again.
    func keyPressed() { indexer.keyPressed() }

    /// Ends the search index's write under way on the other core, and waits for it.
    func finish() { indexer.finish() }

    /// The Spend pane's count, once it is done on the other core; nil while it runs or when none does.
    func spendCount() -> Action? {
        switch counter.answer() {
        case .success(let counted)?: .spendCounted(counted.query, counted.count)
        case .failure(let error)?: .spendReadFailed(.error("The transactions could not be counted: \(said(error)) Press 7 to try again."))
        case nil: nil
        }
    }

    /// The rows `request` asks for, and when it asks the count too, the count: read here, or where it would read every
    /// transaction, started at once on the other core while the first rows are looked for. They are shown as soon as they
    /// are found, the count following; but they are looked for only for ``firstRowsLimit``: rare text lies far apart
    /// along the order, and the pane then says it is searching, and reads its rows once the count is done, the keys
    /// answered meanwhile (a new filter stops the count).
    private func loadSpend(_ request: SpendRequest, in state: AppState) -> Action {
        do {
            var counted: SpendPage.Count?
            if request.recount, request.start == 0, store.countsAlongside(request.query) {
                counter.start(request.query)
                let page = try firstRows(request)
                if page.counted != nil { counter.stop() }
                return .spendLoaded(page)
            } else if request.recount {
                counter.stop()
                let (rows, total) = try store.ledgerCount(request.query)
                counted = SpendPage.Count(rows: rows, total: total)
            }
            let total = counted?.rows ?? state.spend.rows
            let rows = try store.ledgerRows(request.query, from: request.start, count: request.count, total: total, anchor: request.anchor)
            return .spendLoaded(SpendPage(query: request.query, counted: counted, start: request.start, transactions: rows))
        } catch {
            if request.recount { counter.stop() }  // nothing is shown to count for
            return .spendReadFailed(.error("The transactions could not be read: \(said(error)) Press 7 to try again."))
        }
    }

    /// How long the first rows of a count made on the other core are looked for before they are left until it is done.
    static let firstRowsLimit = DispatchTimeInterval.milliseconds(150)

    /// `request`'s first rows with their count when they are all there are, or with the count to follow; none, the count
    /// to follow, when they were not found within ``firstRowsLimit``.
    private func firstRows(_ request: SpendRequest) throws(StoreError) -> SpendPage {
        let stop = LedgerReadStop(after: Self.firstRowsLimit)
        let rows: [LedgerTransaction]
        do {
            rows = try store.ledgerRows(request.query, from: 0, count: request.count, total: .max, anchor: nil, stop: stop)
        } catch where stop.isStopped {
            return SpendPage(query: request.query, counted: nil, countFollows: true, start: 0, transactions: [])
        }
        let all = rows.count < request.count
        return SpendPage(query: request.query, counted: all ? SpendPage.Count(rows: rows.count, total: rows.map(\.amount).sum()) : nil,
                         countFollows: !all, start: 0, transactions: rows)
    }

    /// Writes several changes as one and says how it went, as an action.
    private func saveAll(_ changes: [PlannedChange], intent: SaveIntent) -> Action {
        do {
            let versions = try retryingWhileBusy { () throws(StoreError) in
                try store.apply(changes.map { ($0.change, $0.expected) }, author: author, at: now())
            }
            lastChangeToken = try? store.changeToken()
            unreachable = false
            return .savedAll(changes, versions: versions, intent: intent)
        } catch {
            if case .conflict = error.kind {
                let what = if case .edit(let summary, _) = intent { "Not saved: \(summary)" } else { "Not \(intent.isUndo ? "undone" : "redone")" }
                return .saveFailed(.error("\(what): one of its records was changed in another session meanwhile, and is shown now; "
                                          + "nothing was changed."))
            }
            return .saveFailed(.error(said(error)))
        }
    }

    /// Writes one change to the store and says how it went, as an action.
    private func save(_ change: Change, expecting expected: Int?, intent: SaveIntent) -> Action {
        do {
            let version = try retryingWhileBusy { () throws(StoreError) in
                try store.apply(change, expecting: expected, author: author, at: now())
            }
            lastChangeToken = try? store.changeToken()
            unreachable = false  // it says Saved, which is news enough
            return .saved(change, version: version, intent: intent)
        } catch {
            if case .conflict(let current, let version) = error.kind {
                return .saveConflicted(change, current: current, version: version, intent: intent)
            }
            return .saveFailed(.error(said(error)))
        }
    }

    /// How many times an edit that meets "busy" (another session writing past the busy timeout) is tried again before
    /// it is reported: with the timeout, about ten seconds of waiting, longer than any of s75's own writes holds the file.
    static let busyRetries = 4

    /// `write`, tried again while the file is busy; nothing is written twice, as a busy write wrote nothing.
    private func retryingWhileBusy<T>(_ write: () throws(StoreError) -> T) throws(StoreError) -> T {
        var attempt = 0
        while true {
            do {
                return try write()
            } catch where error.kind == .busy && attempt < Self.busyRetries {
                attempt += 1
            }
        }
    }
}

private extension String {
    /// nil for an empty filter: the store's "any".
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
