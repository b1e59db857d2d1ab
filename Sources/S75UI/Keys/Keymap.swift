import S75App
import S75Screen

extension KeyContext {
    /// The heading used in help and docs.
    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .list: "In a list"
        case .detail: "In a detail view"
        case .help: "In help"
        case .grid: "In the monthly grid (letters and figures are typed into the cell)"
        case .form: "In a form (letters and figures are typed into the field)"
        case .confirm: "When asked to confirm (y confirms, any other key does not)"
        case .search: "On the search line (letters and figures are typed)"
        case .walk: "In the board's walk"
        case .prompt: "On the command line (letters and figures are typed)"
        }
    }
}

/// One key binding: in `context` (on `panes`, or on every pane when empty), `keys` run `command`.
public struct Binding: Hashable, Sendable {
    public var context: KeyContext
    public var keys: [KeyEvent]
    public var command: Command
    /// Whether the binding is shown in the one-line key bar.
    public var hint: Bool
    /// The panes where the binding acts; empty for every pane.
    public var panes: Set<Pane>

    public init(_ context: KeyContext, _ keys: [KeyEvent], _ command: Command, hint: Bool = false, panes: Set<Pane> = []) {
        self.context = context
        self.keys = keys
        self.command = command
        self.hint = hint
        self.panes = panes
    }

    /// Whether the binding acts on `pane` (nil: on some pane).
    func acts(on pane: Pane?) -> Bool { pane.map { panes.isEmpty || panes.contains($0) } ?? true }
}

/// The table of key bindings, from which the key bar, help screen and `docs/keys.md` are made.
///
/// Lookup tries the most specific context first and falls back to ``KeyContext/global``
/// (except in help, which takes every key).
public struct Keymap: Sendable {
    public let bindings: [Binding]

    /// A keymap of `bindings`; fails if a key is bound twice in one context on one pane.
    public init(_ bindings: [Binding]) throws(KeymapError) {
        var seen: Set<String> = []
        for binding in bindings {
            let panes = binding.panes.isEmpty ? Pane.allCases : Array(binding.panes)
            for key in binding.keys {
                for pane in panes where !seen.insert("\(binding.context.rawValue) \(pane) \(key.label)").inserted {
                    throw KeymapError.duplicate(key: key.label, context: binding.context.title)
                }
            }
        }
        self.bindings = bindings
    }

    /// The command `key` runs in `context` on `pane` (nil: on any pane), if any.
    public func command(for key: KeyEvent, in context: KeyContext, pane: Pane? = nil) -> Command? {
        var contexts: [KeyContext] = context == .help ? [.help] : [context, .global]
        if context.takesTyping, case .character = key { contexts = [context] }
        for candidate in contexts {
            if let binding = bindings.first(where: { $0.context == candidate && $0.keys.contains(key) && $0.acts(on: pane) }) {
                return binding.command
            }
        }
        return nil
    }

    /// The bindings that apply in `context` on `pane`, specific ones first, each command once, each with only the keys
    /// that reach it there: a key a more specific binding claims is left out, and so, where printable keys
    /// are typed, are the printable keys of the global bindings.
    public func bindings(in context: KeyContext, pane: Pane? = nil) -> [Binding] {
        let contexts: [KeyContext] = context == .help ? [.help] : [context, .global]
        var commands: Set<Command> = []
        var claimed: Set<KeyEvent> = []
        var result: [Binding] = []
        for binding in contexts.flatMap({ c in bindings.filter { $0.context == c && $0.acts(on: pane) } }) {
            var reaching = binding
            reaching.keys = binding.keys.filter { key in
                if context.takesTyping, binding.context != context, case .character = key { return false }
                return !claimed.contains(key)
            }
            claimed.formUnion(binding.keys)
            if !reaching.keys.isEmpty, commands.insert(binding.command).inserted { result.append(reaching) }
        }
        return result
    }
}

/// A keymap that cannot work.
public enum KeymapError: Error, Equatable, CustomStringConvertible {
    case duplicate(key: String, context: String)

    public var description: String {
        switch self {
        case .duplicate(let key, let context): "The key \(key) is bound twice in \"\(context)\"."
        }
    }
}
