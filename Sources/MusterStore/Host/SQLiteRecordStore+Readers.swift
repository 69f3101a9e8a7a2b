import Foundation
import GRDB

extension SQLiteRecordStore {
    /// Opens now every reader connection the pool will ever use. A setgid Muster gives up its group right
    /// after opening the shared database, and a connection opened after that would be refused the
    /// group-only file; so all of them are opened first, by holding that many reads at once.
    public func openEveryReader() throws {
        guard let pool = writer as? DatabasePool else { return }
        let count = pool.configuration.maximumReaderCount
        let barrier = ReaderBarrier(count: count)
        let group = DispatchGroup()
        for _ in 0..<count {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                do { try pool.read { _ in barrier.arriveAndWait() } } catch { barrier.fail(error) }
            }
        }
        group.wait()
        if let error = barrier.error { throw StoreError.storage("cannot open the database's readers: \(error)") }
    }
}

/// Holds each read until `count` are open at once (or a few seconds pass, so nothing can hang on it).
private final class ReaderBarrier: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private var arrived = 0
    private(set) var error: Error?

    init(count: Int) {
        self.count = count
    }

    func arriveAndWait() {
        condition.lock()
        defer { condition.unlock() }
        arrived += 1
        condition.broadcast()
        let deadline = Date().addingTimeInterval(5)
        while arrived < count, condition.wait(until: deadline) {}
    }

    func fail(_ error: Error) {
        condition.lock()
        defer { condition.unlock() }
        self.error = error
        arrived = count
        condition.broadcast()
    }
}
