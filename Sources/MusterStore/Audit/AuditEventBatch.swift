/// Consecutive audit events of one action on one entity, each recording a new record (no before-state), laid
/// out in two buffers rather than one allocation per field: what an `AuditPipeline` hands back, ready to be
/// bound in place.
struct AuditEventBatch: Sendable {
    let firstEventID: Int64
    /// First the text every event of the batch shares (`SharedField`), then each event's key and after-state.
    private(set) var text: TextPieces
    /// 64 hex bytes per event: the chain head before the batch, then each event's hash.
    private(set) var hashes: [UInt8] = []
    /// Each event's hash as stored: 32 digest bytes per event.
    private(set) var digests: [UInt8] = []

    enum SharedField: Int, CaseIterable {
        case occurredAt, actor, action, entity
    }

    init(firstEventID: Int64, occurredAt: String, actor: String, action: String, entity: AuditEntity,
         chainHead: [UInt8], capacity: Int) {
        self.firstEventID = firstEventID
        text = TextPieces(bytes: capacity * 330, pieces: SharedField.allCases.count + 2 * capacity)
        for field in [occurredAt, actor, action, entity.rawValue] { text.append(field.utf8) }
        hashes.reserveCapacity((capacity + 1) * 64)
        hashes.append(contentsOf: chainHead)
        digests.reserveCapacity(capacity * 32)
    }

    var count: Int { (text.count - SharedField.allCases.count) / 2 }

    mutating func append(key: String, state: [UInt8], hash: [UInt8]) {
        text.append(key.utf8)
        text.append(state)
        hashes.append(contentsOf: hash)
        AuditHashing.appendDigest(ofHex: hash, to: &digests)
    }

    func range(of field: SharedField) -> Range<Int> { text.range(field.rawValue) }
    func keyRange(ofEvent index: Int) -> Range<Int> { text.range(SharedField.allCases.count + 2 * index) }
    func stateRange(ofEvent index: Int) -> Range<Int> { text.range(SharedField.allCases.count + 2 * index + 1) }
    func digestRange(ofEvent index: Int) -> Range<Int> { index * 32..<(index + 1) * 32 }
}
