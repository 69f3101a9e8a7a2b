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
