import Foundation
import OrderedWork
import Synchronization
import Testing

@Suite("An ordered pipeline hands outputs back in input order")
struct OrderedPipelineTests {
    struct Failure: Error, Equatable {
        var piece: Int
    }

    /// What a run that throws handed on before its error, and the error.
    struct Ended: Sendable {
        var handed: [Int] = []
        var error: Failure?
        var started = 0
        var running = 0
    }

    @Test("outputs come back in piece order whatever order the workers finish in", arguments: [1, 2, 3, 8])
    func inOrder(workers: Int) async throws {
        let outputs = try await onOwnThread {
            var outputs: [Int] = []
            try OrderedPipeline.run(pieces: 200, workers: workers, state: {}, work: { _, piece in
                // Every seventh piece is slow, so later ones finish first on other workers.
                if piece % 7 == 0 { Thread.sleep(forTimeInterval: 0.001) }
                return piece * 10
            }) { outputs.append($0) }
            return outputs
        }
        #expect(outputs == (0..<200).map { $0 * 10 })
    }

    @Test("no pieces: the work never runs")
    func nothing() throws {
        var calls = 0
        try OrderedPipeline<Int, Int, Never>.run(pieces: 0, state: {}, work: { _, piece in piece }) { _ in calls += 1 }
        #expect(calls == 0)
    }

    @Test("one worker works the inputs in order, its state carried from each to the next")
    func oneWorkerCarriesState() async throws {
        let totals = try await onOwnThread {
            let pipeline = OrderedPipeline<[Int], Int, Never>(workers: 1, lookAhead: 3, state: { 0 }, work: { total, numbers in
                total += numbers.reduce(0, +)
                return total
            })
            for start in stride(from: 0, to: 100, by: 10) { pipeline.submit(Array(start..<start + 10)) }
            pipeline.close()
            var totals: [Int] = []
            while let total = pipeline.next() { totals.append(total) }
            return totals + (pipeline.next().map { [$0] } ?? [])
        }
        #expect(totals == (1...10).map { (0..<$0 * 10).reduce(0, +) })
    }

    @Test("each worker has its own state", arguments: [1, 2, 4])
    func stateOfItsOwn(workers: Int) async throws {
        let (seen, made) = try await onOwnThread {
            let states = Mutex(0)
            var seen = Set<Int>()
            try OrderedPipeline.run(pieces: 64, workers: workers, state: { states.withLock { $0 += 1; return $0 } },
                                    work: { state, _ in state }) { seen.insert($0) }
            return (seen, states.withLock { $0 })
        }
        #expect(seen.count <= workers)
        #expect(made == workers)
    }

    @Test("a piece that throws stops the work; its error reaches the caller after the pieces before it",
          arguments: [1, 2, 4])
    func errorStops(workers: Int) async throws {
        let ended = try await onOwnThread {
            let started = Mutex(0)
            var ended = Ended()
            do {
                try OrderedPipeline.run(pieces: 10_000, workers: workers, state: {}, work: { _, piece throws(Failure) in
                    started.withLock { $0 += 1 }
                    if piece == 30 { throw Failure(piece: 30) }
                    return piece
                }) { ended.handed.append($0) }
            } catch let error as Failure {
                ended.error = error
            }
            ended.started = started.withLock { $0 }
            return ended
        }
        #expect(ended.error == Failure(piece: 30))
        #expect(ended.handed == Array(0..<30))
        // Only pieces already started (at most a window's worth) run after the failing one.
        #expect(ended.started <= 31 + workers * 2)
    }

    @Test("the caller's error stops the work too, and no worker runs after it reaches the caller")
    func callerErrorStops() async throws {
        let ended = try await onOwnThread {
            let running = Mutex(0)
            let started = Mutex(0)
            var ended = Ended()
            do {
                try OrderedPipeline.run(pieces: 10_000, workers: 3, state: {}, work: { _, piece in
                    running.withLock { $0 += 1 }
                    defer { running.withLock { $0 -= 1 } }
                    started.withLock { $0 += 1 }
                    Thread.sleep(forTimeInterval: 0.0005)
                    return piece
                }) { piece in
                    if piece == 5 { throw Failure(piece: 5) }
                    ended.handed.append(piece)
                }
            } catch let error as Failure {
                ended.error = error
            }
            ended.running = running.withLock { $0 }
            ended.started = started.withLock { $0 }
            return ended
        }
        #expect(ended.error == Failure(piece: 5))
        #expect(ended.handed == Array(0..<5))
        #expect(ended.running == 0)
        #expect(ended.started <= 6 + 3 * 2)
    }

    @Test("at most lookAhead pieces are worked or waiting at once, however slow the caller", arguments: [1, 2, 5])
    func boundedLookAhead(lookAhead: Int) async throws {
        let (handed, mostAhead) = try await onOwnThread {
            let started = Mutex(0)
            var handed = 0
            var mostAhead = 0
            try OrderedPipeline.run(pieces: 60, workers: 4, lookAhead: lookAhead, state: {}, work: { _, piece in
                started.withLock { $0 += 1 }
                return piece
            }) { _ in
                // Give the workers every chance to run ahead before this output counts as taken.
                Thread.sleep(forTimeInterval: 0.002)
                mostAhead = max(mostAhead, started.withLock { $0 } - handed)
                handed += 1
            }
            return (handed, mostAhead)
        }
        #expect(handed == 60)
        // The output in hand and at most `lookAhead` after it.
        #expect(mostAhead <= lookAhead + 1)
    }

    @Test("a pipeline fed while it runs: outputs as inputs arrive, nil after close")
    func fedWhileRunning() async throws {
        let counts = try await onOwnThread {
            let pipeline = OrderedPipeline<String, Int, Never>(workers: 2, lookAhead: 2, state: {}, work: { _, text in
                text.count
            })
            var counts: [Int] = []
            for word in ["a", "bb", "ccc", "dddd", "eeeee"] {
                pipeline.submit(word)
                if let count = pipeline.next() { counts.append(count) }
            }
            pipeline.close()
            while let count = pipeline.next() { counts.append(count) }
            return counts
        }
        #expect(counts == [1, 2, 3, 4, 5])
    }

    @Test("cancelling drops what is not started and waits for the workers")
    func cancelWaits() async throws {
        let (first, running, after) = try await onOwnThread {
            let running = Mutex(0)
            let pipeline = OrderedPipeline<Int, Int, Never>(workers: 2, lookAhead: 4, state: {}, work: { _, piece in
                running.withLock { $0 += 1 }
                defer { running.withLock { $0 -= 1 } }
                Thread.sleep(forTimeInterval: 0.002)
                return piece
            })
            pipeline.submit(contentsOf: 0..<1_000)
            let first = pipeline.next()
            pipeline.cancel()
            return (first, running.withLock { $0 }, pipeline.next())
        }
        #expect(first == 0)
        #expect(running == 0)
        #expect(after == nil)
    }

    @Test("a pipeline dropped unfinished lets its workers end")
    func droppedPipeline() async throws {
        let (first, running) = try await onOwnThread {
            let running = Mutex(0)
            var first: Int?
            do {
                let pipeline = OrderedPipeline<Int, Int, Never>(workers: 2, lookAhead: 2, state: {}, work: { _, piece in
                    running.withLock { $0 += 1 }
                    defer { running.withLock { $0 -= 1 } }
                    return piece
                })
                pipeline.submit(contentsOf: 0..<100)
                first = pipeline.next()
            }
            return (first, running.withLock { $0 })
        }
        #expect(first == 0)
        #expect(running == 0)
    }
}
