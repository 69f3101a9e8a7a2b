/// A terminal the runtime draws on and reads events from. `NcursesTerminal` is the real one;
/// `TestTerminal` is an in-memory one for tests.
///
/// The runtime owns the terminal for the whole run and calls it from one task at a time.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }

    /// Draws one frame: every change, then the cursor (nil hides it), then flushes once.
    /// With `fullRedraw` the terminal first clears its screen; `changes` then covers every cell.
    func draw(_ changes: [CellChange], cursor: Position?, fullRedraw: Bool) throws

    /// The next event, or nil when none arrived within `timeout`.
    nonisolated(nonsending) func nextEvent(timeout: Duration) async throws -> TerminalEvent?

    /// Gives the terminal back to the shell (cooked mode, cursor visible, normal screen). Idempotent.
    func restore()
}
