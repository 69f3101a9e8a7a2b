/// The refusal of a command or a read the login may not make, in the words `AccessPolicy` gives. Thrown by the
/// store's command layer; the CLI and the TUI only show it.
public struct AccessDenied: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
