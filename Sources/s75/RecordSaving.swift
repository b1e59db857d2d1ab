import S75Domain
import S75Store

/// What the commands that write one kind of record share: an amount read from an option, and a change checked as the
/// domain checks it (so a refusal reads as on the screen) before the store writes and audits it.
enum RecordSaving {
    /// `text` as an amount of money, or a stop naming `option`.
    static func amount(_ text: String, option: String = "--amount") throws -> Money {
        switch MoneyInput.parse(text) {
        case .success(let parsed): return parsed
        case .failure(let error): throw Failure.stop("\(option) \(text): \(error.message).")
        }
    }

    /// Writes `changes` (each expecting its record's version in `agreement`, as read with `versions`; new records when not
    /// given), after checking them on `agreement` in turn.
    static func save(_ changes: [Change], to store: any AgreementStore, checkedOn agreement: Agreement, versions: RecordVersions? = nil) throws {
        var after = agreement
        do {
            for change in changes { try after.apply(change) }
        } catch {
            throw Failure.stop("\(error.message).")
        }
        _ = try Failure.reporting { () throws(StoreError) in
            try store.apply(changes.map { ($0, versions?.version(of: $0.key, in: agreement)) }, author: .current, at: S75Database.now())
        }
    }
}
