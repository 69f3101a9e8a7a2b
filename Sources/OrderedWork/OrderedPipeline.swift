import Foundation

/// Work on a stream of inputs done on worker threads, its outputs handed back in input order. `Failure` is
/// what the work throws (`Never` for work that cannot fail, whose outputs are then taken without `try`).
///
/// Each worker takes the next input submitted, works it with a state of its own, and leaves the output for
/// `next()`, which hands outputs back strictly in the order their inputs were submitted. Besides the output
/// the caller took last, at most `lookAhead` inputs are being worked or waiting to be taken, so memory stays
/// bounded however many are submitted. With one worker, inputs are worked one after another in order, so its state may carry from each
/// to the next (a hash chain, the entries seen so far).
///
/// An input whose work throws stops the work: no later input is started, and `next()` rethrows the error once
/// the outputs before it are taken. `cancel()` (and dropping the pipeline) stops the work too and waits for
/// the workers to end.
///
/// Workers are threads of their own rather than Dispatch's pool: the caller may itself be blocking a pool
/// thread, and the pool could then run the workers one at a time or not at all.
public final class OrderedPipeline<Input: Sendable, Output: Sendable, Failure: Error>: Sendable {
    private let core: PipelineCore<Input, Output, Failure>

    /// Starts `workers` threads, each with its own `state()`, that wait for inputs to `work`.
    public init<State>(
        workers: Int = processorCount, lookAhead: Int, state: @escaping @Sendable () -> State,
        work: @escaping @Sendable (inout State, Input) throws(Failure) -> Output
    ) {
        precondition(workers > 0 && lookAhead > 0, "a pipeline needs a worker and room for one output")
        core = PipelineCore(lookAhead: lookAhead, workers: workers)
        for _ in 0..<workers {
            Thread.detachNewThread { [core] in
                var local = state()
                core.serve { input throws(Failure) in try work(&local, input) }
            }
        }
    }

    /// Threads that can run at once on this machine: the default number of workers.
    public static var processorCount: Int {
        max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Adds an input after those submitted before.
    public func submit(_ input: Input) {
        core.submit([input])
    }

    /// Adds inputs after those submitted before, in their order.
    public func submit<Inputs: Sequence<Input>>(contentsOf inputs: Inputs) {
        core.submit(Array(inputs))
    }

    /// Says no more inputs will come, so that `next()` returns nil after the last output.
    public func close() {
        core.close()
    }

    /// The output of the oldest input not handed back yet, waiting for it if need be; nil once the pipeline is
    /// closed and every output has been handed back, or once it is cancelled. Rethrows the error of an input
    /// that threw, after which the work is stopped.
    public func next() throws(Failure) -> Output? {
        try core.next()
    }

    /// Stops the work: inputs not started are dropped, and this waits for the workers to finish what they are
    /// doing and end.
    public func cancel() {
        core.cancel()
    }

    deinit {
        core.cancel()
    }
}

extension OrderedPipeline where Input == Int {
    /// Does pieces `0..<count` on up to `workers` threads, each with its own `state()`, and calls `body` with
    /// each output in piece order on the calling thread. Besides the one `body` holds, at most `lookAhead`
    /// pieces are being worked or waiting for it: unless told, one fewer than two per worker, so that two
    /// pieces per worker are held at most. A piece that throws, or `body` throwing, ends the run with that
    /// error once the pieces before it are handed on.
    public static func run<State>(
        pieces count: Int, workers: Int = processorCount, lookAhead: Int? = nil,
        state: @escaping @Sendable () -> State, work: @escaping @Sendable (inout State, Int) throws(Failure) -> Output,
        _ body: (Output) throws -> Void
    ) throws {
        guard count > 0 else { return }
        let workers = min(max(1, workers), count)
        let pipeline = OrderedPipeline(workers: workers, lookAhead: lookAhead ?? workers * 2 - 1, state: state, work: work)
        defer { pipeline.cancel() }
        pipeline.submit(contentsOf: 0..<count)
        pipeline.close()
        while let output = try pipeline.next() {
            try body(output)
        }
    }
}
