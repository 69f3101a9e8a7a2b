/// One entry of the audit trail: who did what to which record, its state before and after, chained to
/// the previous entry by SHA-256.
public struct AuditEvent: Sendable, Equatable, Codable {
    public var id: Int64
    /// UTC, ISO 8601 with milliseconds.
    public var occurredAt: String
    public var actor: String
    /// The command that caused it, e.g. `addOfficer`, `voidCompletion`.
    public var action: String
    public var entity: String
    public var entityKey: String
    /// Canonical JSON of the record before the change; nil when the change created it.
    public var before: String?
    public var after: String?
    public var prevHash: String
    public var hash: String

    /// The hash that precedes the first event.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// SHA-256 (hex) over the previous hash and this event's content.
    public static func computeHash(
        prevHash: String, id: Int64, occurredAt: String, actor: String, action: String, entity: String,
        entityKey: String, before: String?, after: String?
    ) -> String {
        AuditHashing.hash(
            prevHash: prevHash, id: id, occurredAt: occurredAt, actor: actor, action: action, entity: entity,
            entityKey: entityKey, before: before, after: after)
    }

    /// The hash this event's content should have, given the hash it claims to follow.
    public var recomputedHash: String {
        Self.computeHash(
            prevHash: prevHash, id: id, occurredAt: occurredAt, actor: actor, action: action, entity: entity,
            entityKey: entityKey, before: before, after: after)
    }

    enum CodingKeys: String, CodingKey {
        case id
        case occurredAt = "occurred_at"
        case actor, action, entity
        case entityKey = "entity_key"
        case before, after
        case prevHash = "prev_hash"
        case hash
    }
}
