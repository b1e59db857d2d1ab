import S75Domain
import S75Postgres
import S75Store

/// Where an agreement is, as a command is given it: a file, or an agreement on a region's server
/// (`postgresql:///s75?host=DIR&agreement=ID`). Every command that reads or edits records opens it here.
enum StoreOpening {
    /// The store at `place`, to read and edit.
    static func open(_ place: String, readOnly: Bool = false, ignoringModeBits: Bool = false) throws -> any AgreementStore {
        try Failure.reporting { () throws(StoreError) -> any AgreementStore in
            if let address = ServerAddress(place) { return try PostgresStore(address, readOnly: readOnly) }
            return try S75Database.open(at: place, readOnly: readOnly, ignoringModeBits: ignoringModeBits)
        }
    }

    /// The store at `place`, to read only: nothing is written to it.
    static func openToRead(_ place: String) throws -> any AgreementStore {
        try Failure.reporting { () throws(StoreError) -> any AgreementStore in
            if let address = ServerAddress(place) { return try PostgresStore(address, readOnly: true) }
            return try S75Database.openToRead(at: place)
        }
    }

    /// The agreement at `place`, read without writing.
    static func agreement(at place: String) throws -> Agreement {
        let store = try openToRead(place)
        return try Failure.reporting { () throws(StoreError) in try store.loadSnapshot().agreement }
    }

    /// The store at `place` with its ledger's imports, to read and write (only to read when `toRead`).
    static func ledger(_ place: String, toRead: Bool = false) throws -> any LedgerImporting {
        try Failure.reporting { () throws(StoreError) -> any LedgerImporting in
            if let address = ServerAddress(place) { return try PostgresStore(address, readOnly: toRead) }
            return toRead ? try S75Database.openToRead(at: place) : try S75Database.open(at: place)
        }
    }
}
