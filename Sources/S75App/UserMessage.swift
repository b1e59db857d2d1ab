/// A message for the status line: what happened, and whether it is a problem.
public struct UserMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, error }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    /// The region's server answers again after it could not be reached.
    public static let reachableAgain = UserMessage("The server answers again; whatever was typed and not saved is still on screen.")

    /// A message about something that went wrong.
    public static func error(_ text: String) -> UserMessage { UserMessage(text, kind: .error) }
}
