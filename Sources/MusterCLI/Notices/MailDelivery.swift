import Foundation
import MusterReports
import MusterStore

/// Where `muster notices` hands each message: a sendmail-compatible program (the message on its standard input,
/// run directly, never through a shell), or a folder of `.eml` files written by the safe output rules.
enum MailDelivery {
    case sendmail(arguments: [String])
    case folder(path: String, database: String)

    static let defaultSendmail = "/usr/sbin/sendmail -t"

    /// The command split on spaces into a program and its arguments; the program found on `PATH` when it has no `/`.
    static func sendmail(command: String) throws -> MailDelivery {
        var words = command.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let program = words.first else { throw MusterFailure.usage("--sendmail: give a command, e.g. \"\(defaultSendmail)\"") }
        if !program.contains("/") {
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/sbin:/usr/bin:/sbin:/bin"
            guard let found = path.split(separator: ":").map({ "\($0)/\(program)" })
                .first(where: FileManager.default.isExecutableFile(atPath:)) else {
                throw MusterFailure.validation("--sendmail: '\(program)' is not a program on PATH")
            }
            words[0] = found
        }
        guard FileManager.default.isExecutableFile(atPath: words[0]) else {
            throw MusterFailure.validation("--sendmail: '\(words[0])' is not an executable program; "
                + "install a mail transfer agent or give --sendmail CMD, or write .eml files with -o DIR")
        }
        return .sendmail(arguments: words)
    }

    /// A folder for `.eml` files, created (0700) when missing; never through a symbolic link.
    static func folder(_ path: String, database: String) throws -> MailDelivery {
        var isFolder: ObjCBool = false
        if let kind = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType, kind == .typeSymbolicLink {
            throw MusterFailure.validation("-o '\(path)' is a symbolic link; Muster does not write through links")
        }
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw MusterFailure.storage("cannot create the folder '\(path)': \(error.localizedDescription)")
            }
        } else if !isFolder.boolValue {
            throw MusterFailure.validation("-o '\(path)' is not a folder")
        }
        return .folder(path: path, database: database)
    }

    /// Delivers one message; `name` makes its file name in a folder. Throws when it was not handed over.
    func deliver(_ message: MailMessage, name: String) throws -> String {
        switch self {
        case .sendmail(let arguments):
            let process = Process()
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
            let input = Pipe()
            process.standardInput = input
            // The program's own chatter goes to standard error, so Muster's standard output stays its report.
            process.standardOutput = FileHandle.standardError
            do { try process.run() } catch {
                throw MusterFailure.validation("cannot run \(arguments[0]): \(error.localizedDescription)")
            }
            try? input.fileHandleForWriting.write(contentsOf: Data(message.text.utf8))
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
            guard process.terminationReason == .exit, process.terminationStatus == 0 else {
                throw MusterFailure.validation("\(arguments[0]) refused the message to \(message.to.address) "
                    + "(exit \(process.terminationStatus))")
            }
            return message.to.address
        case .folder(let folder, let database):
            let base = Self.safeName(name)
            var path = (folder as NSString).appendingPathComponent(base + ".eml")
            var suffix = 2
            while FileManager.default.fileExists(atPath: path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                path = (folder as NSString).appendingPathComponent("\(base)-\(suffix).eml")
                suffix += 1
            }
            let output = try ExportOutput(path: path, replacing: false, protecting: database)
            do {
                try output.write(message.text)
                try output.finish()
            } catch {
                output.abandon()
                throw error
            }
            return path
        }
    }

    /// Letters, digits, `.`, `_` and `-` only: a badge or an address cannot name another folder.
    static func safeName(_ name: String) -> String {
        let kept = name.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        }
        return String(kept).trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}
