/// A list of identifiers as a sentence names them: all of a few, or the first of many and how many more, so that a
/// note about five thousand lines without a return stays a line or two.
public enum IdentifierList {
    /// The most identifiers named before the rest are counted.
    public static let most = 20

    /// "S01, S02, S03", or "S0001, S0002, … S0020 and 4,980 more" (past `most`, 20 unless said).
    public static func text(_ ids: [String], most: Int = most) -> String {
        guard ids.count > most else { return ids.joined(separator: ", ") }
        return ids.prefix(most).joined(separator: ", ") + " and \(MoneyText.grouped(UInt64(ids.count - most))) more"
    }
}
