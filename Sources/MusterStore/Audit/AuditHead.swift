/// The newest event of the audit trail as `muster audit head` prints it for publishing: its sequence number (the
/// event id), its hash (lowercase hex) and, when the transaction that wrote it was signed, the signature
/// (lowercase hex of the 64 bytes), nil otherwise. An empty trail's head is event 0 with the genesis hash.
public struct AuditHead: Sendable, Equatable {
    public var seq: Int64
    public var hash: String
    public var signature: String?

    public init(seq: Int64, hash: String, signature: String?) {
        self.seq = seq
        self.hash = hash
        self.signature = signature
    }

    /// What a signature covers: the UTF-8 bytes of `muster-audit-v1 SEQ:HASH`, so that anyone can check a
    /// published head and signature with any Ed25519 tool.
    static func message(seq: Int64, hash: String) -> [UInt8] {
        Array("muster-audit-v1 \(seq):\(hash)".utf8)
    }
}

/// A head published earlier, as `--expect-head SEQ:HASH` gives it: the log must still hold event SEQ with that hash.
public struct PublishedHead: Sendable, Equatable, CustomStringConvertible {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// `SEQ:HASH`, SEQ a non-negative integer and HASH 64 lowercase hex digits; nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let seq = Int64(parts[0]), seq >= 0, parts[0].allSatisfy(\.isASCII),
              parts[1].utf8.count == 64, AuditKeyFile.hexBytes(parts[1]) != nil
        else { return nil }
        self.init(seq: seq, hash: String(parts[1]))
    }

    public var description: String { "\(seq):\(hash)" }
}
