import S75Domain
import S75Screen

extension RAG {
    /// The role a RAG word is drawn in.
    public var role: StyleRole {
        switch self {
        case .red: .ragRed
        case .amber: .ragAmber
        case .green: .ragGreen
        }
    }

    /// The word in a table cell, in its role.
    public var cell: TableCell { TableCell(label, role: role) }
}

extension FinanceStatus {
    /// The role a status word is drawn in.
    public var role: StyleRole {
        switch self {
        case .red: .ragRed
        case .amber: .ragAmber
        case .green: .ragGreen
        case .under: .ragUnder
        case .noReturn, .notRated: .ragMissing
        }
    }

    /// The word in a table cell, in its role.
    public var cell: TableCell { TableCell(label, role: role) }
}
