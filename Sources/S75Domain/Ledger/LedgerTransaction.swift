/// One transaction of a partner's general ledger as imported (`row`), with its place in the file and the line the
/// agreement's rules map it to. Its fields read as the row's: `transaction.supplier`.
@dynamicMemberLookup
public struct LedgerTransaction: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var row: LedgerRow
    /// The scheme line the rules map it to; nil while it is in suspense.
    public var lineID: SchemeLine.ID?

    public init(id: Int64, row: LedgerRow, lineID: SchemeLine.ID?) {
        self.id = id
        self.row = row
        self.lineID = lineID
    }

    public subscript<Value>(dynamicMember field: KeyPath<LedgerRow, Value>) -> Value { row[keyPath: field] }
}
