/// Why the full-screen interface cannot start. The message says what to do instead.
public enum NcursesTerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, CI).
    case notATerminal
    /// `TERM` is unset or `dumb`, or names a terminal that cannot move the cursor.
    case unsupportedTerminal(term: String?)
    /// ncurses could not open the terminal described by `TERM` (no terminfo entry).
    case cannotInitialize(term: String?)

    public var description: String {
        let advice = "The full-screen interface needs an interactive terminal; every action is also available as a command (see --help)."
        switch self {
        case .notATerminal:
            return "Standard input and output must be a terminal, not a pipe or a file. \(advice)"
        case .unsupportedTerminal(let term):
            return "The terminal type \(term.map { "TERM=\($0)" } ?? "(TERM is not set)") cannot show a full-screen interface. \(advice)"
        case .cannotInitialize(let term):
            return "Cannot open the terminal \(term.map { "TERM=\($0)" } ?? "(TERM is not set)"): no terminfo entry for it. Try TERM=xterm-256color. \(advice)"
        }
    }
}
