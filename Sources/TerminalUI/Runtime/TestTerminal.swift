/// An in-memory terminal for tests: plays a script of events, keeps the screen as a `Buffer`, and records
/// how many cells each frame wrote, so tests can prove only changed cells are drawn.
///
/// ```swift
/// let terminal = TestTerminal(size: Size(columns: 80, rows: 24), script: [
///     .key(.down), .waitUntil("row 2 selected") { $0.lines.contains { $0.hasPrefix("▶ 2") } },
///     .key(.character("q")),
/// ])
/// let result = try await program.run(on: terminal)
/// #expect(terminal.lines[0] == "…")
/// ```
///
/// When the script runs out, `nextEvent` throws `TestTerminalError.scriptExhausted`, so a program that fails
/// to quit makes the test fail instead of hanging.
public final class TestTerminal: Terminal {
    /// One scripted step.
    public enum Step {
        /// Deliver this event (a `.resize` also changes `size`).
        case event(TerminalEvent)
        /// Hold back later steps until `condition` holds for the terminal (checked between polls).
        case waitUntil(String, (TestTerminal) -> Bool)

        public static func key(_ key: Key) -> Step { .event(.key(key)) }
        public static func resize(_ size: Size) -> Step { .event(.resize(size)) }
        /// A left click at a cell, as a terminal with mouse reporting sends it.
        public static func click(column: Int, row: Int) -> Step { .event(.mouse(MouseEvent(.click, at: Position(column: column, row: row)))) }
        /// One `.key(.character)` step per character of `text`.
        public static func type(_ text: String) -> [Step] { text.map { .event(.key(.character($0))) } }
    }

    public private(set) var size: Size
    /// What the screen shows now.
    public private(set) var screen: Buffer
    /// The cursor the last frame asked for (nil: hidden).
    public private(set) var cursor: Position?
    /// For each frame drawn, how many cells it wrote.
    public private(set) var cellsWrittenPerFrame: [Int] = []
    /// How many frames were full redraws.
    public private(set) var fullRedrawCount = 0
    /// How long a `.waitUntil` step may wait before the run fails. Generous by default: the program's effects
    /// run on Swift's concurrency pool, which in a parallel test run the synchronous tests beside it may hold
    /// for many seconds on a small machine; a script that is truly stuck fails all the same.
    public var waitTimeout: Duration

    private var script: [Step]
    private var waitStarted: ContinuousClock.Instant?

    public init(size: Size, script: [Step] = [], waitTimeout: Duration = .seconds(180)) {
        self.size = size
        self.screen = Buffer(size: size)
        self.script = script
        self.waitTimeout = waitTimeout
    }

    /// The screen's text, one string per row, trailing spaces kept.
    public var lines: [String] { screen.lines }

    public func draw(_ changes: [CellChange], cursor: Position?, fullRedraw: Bool) throws {
        if fullRedraw || screen.size != size {
            screen = Buffer(size: size)
            fullRedrawCount += 1
        }
        for change in changes where !change.cell.isContinuation {
            screen.set(change.cell.grapheme, at: change.position, style: change.cell.style)
        }
        self.cursor = cursor
        cellsWrittenPerFrame.append(changes.count)
    }

    nonisolated(nonsending) public func nextEvent(timeout: Duration) async throws -> TerminalEvent? {
        while let step = script.first {
            switch step {
            case .event(let event):
                script.removeFirst()
                if case .resize(let newSize) = event { size = newSize }
                return event
            case .waitUntil(let description, let condition):
                if condition(self) {
                    script.removeFirst()
                    waitStarted = nil
                    continue
                }
                let started = waitStarted ?? ContinuousClock.now
                waitStarted = started
                if ContinuousClock.now - started > waitTimeout {
                    throw TestTerminalError.timedOut(waiting: description, screen: lines)
                }
                try await Task.sleep(for: min(timeout, .milliseconds(2)))
                return nil
            }
        }
        throw TestTerminalError.scriptExhausted(screen: lines)
    }

    /// Nothing to restore: no real terminal was changed.
    public func restore() {}
}

/// Why a `TestTerminal` run failed.
public enum TestTerminalError: Error, CustomStringConvertible {
    /// The program asked for another event after the last scripted step (it did not quit).
    case scriptExhausted(screen: [String])
    /// A `.waitUntil` condition did not hold within `waitTimeout`.
    case timedOut(waiting: String, screen: [String])

    public var description: String {
        switch self {
        case .scriptExhausted(let screen):
            "script exhausted before the program quit; screen:\n" + screen.joined(separator: "\n")
        case .timedOut(let waiting, let screen):
            "timed out waiting for \(waiting); screen:\n" + screen.joined(separator: "\n")
        }
    }
}
