import Dispatch
import Foundation

/// Work cut into numbered pieces, done on one thread per core, whose results are handed on in order on the
/// calling thread. At most two pieces per thread wait to be handed on, so memory stays bounded however many
/// pieces there are.
enum OrderedParallelWork {
    /// Runs `work` for pieces `0..<count`, each thread with its own `state()`, and calls `body` with each
    /// result in piece order. A piece that throws ends the run with its error, once the pieces before it are
    /// handed on.
    static func run<State, Result: Sendable>(
        pieces count: Int, state: @escaping @Sendable () -> State,
        work: @escaping @Sendable (inout State, Int) throws -> Result, _ body: (Result) throws -> Void
    ) throws {
        guard count > 0 else { return }
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), count)
        let results = (0..<count).map { _ in PieceResult<Result>() }
        let window = DispatchSemaphore(value: workers * 2)
        let queue = PieceQueue(count: count)
        // Threads of their own, not Dispatch's pool: the caller may itself be blocking a pool thread (an
        // async command on Linux), and the pool would then run the workers one at a time.
        for _ in 0..<workers {
            Thread.detachNewThread {
                var local = state()
                while true {
                    window.wait()
                    guard let index = queue.claim() else {
                        window.signal()
                        return
                    }
                    results[index].fill { try work(&local, index) }
                }
            }
        }
        defer {
            // Whatever happened to the caller, let every worker wake up, see there is no more work and end.
            queue.cancel()
            for _ in 0..<workers { window.signal() }
        }
        for result in results {
            try body(try result.take())
            window.signal()
        }
    }
}

/// The next piece to do, shared by the worker threads.
private final class PieceQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    func claim() -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func cancel() {
        lock.withLock { next = count }
    }
}

/// One piece's result, filled by a worker and taken by the caller: written once, before `done` is
/// signalled, and read only after waiting on it.
private final class PieceResult<Value>: @unchecked Sendable {
    private var value: Value?
    private var failure: (any Error)?
    private let done = DispatchSemaphore(value: 0)

    func fill(_ make: () throws -> Value) {
        do {
            value = try make()
        } catch {
            failure = error
        }
        done.signal()
    }

    /// Waits for the piece, then hands over its result and forgets it.
    func take() throws -> Value {
        done.wait()
        if let failure { throw failure }
        defer { value = nil }
        return value!
    }
}
