import Foundation

/// Writes to stdout and stderr. Data goes to stdout, diagnostics to stderr, so pipes get only data.
enum StandardStreams {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
