import Crypto

/// What an audit event's hash covers — the canonical JSON array `[prev_hash, id, occurred_at, actor, action,
/// entity, entity_key, before, after]`, every item a string or null — and the SHA-256 over it as lowercase hex.
/// Writing and verifying both come here, so they cannot disagree about a byte.
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

    static func hex(_ digest: SHA256.Digest) -> [UInt8] {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(CanonicalJSONWriter.hexDigits[Int(byte >> 4)])
            hex.append(CanonicalJSONWriter.hexDigits[Int(byte & 0x0F)])
        }
        return hex
    }
}
