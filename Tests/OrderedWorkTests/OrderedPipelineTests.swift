import Foundation
import OrderedWork
import Synchronization
import Testing

@Suite("An ordered pipeline hands outputs back in input order")
struct OrderedPipelineTests {
    struct Failure: Error, Equatable {
        var piece: Int
    }

    @Test("outputs come back in piece order whatever order the workers finish in", arguments: [1, 2, 3, 8])
    func inOrder(workers: Int) throws {
        var outputs: [Int] = []
        try OrderedPipeline.run(pieces: 200, workers: workers, state: {}, work: { _, piece in
            // Early pieces take longest, so later ones finish first on other workers.
            if piece % 7 == 0 { Thread.sleep(forTimeInterval: 0.001) }
            return piece * 10
        }) { outputs.append($0) }
        #expect(outputs == (0..<200).map { $0 * 10 })
    }

    @Test("no pieces: the work never runs")
    func nothing() throws {
        var calls = 0
        try OrderedPipeline<Int, Int, Never>.run(pieces: 0, state: {}, work: { _, piece in piece }) { _ in calls += 1 }
        #expect(calls == 0)
    }

    @Test("one worker works the inputs in order, its state carried from each to the next")
    func oneWorkerCarriesState() {
        let pipeline = OrderedPipeline<[Int], Int, Never>(workers: 1, lookAhead: 3, state: { 0 }, work: { total, numbers in
            total += numbers.reduce(0, +)
            return total
        })
        for start in stride(from: 0, to: 100, by: 10) { pipeline.submit(Array(start..<start + 10)) }
        pipeline.close()
        var totals: [Int] = []
        while let total = pipeline.next() { totals.append(total) }
        #expect(totals == (1...10).map { (0..<$0 * 10).reduce(0, +) })
        #expect(pipeline.next() == nil)
    }

    @Test("each worker has its own state", arguments: [1, 2, 4])
    func stateOfItsOwn(workers: Int) throws {
        let states = Mutex(0)
        var seen = Set<Int>()
        try OrderedPipeline.run(pieces: 64, workers: workers, state: { states.withLock { $0 += 1; return $0 } },
                                work: { state, _ in state }) { seen.insert($0) }
        #expect(seen.count <= workers)
        #expect(states.withLock { $0 } == workers)
    }

    @Test("a piece that throws stops the work; its error reaches the caller after the pieces before it",
          arguments: [1, 2, 4])
    func errorStops(workers: Int) throws {
        let started = Mutex(0)
        var handed: [Int] = []
        #expect(throws: Failure(piece: 30)) {
            try OrderedPipeline.run(pieces: 10_000, workers: workers, state: {}, work: { _, piece in
                started.withLock { $0 += 1 }
                if piece == 30 { throw Failure(piece: 30) }
                return piece
            }) { handed.append($0) }
        }
        #expect(handed == Array(0..<30))
        // Only pieces already started (at most a window's worth) run after the failing one.
        #expect(started.withLock { $0 } <= 31 + workers * 2)
    }

    @Test("the caller's error stops the work too, and no worker runs after it reaches the caller")
    func callerErrorStops() throws {
        let running = Mutex(0)
        let started = Mutex(0)
        #expect(throws: Failure(piece: 5)) {
            try OrderedPipeline.run(pieces: 10_000, workers: 3, state: {}, work: { _, piece in
                running.withLock { $0 += 1 }
                defer { running.withLock { $0 -= 1 } }
                started.withLock { $0 += 1 }
                Thread.sleep(forTimeInterval: 0.0005)
                return piece
            }) { piece in
                if piece == 5 { throw Failure(piece: 5) }
            }
        }
        #expect(running.withLock { $0 } == 0)
        #expect(started.withLock { $0 } <= 6 + 3 * 2)
    }

    @Test("at most lookAhead pieces are worked or waiting at once, however slow the caller", arguments: [1, 2, 5])
    func boundedLookAhead(lookAhead: Int) throws {
        let started = Mutex(0)
        var handed = 0
        try OrderedPipeline.run(pieces: 60, workers: 4, lookAhead: lookAhead, state: {}, work: { _, piece in
            started.withLock { $0 += 1 }
            return piece
        }) { _ in
            // Give the workers every chance to run ahead before this output counts as taken.
            Thread.sleep(forTimeInterval: 0.002)
            // The output in hand and at most `lookAhead` after it.
            let ahead = started.withLock { $0 } - handed
            #expect(ahead <= lookAhead + 1)
            handed += 1
        }
        #expect(handed == 60)
    }

    @Test("a pipeline fed while it runs: outputs as inputs arrive, nil after close")
    func fedWhileRunning() {
        let pipeline = OrderedPipeline<String, Int, Never>(workers: 2, lookAhead: 2, state: {}, work: { _, text in text.count })
        var counts: [Int] = []
        for word in ["a", "bb", "ccc", "dddd", "eeeee"] {
            pipeline.submit(word)
            if let count = pipeline.next() { counts.append(count) }
        }
        pipeline.close()
        while let count = pipeline.next() { counts.append(count) }
        #expect(counts == [1, 2, 3, 4, 5])
    }

    @Test("cancelling drops what is not started and waits for the workers")
    func cancelWaits() {
        let running = Mutex(0)
        let pipeline = OrderedPipeline<Int, Int, Never>(workers: 2, lookAhead: 4, state: {}, work: { _, piece in
            running.withLock { $0 += 1 }
            defer { running.withLock { $0 -= 1 } }
            Thread.sleep(forTimeInterval: 0.002)
            return piece
        })
        pipeline.submit(contentsOf: 0..<1_000)
        #expect(pipeline.next() == 0)
        pipeline.cancel()
        #expect(running.withLock { $0 } == 0)
        #expect(pipeline.next() == nil)
    }

    @Test("a pipeline dropped unfinished lets its workers end")
    func droppedPipeline() {
        let running = Mutex(0)
        do {
            let pipeline = OrderedPipeline<Int, Int, Never>(workers: 2, lookAhead: 2, state: {}, work: { _, piece in
                running.withLock { $0 += 1 }
                defer { running.withLock { $0 -= 1 } }
                return piece
            })
            pipeline.submit(contentsOf: 0..<100)
            #expect(pipeline.next() == 0)
        }
        #expect(running.withLock { $0 } == 0)
    }
}
