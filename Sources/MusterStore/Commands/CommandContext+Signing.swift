import Foundation
import GRDB

extension CommandContext {
    /// Signs the last event this transaction appended, if it appended any, in the same transaction: a write is
    /// committed signed or not at all.
    func signHead(with key: AuditSigningKey) throws {
        guard headEventID > eventIDBefore else { return }
        try Self.insertSignature(db, seq: headEventID, hash: String(decoding: headHash, as: UTF8.self), key: key)
    }

    /// Signs the newest event if it is newer than event `earlier` (an upgrade's steps, written outside a command).
    static func signHead(_ db: Database, after earlier: Int64, with key: AuditSigningKey) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1") else { return }
        let seq: Int64 = row["id"]
        guard seq > earlier else { return }
        try insertSignature(db, seq: seq, hash: RowDecoding.auditHash(row["hash"]), key: key)
    }

    private static func insertSignature(_ db: Database, seq: Int64, hash: String, key: AuditSigningKey) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO audit_signature (event_id, public_key, signature) VALUES (?, ?, ?)",
            arguments: [seq, Data(key.publicKey.bytes), Data(try key.sign(seq: seq, hash: hash))])
    }
}
