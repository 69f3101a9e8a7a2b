/// The configuration `muster setup shared` writes (TOML, two keys) and the installed copy reads:
///
///     database = "/var/lib/muster/muster.sqlite"
///     group = "muster"
struct SharedConfig: Equatable {
    var database: String
    var group: String

    func rendered(installedAt install: String) -> String {
        """
        # Written by `muster setup shared`; read by the muster installed at \(install), which opens only this
        # database. Only root may change this file.
        database = \(Self.quoted(database))
        group = \(Self.quoted(group))

        """
    }

    /// Reads the keys back; anything else in the file is an error naming its line, so a typo never leaves the
    /// installed copy on a default.
    static func parse(_ text: String, file: String) throws -> SharedConfig {
        var values: [String: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingWhitespace
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard let equals = line.firstIndex(of: "="),
                  let value = unquoted(line[line.index(after: equals)...].trimmingWhitespace) else {
                throw MusterFailure.storage("\(file):\(index + 1): expected key = \"value\"")
            }
            let key = line[..<equals].trimmingWhitespace
            guard key == "database" || key == "group" else {
                throw MusterFailure.storage("\(file):\(index + 1): unknown key '\(key)' (database, group)")
            }
            values[key] = value
        }
        guard let database = values["database"], database.hasPrefix("/") else {
            throw MusterFailure.storage("\(file): database must name an absolute path")
        }
        return SharedConfig(database: database, group: values["group"] ?? "muster")
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func unquoted(_ text: String) -> String? {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return nil }
        var result = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return nil
            } else {
                result.append(character)
            }
        }
        return escaped ? nil : result
    }
}

extension StringProtocol {
    fileprivate var trimmingWhitespace: String {
        String(drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
    }
}
