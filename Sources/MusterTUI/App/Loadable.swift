/// Data that arrives from an effect: not yet, here, or failed with a message for the user.
enum Loadable<Value: Equatable & Sendable>: Equatable, Sendable {
    case loading
    case loaded(Value)
    case failed(String)

    var value: Value? {
        if case .loaded(let value) = self { return value }
        return nil
    }
}

/// An error carried in a message: only its user-facing sentence.
struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    /// The sentence to show for any error a client threw.
    init(_ error: any Error) {
        message = String(describing: error)
    }

    var description: String { message }
}
