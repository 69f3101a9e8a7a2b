import ArgumentParser
import MusterCore
import MusterStore

/// `muster void ID --reason TEXT`: a wrong completion stops counting; it stays on record with the reason.
struct VoidCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void a completion; it stays on record with the reason and no longer counts.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The completion id (as printed by `muster record`).") var id: Int64
    @Option(help: "Why it is void.") var reason: String
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.voidCompletions) }

    func run() throws {
        let session = try openSession()
        try session.apply([.voidCompletion(id: id, reason: reason)])
        try ResultOutput.print(format, "voided completion \(id): \(reason)",
                               json: ["id": .integer(id), "voided": .bool(true), "reason": .string(reason)])
    }
}
