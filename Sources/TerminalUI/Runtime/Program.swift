/// How a program run ended.
public struct ProgramResult<State> {
    /// The state after the last update.
    public var state: State
    /// The signal that stopped the program (SIGINT 2, SIGTERM 15, SIGHUP 1), or nil after a normal quit.
    /// A command-line tool should exit with 128 + signal.
    public var signal: Int32?
}

/// The Elm-architecture runtime: terminal events become messages, `update` changes the state and returns
/// effects, effects run off the input loop and send messages back, and `view` redraws the screen.
///
/// The loop, in order, every `pollInterval` at most:
/// 1. wait up to `pollInterval` for a terminal event and map it to a message with `message(for:)`;
/// 2. apply it, then every message effects have sent meanwhile, with `update`;
/// 3. start returned effects in detached tasks (never blocking the loop);
/// 4. if the state changed (or the terminal was resized), render `view` and draw only the cells that differ
///    from the previous frame (all of them, on a cleared screen, after a resize);
/// 5. stop when `update` returned `.quit` or the terminal reported `.interrupt`.
///
/// With a `tick`, its message is applied between steps 2 and 3 once its interval has passed since the last.
///
/// ```swift
/// struct Counter: Equatable { var count = 0 }
/// enum Msg: Sendable { case key(Key), loaded(Int) }
/// enum Eff: Sendable { case load }
///
/// let program = Program<Counter, Msg, Eff>(
///     state: Counter(),
///     initialEffects: [.load],
///     message: { event, _ in if case .key(let key) = event { .key(key) } else { nil } },
///     update: { state, message in
///         switch message {
///         case .key(.character("q")): return .quit
///         case .key(.character("+")): state.count += 1; return .none
///         case .key: return .none
///         case .loaded(let n): state.count = n; return .none
///         }
///     },
///     view: { state, size in
///         var frame = Frame(size: size)
///         frame.buffer.write("Count: \(state.count)", at: Position(column: 0, row: 0))
///         return frame
///     },
///     runEffect: { effect, send in
///         switch effect { case .load: send(.loaded(await loadCount())) }
///     })
/// let result = try await program.run(on: terminal)   // terminal: NcursesTerminal or TestTerminal
/// ```
@available(macOS 15.0, *)
public struct Program<State: Equatable, Message: Sendable, Effect: Sendable> {
    public var state: State
    public var initialEffects: [Effect]
    public var pollInterval: Duration
    public var message: (TerminalEvent, State) -> Message?
    public var update: (inout State, Message) -> Next<Effect>
    public var view: (State, Size) -> Frame
    public var runEffect: @Sendable (Effect, MessageSink<Message>) async -> Void
    /// A message applied every `every`, between terminal events: how a program notices what changes outside
    /// it (another process writing the database) without a key press.
    public var tick: (every: Duration, message: Message)?

    /// - Parameters:
    ///   - state: the initial state.
    ///   - initialEffects: effects started before the first frame (initial data loads).
    ///   - pollInterval: how long to wait for input before checking effect results.
    ///   - message: maps a terminal event to a message (nil ignores it). `.interrupt` never reaches it.
    ///   - update: applies a message to the state and says what to do next. Must be pure and quick.
    ///   - view: renders the whole screen for a size. Must be pure.
    ///   - runEffect: performs an effect (I/O) and sends any resulting messages; runs in a detached task.
    ///   - tick: a message to apply every so often (at the first poll after the interval has passed).
    public init(state: State, initialEffects: [Effect] = [], pollInterval: Duration = .milliseconds(25),
                message: @escaping (TerminalEvent, State) -> Message?,
                update: @escaping (inout State, Message) -> Next<Effect>,
                view: @escaping (State, Size) -> Frame,
                runEffect: @escaping @Sendable (Effect, MessageSink<Message>) async -> Void,
                tick: (every: Duration, message: Message)? = nil) {
        self.state = state
        self.initialEffects = initialEffects
        self.pollInterval = pollInterval
        self.message = message
        self.update = update
        self.view = view
        self.runEffect = runEffect
        self.tick = tick
    }

    /// Runs until `update` quits or the terminal is interrupted, and returns the final state. The caller
    /// restores the terminal afterwards (also when this throws).
    nonisolated(nonsending) public func run(on terminal: some Terminal) async throws -> ProgramResult<State> {
        var state = self.state
        let sink = MessageSink<Message>()
        var size = terminal.size
        var previous: Buffer?
        var lastCursor: Position?
        var needsRender = true
        var quit = false

        func start(_ effects: [Effect]) {
            for effect in effects {
                let runEffect = self.runEffect
                Task.detached { await runEffect(effect, sink) }
            }
        }
        func apply(_ message: Message) {
            let before = state
            let next = update(&state, message)
            if state != before { needsRender = true }
            if next.quit { quit = true }
            start(next.effects)
        }

        let clock = ContinuousClock()
        var nextTick = tick.map { clock.now + $0.every }
        start(initialEffects)
        while true {
            if needsRender {
                let frame = view(state, size)
                let fullRedraw = previous == nil
                let changes = Buffer.changes(from: previous, to: frame.buffer)
                if fullRedraw || !changes.isEmpty || frame.cursor != lastCursor {
                    try terminal.draw(changes, cursor: frame.cursor, fullRedraw: fullRedraw)
                }
                previous = frame.buffer
                lastCursor = frame.cursor
                needsRender = false
            }
            if quit { break }
            if let event = try await terminal.nextEvent(timeout: pollInterval) {
                switch event {
                case .interrupt(let signal):
                    return ProgramResult(state: state, signal: signal)
                case .resize(let newSize):
                    size = newSize
                    previous = nil
                    needsRender = true
                default:
                    break
                }
                if let message = message(event, state) { apply(message) }
            }
            for message in sink.inbox.drain() {
                apply(message)
                if quit { break }
            }
            if let tick, let due = nextTick, !quit, clock.now >= due {
                nextTick = clock.now + tick.every
                apply(tick.message)
            }
            await Task.yield()
        }
        return ProgramResult(state: state, signal: nil)
    }
}
