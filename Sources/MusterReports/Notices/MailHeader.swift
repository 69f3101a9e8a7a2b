import Foundation

/// Header text as RFC 5322 and RFC 2047 want it: plain ASCII as it is (quoted where it is a display name),
/// anything else as UTF-8 encoded words of at most 75 characters, folded onto continuation lines.
enum MailHeader {
    /// A display name: quoted ASCII, or encoded words.
    static func phrase(_ text: String) -> String {
        guard isPrintableASCII(text) else { return encodedWords(text) }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Unstructured text (`Subject`): as it is when short printable ASCII, encoded words otherwise.
    static func unstructured(_ text: String) -> String {
        isPrintableASCII(text) && text.utf8.count <= 900 ? text : encodedWords(text)
    }

    static func isPrintableASCII(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
    }

    /// `=?UTF-8?B?…?=` words, each whole characters of at most 45 bytes (60 base64 characters, 72 with the
    /// wrapping), joined by folding whitespace.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?="
    }

    /// RFC 5322's date, in UTC: `Sun, 06 Dec 2026 10:44:26 +0000`.
    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
