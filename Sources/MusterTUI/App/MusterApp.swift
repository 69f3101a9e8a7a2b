import TerminalUI

/// Muster's terminal user interface: the coordinator workspace, or "My training" for an officer.
///
/// ```swift
/// let terminal = try NcursesTerminal()
/// defer { terminal.restore() }
/// let signal = try await MusterApp.run(on: terminal, client: client)
/// ```
@available(macOS 15.0, *)
public enum MusterApp {
    /// Runs until the user quits or a signal arrives; returns the signal number (nil after a normal quit).
    /// Runs on the caller's actor, like `Program.run`, so a non-Sendable terminal never crosses actors.
    /// The caller restores the terminal afterwards, also when this throws.
    @discardableResult
    nonisolated(nonsending) public static func run(on terminal: some Terminal, client: MusterClient) async throws -> Int32? {
        let program = makeProgram(client: client, size: terminal.size)
        return try await program.run(on: terminal).signal
    }

    /// Every key binding as a Markdown table, grouped by where it applies: the same table that drives
    /// dispatch, the hint bar and the `?` overlay, for `muster keys` or generated docs.
    public static var keymapMarkdown: String {
        var lines = ["| Where | Keys | Action | Id |", "|---|---|---|---|"]
        for binding in Keymap.bindings {
            let keys = binding.keyLabel.map { $0 == "|" ? "\\|" : String($0) }.joined()
            lines.append("| \(binding.context.title) | `\(keys)` | \(binding.description) | `\(binding.id.rawValue)` |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The program behind `run`, for tests that drive it with a `TestTerminal`.
    static func makeProgram(client: MusterClient, size: Size) -> Program<AppState, AppMessage, AppEffect> {
        let state = AppState(context: AppContext(client: client), size: size)
        let runner = EffectRunner(client: client)
        return Program(
            state: state, initialEffects: state.initialEffects,
            message: { event, _ in AppMessage.from(event) },
            update: AppUpdate.update,
            view: AppView.render,
            runEffect: { effect, sink in await runner.run(effect) { sink.send($0) } },
            tick: client.databaseVersion == nil ? nil : (every: AppUpdate.changeCheckInterval, message: .tick))
    }
}
