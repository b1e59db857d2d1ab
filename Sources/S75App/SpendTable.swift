import S75Domain

/// The Spend pane's table: the query, its count and total as the store gave them, and the rows of a window round what is
/// on screen. Nothing else of the ledger is ever in memory, however many rows it has.
public struct SpendTable: Hashable, Sendable {
    public var query = LedgerQuery()
    /// Whether the count, total and window are the store's answer to `query`.
    public var isLoaded = false
    public var rows = 0
    public var total = Money.zero
    /// Rows `windowStart ..< windowStart + window.count` of the query's order.
    public var window: [LedgerTransaction] = []
    public var windowStart = 0
    /// The selected row and the first row on screen, as positions in the query's order.
    public var selected = 0
    public var top = 0

    public init() {}

    /// The transaction at position `index`, if the window holds it.
    public func row(at index: Int) -> LedgerTransaction? {
        let offset = index - windowStart
        return window.indices.contains(offset) ? window[offset] : nil
    }

    /// The selected transaction, if loaded.
    public var selectedRow: LedgerTransaction? { row(at: selected) }

    /// Moves the selection by `delta` rows (clamped), scrolling only when it would leave the `visible` rows on screen.
    mutating func move(by delta: Int, visible: Int) {
        select(selected + delta, visible: visible)
    }

    mutating func select(_ index: Int, visible: Int) {
        selected = min(max(0, index), max(0, rows - 1))
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = min(max(0, top), max(0, rows - visible))
    }

    /// What to read so that the `visible` rows from `top` are in the window: a window of about two screens round them,
    /// read from the nearer end of the current window; nil when the window already holds them.
    func request(visible: Int) -> SpendRequest? {
        if !isLoaded {
            return SpendRequest(query: query, recount: true, start: max(0, top - visible / 2), count: visible * 2, anchor: nil)
        }
        let end = min(rows, top + visible)
        guard top < end, row(at: top) == nil || row(at: end - 1) == nil else { return nil }
        let start = max(0, top - visible / 2)
        let anchor: LedgerAnchor? = if let first = window.first, start < windowStart {
            LedgerAnchor(index: windowStart, row: first)
        } else if let last = window.last {
            LedgerAnchor(index: windowStart + window.count - 1, row: last)
        } else {
            nil
        }
        return SpendRequest(query: query, recount: false, start: start, count: visible * 2, anchor: anchor)
    }

    /// Takes in what the store read, if it answers the current query.
    mutating func take(_ page: SpendPage, visible: Int) {
        guard page.query == query else { return }
        if let counted = page.counted {
            rows = counted.rows
            total = counted.total
        }
        isLoaded = true
        window = page.transactions
        windowStart = page.start
        select(selected, visible: visible)
    }
}

/// What the Spend pane asks the store for: with `recount`, the query's count and total too.
public struct SpendRequest: Hashable, Sendable {
    public var query: LedgerQuery
    public var recount: Bool
    public var start: Int
    public var count: Int
    public var anchor: LedgerAnchor?

    public init(query: LedgerQuery, recount: Bool, start: Int, count: Int, anchor: LedgerAnchor?) {
        self.query = query
        self.recount = recount
        self.start = start
        self.count = count
        self.anchor = anchor
    }
}

/// The store's answer to a ``SpendRequest``.
public struct SpendPage: Hashable, Sendable {
    /// How many transactions a query selects, and their total.
    public struct Count: Hashable, Sendable {
        public var rows: Int
        public var total: Money

        public init(rows: Int, total: Money) {
            self.rows = rows
            self.total = total
        }
    }

    public var query: LedgerQuery
    /// The count and total, when they were asked for.
    public var counted: Count?
    public var start: Int
    public var transactions: [LedgerTransaction]

    public init(query: LedgerQuery, counted: Count?, start: Int, transactions: [LedgerTransaction]) {
        self.query = query
        self.counted = counted
        self.start = start
        self.transactions = transactions
    }
}
