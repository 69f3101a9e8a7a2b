/// An error carried in a message: only its user-facing sentence.
struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
    var message: String
    /// The export's file exists (`ExportFileExists`): a question to ask, not only a sentence to show.
    var isExistingFile = false

    init(_ message: String) {
        self.message = message
    }

    /// The sentence to show for any error a client threw.
    init(_ error: any Error) {
        message = String(describing: error)
        isExistingFile = error is ExportFileExists
    }

    var description: String { message }
}
