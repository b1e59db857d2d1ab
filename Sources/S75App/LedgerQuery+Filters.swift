import S75Domain

extension LedgerQuery {
    /// What `:filter` takes on the Spend pane: `line=S03`, `provider=P02`, `supplier=acme`, `text=care`, `month=2025-12`
    /// (or M9), `amount=1000..5000` (either end may be left off), `mapped=yes|no`.
    public static let filterFields = ["line", "provider", "supplier", "text", "month", "amount", "mapped"]

    /// The query with the Spend pane's `filters` applied, or what is wrong with one of them.
    public func filtered(by filters: [String: String], in a: Agreement) -> Result<LedgerQuery, EditError> {
        var q = self
        var scopes: [String] = []
        do throws(EditError) {
            for (field, value) in filters.sorted(by: { $0.key < $1.key }) {
                switch field {
                case "line":
                    guard let line = a.lines.first(where: { $0.id.lowercased() == value.lowercased() }) else {
                        throw EditError("there is no line \(value)")
                    }
                    q.lineIDs = (q.lineIDs ?? [line.id]).filter { $0 == line.id }
                    scopes.append("line \(line.id)")
                case "provider":
                    guard let provider = a.providers.first(where: { $0.id.lowercased() == value.lowercased() }) else {
                        throw EditError("there is no provider \(value)")
                    }
                    let lines = a.lines.filter { $0.providerIDs.contains(provider.id) }.map(\.id)
                    q.lineIDs = q.lineIDs.map { mine in mine.filter(lines.contains) } ?? lines
                    scopes.append("provider \(provider.id)")
                case "supplier": q.supplier = value
                case "text": q.text = value
                case "month":
                    guard let month = Period(value) ?? monthOfYear(value, in: a) else { throw EditError("month takes YYYY-MM or M1–M12, not \(value)") }
                    q.period = month
                case "amount": (q.minimum, q.maximum) = try amountRange(value)
                case "mapped":
                    switch value.lowercased() {
                    case "yes", "y", "true": q.mapped = true
                    case "no", "n", "false": q.mapped = false
                    default: throw EditError("mapped takes yes or no")
                    }
                default: throw EditError("the Spend pane filters by \(Self.filterFields.joined(separator: ", "))")
                }
            }
        } catch {
            return .failure(error)
        }
        q.scopeName = scopes.joined(separator: " · ")
        return .success(q)
    }

    /// "M9": the ninth month of the agreement's reporting year.
    private func monthOfYear(_ text: String, in a: Agreement) -> Period? {
        guard text.uppercased().hasPrefix("M"), let n = Int(text.dropFirst()), (1...12).contains(n) else { return nil }
        return a.financialYear.month(n)
    }

    /// "1000..5000", "1000..", "..5000", or one amount: in pounds, as typed anywhere else (£, commas, pence).
    private func amountRange(_ text: String) throws(EditError) -> (Money?, Money?) {
        let ends = text.split(separator: "..", omittingEmptySubsequences: false).map(String.init)
        func amount(_ part: String) throws(EditError) -> Money? {
            let trimmed = part.filter { $0 != " " }
            if trimmed.isEmpty { return nil }
            switch MoneyInput.parse(trimmed, inThousands: false) {
            case .success(let money): return money
            case .failure: throw EditError("amount takes pounds as FROM..TO (either end may be left off), e.g. amount=1000..5000")
            }
        }
        guard ends.count <= 2 else { throw EditError("amount takes FROM..TO, e.g. amount=1000..5000") }
        if ends.count == 1 { let exact = try amount(ends[0]); return (exact, exact) }
        let (low, high) = (try amount(ends[0]), try amount(ends[1]))
        if let low, let high, low > high { throw EditError("the amount range runs backwards: \(MoneyText.pounds(low)) is more than \(MoneyText.pounds(high))") }
        return (low, high)
    }
}
