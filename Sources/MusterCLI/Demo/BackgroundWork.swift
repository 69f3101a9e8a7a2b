import Dispatch

/// A value computed on another thread while the caller gets on with something else (`muster demo`
/// plans its next batch while the current one is written).
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // `result` is written once before `done` is signalled and read only after waiting on it, so the
    // semaphore orders every access: that is what makes the unchecked Sendable sound.
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result(catching: work)
            self.done.signal()
        }
    }

    /// Waits for the value (or rethrows what the work threw).
    func value() throws -> Value {
        done.wait()
        defer { done.signal() }
        return try result!.get()
    }
}
