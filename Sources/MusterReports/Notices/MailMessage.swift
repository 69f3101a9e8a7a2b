import Foundation

/// One plain-text e-mail as RFC 5322 and MIME spell it: the headers a mail system needs (Date, From, To,
/// Subject, Message-ID), names and subject encoded so that any script survives, and a UTF-8 body sent as 8bit
/// with lines ended by LF, as `sendmail -t` reads it from standard input.
public struct MailMessage: Sendable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var body: String
    public var date: Date
    public var messageID: String

    public init(from: MailAddress, to: MailAddress, subject: String, body: String, date: Date, messageID: String? = nil) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.messageID = messageID ?? Self.newMessageID(date: date, domain: from.domain ?? "muster.localhost")
    }

    /// `<muster.SECONDS.RANDOM@domain>`: unique without any state kept.
    static func newMessageID(date: Date, domain: String) -> String {
        let random = (0..<4).map { _ in String(UInt32.random(in: 0...UInt32.max), radix: 36) }.joined()
        return "<muster.\(Int(date.timeIntervalSince1970)).\(random)@\(domain)>"
    }

    /// The whole message, headers then body.
    public var text: String {
        let headers = [
            "Date: \(MailHeader.date(date))",
            "From: \(from.header)",
            "To: \(to.header)",
            "Subject: \(MailHeader.unstructured(subject))",
            "Message-ID: \(messageID)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            // Tells vacation responders and mailing lists not to answer a machine.
            "Auto-Submitted: auto-generated",
        ]
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        return (headers + [""] + lines).joined(separator: "\n") + (body.hasSuffix("\n") ? "" : "\n")
    }
}
