import Foundation

/// The snapshot an opening to write reads to check the file, kept for the store's first ``S75Database/loadSnapshot()``
/// so that a session's first frame does not read the agreement twice. It is given once, and only while the audit
/// trail shows nothing written since (every change of the agreement writes an audit row); afterwards it is let go.
final class OpeningSnapshot: @unchecked Sendable {  // `snapshot` is guarded by `lock`
    private let lock = NSLock()
    private var snapshot: StoreSnapshot?

    init(_ snapshot: StoreSnapshot) {
        self.snapshot = snapshot
    }

    /// The snapshot, if it has not been taken and the last audit row is still `lastAudit`; nil from then on.
    func take(ifLastAuditIs lastAudit: Int) -> StoreSnapshot? {
        lock.withLock {
            defer { snapshot = nil }
            return snapshot?.lastAudit == lastAudit ? snapshot : nil
        }
    }
}
