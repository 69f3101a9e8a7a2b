import ArgumentParser
import MusterStore

/// `muster void ID --reason TEXT`: a wrong completion stops counting; it stays on record with the reason.
struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void a completion; it stays on record with the reason and no longer counts.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The completion id (as printed by `muster record`).") var id: Int64
    @Option(help: "Why it is void.") var reason: String

    func run() throws {
        let session = try Session.open(store)
        try session.apply([.voidCompletion(id: id, reason: reason)])
        try StandardStreams.out("voided completion \(id): \(reason)")
    }
}
