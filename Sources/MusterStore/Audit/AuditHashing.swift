import Crypto

/// What an audit event's hash covers — the canonical JSON array `[prev_hash, id, occurred_at, actor, action,
/// entity, entity_key, before, after]`, every item a string or null — and the SHA-256 over it as lowercase hex.
/// Writing and verifying both come here, so they cannot disagree about a byte. The chain is spelled in hex (the
/// previous hash is covered as its 64 hex characters); the database stores each hash as its 32 digest bytes
/// (`appendDigest`, `RowDecoding.auditHash`).
enum AuditHashing {
    /// Hex SHA-256 (64 ASCII bytes) of the event's content; `before`/`after` are the canonical JSON states.
    static func hash(
        prevHash: [UInt8], id: Int64, occurredAt: String, actor: String, action: String, entity: String,
        entityKey: String, before: [UInt8]?, after: [UInt8]?, scratch writer: inout CanonicalJSONWriter
    ) -> [UInt8] {
        writer.removeAll()
        writer.byte(UInt8(ascii: "["))
        writer.string(utf8: prevHash)
        writer.raw(",\"")
        writer.integer(id)
        writer.raw("\",")
        writer.string(occurredAt)
        writer.byte(UInt8(ascii: ","))
        writer.string(actor)
        writer.byte(UInt8(ascii: ","))
        writer.string(action)
        writer.byte(UInt8(ascii: ","))
        writer.string(entity)
        writer.byte(UInt8(ascii: ","))
        writer.string(entityKey)
        writer.byte(UInt8(ascii: ","))
        if let before { writer.string(utf8: before) } else { writer.null() }
        writer.byte(UInt8(ascii: ","))
        if let after { writer.string(utf8: after) } else { writer.null() }
        writer.byte(UInt8(ascii: "]"))
        return hex(SHA256.hash(data: writer.bytes))
    }

    /// The String form, for callers holding the event as text (verification, tests).
    static func hash(
        prevHash: String, id: Int64, occurredAt: String, actor: String, action: String, entity: String,
        entityKey: String, before: String?, after: String?
    ) -> String {
        var writer = CanonicalJSONWriter(capacity: 256 + 2 * ((before?.utf8.count ?? 0) + (after?.utf8.count ?? 0)))
        let digits = hash(
            prevHash: Array(prevHash.utf8), id: id, occurredAt: occurredAt, actor: actor, action: action, entity: entity,
            entityKey: entityKey, before: before.map { Array($0.utf8) }, after: after.map { Array($0.utf8) },
            scratch: &writer)
        return String(decoding: digits, as: UTF8.self)
    }

    /// The form a hash is stored in: the digest's 32 bytes, from the 64 hex bytes that the next event's hash
    /// covers. Appended to `bytes`, so a batch keeps its events' digests in one buffer.
    static func appendDigest(ofHex hex: [UInt8], to bytes: inout [UInt8]) {
        hex.withUnsafeBufferPointer { hex in
            var index = 0
            while index + 1 < hex.count {
                bytes.append(nibble(hex[index]) << 4 | nibble(hex[index + 1]))
                index += 2
            }
        }
    }

    static func digest(ofHex hex: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hex.count / 2)
        appendDigest(ofHex: hex, to: &bytes)
        return bytes
    }

    /// The value of one lowercase hex digit.
    private static func nibble(_ digit: UInt8) -> UInt8 {
        digit <= UInt8(ascii: "9") ? digit &- UInt8(ascii: "0") : digit &- UInt8(ascii: "a") &+ 10
    }

    static func hex(_ digest: SHA256.Digest) -> [UInt8] {
        digest.withUnsafeBytes { hex(bytes: $0) }
    }

    /// Lowercase hex of any bytes: a digest, a stored hash, a BLOB column in a canonical state.
    static func hex(bytes: UnsafeRawBufferPointer) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count * 2) { hex, count in
            for (index, byte) in bytes.enumerated() {
                hex[2 * index] = CanonicalJSONWriter.hexDigits[Int(byte >> 4)]
                hex[2 * index + 1] = CanonicalJSONWriter.hexDigits[Int(byte & 0x0F)]
            }
            count = bytes.count * 2
        }
    }
}
