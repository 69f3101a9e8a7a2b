/// An error a command reports to the user in words, with the exit code scripts rely on.
struct MusterFailure: Error {
    enum Kind: Int32 {
        /// Bad input or a rule refused the action.
        case validation = 1
        /// The command line itself was wrong.
        case usage = 2
        /// The database could not be read or written.
        case storage = 3
    }

    var kind: Kind
    var message: String

    var exitCode: Int32 { kind.rawValue }

    static func validation(_ message: String) -> MusterFailure { MusterFailure(kind: .validation, message: message) }
    static func usage(_ message: String) -> MusterFailure { MusterFailure(kind: .usage, message: message) }
    static func storage(_ message: String) -> MusterFailure { MusterFailure(kind: .storage, message: message) }
}
