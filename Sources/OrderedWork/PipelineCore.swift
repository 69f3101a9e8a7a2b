import Foundation

/// The state an `OrderedPipeline` shares with its worker threads. Every stored property is read and written
/// only while `condition` is locked, which is what makes the unchecked Sendable sound.
final class PipelineCore<Input, Output, Failure: Error>: @unchecked Sendable {
    private let condition = NSCondition()
    private let lookAhead: Int
    /// Inputs not started yet, from `head` on; started ones are cleared so they are freed at once.
    private var pending: [Input?] = []
    private var head = 0
    /// Inputs numbered `0..<started` have been started, and the outputs of `0..<taken` handed back.
    private var started = 0
    private var taken = 0
    /// The outputs of inputs `taken..<started` that are done, each at its number modulo `lookAhead`.
    private var outputs: [Result<Output, Failure>?]
    private var closed = false
    /// Set when the work is cancelled or an input threw: no input is started after it.
    private var stopped = false
    private var liveWorkers: Int

    init(lookAhead: Int, workers: Int) {
        self.lookAhead = lookAhead
        outputs = Array(repeating: nil, count: lookAhead)
        liveWorkers = workers
    }

    func submit(_ inputs: [Input]) {
        condition.withLock {
            precondition(!closed, "an input submitted to a closed pipeline")
            guard !stopped else { return }
            pending.append(contentsOf: inputs.lazy.map { Optional($0) })
            condition.broadcast()
        }
    }

    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }

    /// A worker thread's loop: takes inputs in order while there is room, works each with `work` unlocked,
    /// and leaves its output in its slot, until the inputs run out or the work stops.
    func serve(_ work: (Input) throws(Failure) -> Output) {
        condition.lock()
        defer {
            liveWorkers -= 1
            condition.broadcast()
            condition.unlock()
        }
        while let (number, input) = nextInput() {
            condition.unlock()
            let output = Result { () throws(Failure) -> Output in try work(input) }
            condition.lock()
            if case .failure = output { stopped = true }
            outputs[number % lookAhead] = output
            condition.broadcast()
        }
    }

    /// The next input to start and its number, waiting for one and for room; nil when there will be none.
    /// Called with the lock held.
    private func nextInput() -> (Int, Input)? {
        while true {
            if stopped { return nil }
            if head < pending.count, started - taken < lookAhead {
                let input = pending[head].take()!
                head += 1
                if head == pending.count {
                    pending.removeAll(keepingCapacity: true)
                    head = 0
                }
                started += 1
                return (started - 1, input)
            }
            if closed, head == pending.count { return nil }
            condition.wait()
        }
    }

    func next() throws(Failure) -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = outputs[taken % lookAhead] {
                outputs[taken % lookAhead] = nil
                taken += 1
                condition.broadcast()
                guard case .failure(let error) = output else { return try output.get() }
                // No worker is left running once the error reaches the caller.
                stopAndWait()
                throw error
            }
            if taken == started {
                // Every output was taken, or the work stopped before this one: nothing more will come.
                if stopped || closed && head == pending.count { return nil }
                precondition(head < pending.count || closed,
                             "next() on an open pipeline with no input left would wait forever")
            }
            condition.wait()
        }
    }

    func cancel() {
        condition.withLock { stopAndWait() }
    }

    /// Drops the inputs not started and the outputs not taken, and waits for every worker to end. Called with
    /// the lock held.
    private func stopAndWait() {
        stopped = true
        pending.removeAll()
        head = 0
        condition.broadcast()
        while liveWorkers > 0 { condition.wait() }
        for index in outputs.indices { outputs[index] = nil }
        taken = started
    }
}
