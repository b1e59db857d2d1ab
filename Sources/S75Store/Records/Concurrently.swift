import Dispatch

/// Work started on another thread while this one goes on, its result waited for where it is needed: so that a read can
/// decode on the second core what it has already read while it reads the rest, and a session check its records while
/// its first frame is drawn.
public final class Concurrently<Value: Sendable, Failure: Error>: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read only after waiting on it: the semaphore orders them.
    private var result: Result<Value, Failure>?
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { () throws(Failure) -> Value in try work() }
            self.done.signal()
        }
    }

    /// Whether the work is done, asked without waiting for it.
    public var isDone: Bool {
        guard done.wait(timeout: .now()) == .success else { return false }
        done.signal()
        return true
    }

    /// The work's result, once it is done (its error, if it threw).
    public func value() throws(Failure) -> Value {
        done.wait()
        done.signal()  // a second wait returns at once
        guard let result else { preconditionFailure("signalled before the result was written") }
        return try result.get()
    }
}
