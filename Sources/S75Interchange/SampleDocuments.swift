import Foundation
import S75Documents
import S75Domain

/// The built-in samples kept as documents in the canonical format, and loaded through the same import as any
/// document: Ashvale (a prime contractor, a capitated contract with a risk corridor, integrated personal budgets).
public enum SampleDocuments {
    /// The Ashvale agreement, from `Samples/ashvale.json`.
    public static func ashvale() throws(InterchangeError) -> Agreement {
        guard let url = Bundle.module.url(forResource: "ashvale", withExtension: "json"), let data = try? Data(contentsOf: url) else {
            throw InterchangeError(path: "ashvale.json", "the built-in sample is missing from s75's resources; reinstall s75")
        }
        return try AgreementDocument.agreement(from: data)
    }
}
