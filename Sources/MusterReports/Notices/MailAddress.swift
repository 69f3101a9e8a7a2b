/// An address a notice is sent from or to: `addr@domain`, or a bare login the local mail system delivers to,
/// with an optional display name. Addresses are plain ASCII without spaces or the characters that end one, so
/// nothing in a record can add a header or a recipient; names may be in any script (RFC 2047 encodes them).
public struct MailAddress: Sendable, Equatable {
    public var name: String?
    public var address: String

    /// `address` checked; nil when it is not one Muster sends to.
    public init?(name: String? = nil, address: String) {
        guard Self.isPlain(address) else { return nil }
        self.name = name.flatMap { $0.isEmpty ? nil : $0 }
        self.address = address
    }

    /// Parses `Name <addr@domain>` or `addr@domain`, as typed for `--from` and `--supervisor`.
    public init?(parsing text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            var name = String(text[..<open]).trimmingCharacters(in: .whitespaces)
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
            self.init(name: name, address: String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        } else {
            self.init(address: text)
        }
    }

    private static func isPlain(_ address: String) -> Bool {
        let forbidden = Set("<>()[]\\,;:\"")
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return !address.isEmpty && address.count <= 254 && parts.count <= 2 && parts.allSatisfy { !$0.isEmpty }
            && address.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !forbidden.contains(Character($0)) }
    }

    /// The domain after `@`, for Message-IDs; nil for a bare login.
    public var domain: String? {
        address.split(separator: "@").count == 2 ? String(address.split(separator: "@")[1]) : nil
    }

    /// The header form: `addr`, `"Plain Name" <addr>` or `=?UTF-8?B?…?= <addr>`.
    public var header: String {
        guard let name else { return address }
        return "\(MailHeader.phrase(name)) <\(address)>"
    }
}
