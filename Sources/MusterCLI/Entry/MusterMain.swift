import ArgumentParser
import Foundation
import MusterStore

/// Runs the command line and returns Muster's exit code: 0 ok, 1 validation or rule failure,
/// 2 usage, 3 storage error.
public enum MusterMain {
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Int32 {
        do {
            var command = try MusterCommand.parseAsRoot(arguments)
            // A setgid muster keeps its group only as far as a records command's `Session.open`.
            if !(command is any RecordsCommand) { try GroupDrop.beforeRunning() }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let failure as MusterFailure {
            StandardStreams.error("muster: \(failure.message)")
            return failure.exitCode
        } catch let error as StoreError {
            StandardStreams.error("muster: \(error.description)")
            return error.isStorageFailure ? MusterFailure.Kind.storage.rawValue : MusterFailure.Kind.validation.rawValue
        } catch {
            return report(error)
        }
    }

    private static func report(_ error: Error) -> Int32 {
        let code = MusterCommand.exitCode(for: error)
        let message = MusterCommand.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { StandardStreams.out(message) }
            return 0
        }
        if !message.isEmpty { StandardStreams.error(message) }
        if code == .validationFailure { return 2 }
        return code.rawValue
    }
}
