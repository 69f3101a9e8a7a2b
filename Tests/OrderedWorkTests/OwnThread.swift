import Foundation

/// Runs blocking work on a thread of its own and awaits it. A pipeline blocks its caller while its workers
/// run; a test that blocked a thread of Swift's concurrency pool (two on a 2-core machine) would starve the
/// runtime tests that run beside it.
func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result(catching: body)) }
    }
}
