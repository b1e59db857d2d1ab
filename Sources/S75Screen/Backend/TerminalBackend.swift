/// What the runtime needs from a terminal: its size, a way to show a frame, and keys.
///
/// `NCursesBackend` talks to a real terminal; ``MemoryBackend`` keeps frames in memory for tests.
public protocol TerminalBackend: AnyObject {
    /// The terminal's current size.
    var size: Size { get }

    /// Shows `frame`, sending only what changed since the last frame unless `fullRepaint` is set.
    func present(_ frame: ScreenBuffer, fullRepaint: Bool)

    /// The next key, waiting at most `timeoutMilliseconds` (nil: wait for ever). Nil on timeout.
    func nextKey(timeoutMilliseconds: Int?) -> KeyEvent?

    /// Hands the terminal back to the shell until the user continues the program (`fg`); false, doing
    /// nothing, where the shell has no job control.
    func suspend() -> Bool

    /// Draws from now on with `theme`'s colours and attributes.
    func apply(_ theme: Theme)
}
