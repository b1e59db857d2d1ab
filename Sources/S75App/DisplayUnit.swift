/// The unit money is shown in: whole pounds, or thousands of pounds as in board papers.
public enum DisplayUnit: String, Hashable, Sendable, CaseIterable {
    case thousands
    case pounds

    /// The unit's heading: "£000" or "£".
    public var label: String { self == .thousands ? "£000" : "£" }

    /// The other unit.
    public var toggled: DisplayUnit { self == .thousands ? .pounds : .thousands }
}
