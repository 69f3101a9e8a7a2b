import ArgumentParser
import Foundation
import MusterStore

/// Runs the command line and returns Muster's exit code: 0 ok, 1 validation or rule failure,
/// 2 usage, 3 storage error (a failed write to standard output or error included).
public enum MusterMain {
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Int32 {
        // A reader that goes away (`muster status | head`) must not kill Muster mid-transaction: the write
        // fails with EPIPE instead, and is reported like any other failed write.
        signal(SIGPIPE, SIG_IGN)
        let code = await runCommand(arguments)
        if code == 0, let failure = StandardStreams.failure {
            return fail(.storage, failure.description)
        }
        return code
    }

    private static func runCommand(_ arguments: [String]) async -> Int32 {
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
            return fail(failure.kind, failure.message)
        } catch let failure as StreamWriteFailure {
            return fail(.storage, failure.description)
        } catch let refusal as OutputFileRefusal {
            return fail(.validation, refusal.description)
        } catch let error as StoreError {
            return fail(error.isStorageFailure ? .storage : .validation, error.description)
        } catch {
            return report(error)
        }
    }

    /// Says why on standard error (as best it can: that may be the stream that failed) and gives the code.
    private static func fail(_ kind: MusterFailure.Kind, _ message: String) -> Int32 {
        StandardStreams.notice("muster: \(message)")
        return kind.rawValue
    }

    private static func report(_ error: Error) -> Int32 {
        let code = MusterCommand.exitCode(for: error)
        let message = MusterCommand.fullMessage(for: error)
        if code == .success {
            guard message.isEmpty else {
                do { try StandardStreams.out(message) } catch { return fail(.storage, "\(error)") }
                return 0
            }
            return 0
        }
        if !message.isEmpty { StandardStreams.notice(message) }
        if code == .validationFailure { return 2 }
        return code.rawValue
    }
}
