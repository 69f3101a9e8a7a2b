import Foundation
@testable import MusterReports
import Testing

/// Notices as RFC 5322 mail: addresses that cannot smuggle a header, names in any script as encoded words.
struct MailMessageTests {
    @Test("addresses Muster sends to, and ones it refuses", arguments: [
        ("training@agency.example", true), ("Training Unit <training@agency.example>", true), ("jdoe", true),
        ("a b@example.org", false), ("x@example.org\nBcc: y@example.org", false), ("<>", false), ("a@b@c", false),
        ("ñ@example.org", false), ("", false),
    ])
    func addresses(text: String, accepted: Bool) {
        #expect((MailAddress(parsing: text) != nil) == accepted)
    }

    @Test("a name outside ASCII is encoded words of at most 75 characters that decode back", arguments: [
        "Nguyễn Văn An", "李小龍", String(repeating: "Núñez ", count: 20),
    ])
    func encodedWords(name: String) throws {
        let header = MailHeader.phrase(name)
        let words = header.split(separator: "\n ")
        #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        let decoded = try words.map { word -> String in
            let payload = word.dropFirst(10).dropLast(2)
            return String(decoding: try #require(Data(base64Encoded: String(payload))), as: UTF8.self)
        }.joined()
        #expect(decoded == name)
    }

    @Test("a plain name is quoted, its quotes escaped")
    func quoted() {
        #expect(MailAddress(name: "Pat \"PJ\" O'Brien", address: "pat@example.org")?.header == "\"Pat \\\"PJ\\\" O'Brien\" <pat@example.org>")
    }

    @Test("the message has the headers mail needs, a blank line, then the body")
    func message() throws {
        let from = try #require(MailAddress(parsing: "Training <training@agency.example>"))
        let to = try #require(MailAddress(name: "Ana Núñez", address: "ana@agency.example"))
        let message = MailMessage(from: from, to: to, subject: "Reminder", body: "line 1\nline 2\n",
                                  date: Date(timeIntervalSince1970: 1_796_554_000))
        let (head, body) = try #require(message.text.split(separator: "\n\n", maxSplits: 1).map(String.init).pairs)
        #expect(head.contains("Date: Sun, 06 Dec 2026 10:46:40 +0000"))
        #expect(head.contains("To: =?UTF-8?B?"))
        #expect(head.contains("Message-ID: <muster.1796554000."))
        #expect(head.contains("@agency.example>"))
        #expect(head.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(body == "line 1\nline 2\n")
    }
}

private extension Array where Element == String {
    var pairs: (String, String)? { count == 2 ? (self[0], self[1]) : nil }
}
