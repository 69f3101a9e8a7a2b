import Foundation
import MusterStore
import TerminalUI

/// Writes to stdout and stderr. Data goes to stdout, diagnostics to stderr, so pipes get only data. Text is
/// printed with its control characters made visible (`VisibleControls`, line breaks and tabs kept): names
/// and fields come from imported files. CSV and JSON rows go through `ExportOutput` and keep their bytes.
///
/// A write that fails (a full disk, a closed pipe: SIGPIPE is ignored so it arrives as EPIPE) throws
/// `StreamWriteFailure`, which `MusterMain` reports as exit 3; `notice` is for the few places that cannot
/// throw, and leaves the failure for `MusterMain` to find when the command ends.
enum StandardStreams {
    static func out(_ text: String) throws {
        try write(text, to: STDOUT_FILENO, named: "standard output")
    }

    /// Bytes already made safe to print (a table's escaped cells and its line breaks), written as they are.
    static func out(escaped bytes: [UInt8]) throws {
        try write(bytes: bytes, to: STDOUT_FILENO, named: "standard output")
    }

    static func error(_ text: String) throws {
        try write(text, to: STDERR_FILENO, named: "standard error")
    }

    /// A diagnostic from a closure that cannot throw; a failure is remembered in `failure`.
    static func notice(_ text: String) {
        do { try error(text) } catch {}
    }

    /// The first write that failed, if one did.
    static var failure: StreamWriteFailure? { failures.first }

    private static let failures = FirstFailure()

    private static func write(_ text: String, to descriptor: Int32, named name: String) throws {
        var bytes = Array(VisibleControls.escapeKeepingLines(text).utf8)
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        try write(bytes: bytes, to: descriptor, named: name)
    }

    private static func write(bytes: [UInt8], to descriptor: Int32, named name: String) throws {
        guard let code = DescriptorWrite.all(bytes, to: descriptor) else { return }
        let failure = StreamWriteFailure(stream: name, reason: DescriptorWrite.describe(code))
        failures.note(failure)
        throw failure
    }
}

/// Standard output or error could not be written: exit 3.
struct StreamWriteFailure: Error, CustomStringConvertible {
    var stream: String
    var reason: String

    var description: String { "cannot write \(stream): \(reason)" }
}

/// The first stream failure of the process, kept behind a lock (writes may come from any thread).
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: StreamWriteFailure?

    var first: StreamWriteFailure? { lock.withLock { stored } }

    func note(_ failure: StreamWriteFailure) {
        lock.withLock { if stored == nil { stored = failure } }
    }
}
