/// A terminal in memory: keys come from a script, frames are kept for inspection.
///
/// Used by scripted-session tests to drive the real runtime without a terminal.
public final class MemoryBackend: TerminalBackend {
    public private(set) var size: Size
    /// Every frame presented, oldest first.
    public private(set) var frames: [ScreenBuffer] = []
    /// How many presents asked for a full repaint.
    public private(set) var fullRepaints = 0
    private var pending: [KeyEvent]

    /// A terminal of `size` that will deliver `keys` in order, then end of input.
    public init(size: Size, keys: [KeyEvent] = []) {
        self.size = size
        self.pending = keys
    }

    /// The last frame presented.
    public var lastFrame: ScreenBuffer? { frames.last }

    /// Queues more keys.
    public func type(_ keys: [KeyEvent]) { pending += keys }

    /// Changes the size and queues a resize event, as a terminal does.
    public func resize(to newSize: Size) {
        size = newSize
        pending.insert(.resize, at: 0)
    }

    public func present(_ frame: ScreenBuffer, fullRepaint: Bool) {
        frames.append(frame)
        if fullRepaint { fullRepaints += 1 }
    }

    /// The theme the program last asked for (nil until it asks).
    public private(set) var theme: Theme?

    public func apply(_ theme: Theme) { self.theme = theme }

    /// How many times the program asked to be suspended; a terminal in memory never is.
    public private(set) var suspensions = 0

    public func suspend() -> Bool {
        suspensions += 1
        return false
    }

    public func nextKey(timeoutMilliseconds: Int?) -> KeyEvent? {
        guard !pending.isEmpty else { return timeoutMilliseconds == 0 ? nil : .endOfInput }
        let key = pending.removeFirst()
        return key
    }
}
