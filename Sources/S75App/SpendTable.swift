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
    /// Whether the count and total are still being worked out, on another core: `rows` is then how many rows have been
    /// read, and more may follow (the pane says "counting…").
    public var counting = false
    /// Set when a read failed: nothing more is read (the failure is said once) until the pane is shown again, the
    /// query changes or the ledger does.
    public var readFailed = false

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

    /// What to read before the next frame can show the `visible` rows from `top`; nil when the window holds them.
    func request(visible: Int, page: Int, ahead: Int) -> SpendRequest? {
        guard !readFailed else { return nil }
        if !isLoaded {
            let range = around(visible: visible, margin: ahead * page)
            return SpendRequest(query: query, recount: true, start: range.lowerBound, count: visible + 2 * ahead * page, anchor: nil)
        }
        let end = min(rows, top + visible)
        guard top < end, row(at: top) == nil || row(at: end - 1) == nil else { return nil }
        return read(visible: visible, margin: ahead * page)
    }

    /// What to read once the frame is drawn, so that PgUp or PgDn (which move `page` rows) find their rows already
    /// here: when the window lacks a page above or below the visible rows, the rows it lacks of `ahead` pages each way.
    /// Nil when it has them (or the table ends there); row moves read nothing until they have used up a page.
    func prefetch(visible: Int, page: Int, ahead: Int) -> SpendRequest? {
        guard isLoaded, !readFailed, request(visible: visible, page: page, ahead: ahead) == nil else { return nil }
        let needed = around(visible: visible, margin: page)
        return needed.lowerBound < windowStart || needed.upperBound > windowStart + window.count
            ? read(visible: visible, margin: ahead * page) : nil
    }

    /// The visible rows and `margin` rows each side of them, within the table.
    private func around(visible: Int, margin: Int) -> Range<Int> {
        max(0, top - margin)..<min(rows, top + visible + margin)
    }

    /// The rows within `margin` of the visible ones that the window lacks, read from the window's edge when they
    /// adjoin it (in an indexed order, a short walk from a known row wherever in the table it is), else all of them.
    private func read(visible: Int, margin: Int) -> SpendRequest {
        let wanted = around(visible: visible, margin: margin), end = windowStart + window.count
        if let last = window.last, wanted.lowerBound >= windowStart, wanted.lowerBound <= end, wanted.upperBound > end {
            return SpendRequest(query: query, recount: false, start: end, count: wanted.upperBound - end,
                                anchor: LedgerAnchor(index: end - 1, row: last))
        }
        if let first = window.first, wanted.upperBound <= end, wanted.upperBound >= windowStart, wanted.lowerBound < windowStart {
            return SpendRequest(query: query, recount: false, start: wanted.lowerBound, count: windowStart - wanted.lowerBound,
                                anchor: LedgerAnchor(index: windowStart, row: first))
        }
        let anchor: LedgerAnchor? = if let first = window.first, wanted.lowerBound < windowStart {
            LedgerAnchor(index: windowStart, row: first)
        } else if let last = window.last {
            LedgerAnchor(index: end - 1, row: last)
        } else {
            nil
        }
        return SpendRequest(query: query, recount: false, start: wanted.lowerBound, count: wanted.count, anchor: anchor)
    }

    /// Takes in what the store read, if it answers the current query: rows that adjoin the window extend it, others
    /// replace it; either way the window keeps no more than `keeping` rows on each side of what is on screen.
    mutating func take(_ page: SpendPage, visible: Int, keeping: Int) {
        guard page.query == query else { return }
        if let counted = page.counted {
            (rows, total, counting) = (counted.rows, counted.total, false)
        } else if page.countFollows {
            (rows, total, counting) = (page.start + page.transactions.count, .zero, true)
        }
        if isLoaded, !window.isEmpty, page.start == windowStart + window.count {
            window += page.transactions
        } else if isLoaded, !window.isEmpty, page.start + page.transactions.count == windowStart {
            window = page.transactions + window
            windowStart = page.start
        } else {
            window = page.transactions
            windowStart = page.start
        }
        isLoaded = true
        select(selected, visible: visible)
        let keep = around(visible: visible, margin: keeping).clamped(to: windowStart..<windowStart + window.count)
        if !keep.isEmpty, keep != windowStart..<windowStart + window.count {
            window = Array(window[(keep.lowerBound - windowStart)..<(keep.upperBound - windowStart)])
            windowStart = keep.lowerBound
        }
    }
}

extension SpendTable {
    /// Takes the count worked out on another core, if it is of the current query and still awaited.
    mutating func take(_ count: SpendPage.Count, of counted: LedgerQuery, visible: Int) {
        guard counted == query, counting else { return }
        (rows, total, counting) = (count.rows, count.total, false)
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
    /// Whether the count was asked for but follows, worked out on another core (``Action/spendCounted(_:_:)``): these are
    /// the query's first rows.
    public var countFollows: Bool
    public var start: Int
    public var transactions: [LedgerTransaction]

    public init(query: LedgerQuery, counted: Count?, countFollows: Bool = false, start: Int, transactions: [LedgerTransaction]) {
        self.query = query
        self.counted = counted
        self.countFollows = countFollows
        self.start = start
        self.transactions = transactions
    }
}
