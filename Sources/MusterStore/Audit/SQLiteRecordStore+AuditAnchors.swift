import Foundation
import GRDB

/// What `audit verify` proves beyond the chain adding up: that the log still holds a head published earlier,
/// and that every signature in it is genuine. A chain alone starts from a fixed value with no secret, so anyone
/// can cut its tail or recompute it whole; a published head and a key kept outside the file are what catch that.
extension SQLiteRecordStore {
    /// The newest event, its hash and its signature, if its transaction was signed.
    public func auditHead() throws -> AuditHead {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT e.id, e.hash, s.signature FROM audit_event e LEFT JOIN audit_signature s ON s.event_id = e.id
                ORDER BY e.id DESC LIMIT 1
                """)
            else { return AuditHead(seq: 0, hash: AuditEvent.genesisHash, signature: nil) }
            let signature: Data? = row["signature"]
            return AuditHead(seq: row["id"], hash: RowDecoding.auditHash(row["hash"]),
                             signature: signature.map { AuditKeyFile.hex($0) })
        }
    }

    /// Why the log no longer holds `head`, or nil when it does. With an intact chain, holding the published head
    /// means holding every event up to it unchanged.
    public func publishedHeadProblem(_ head: PublishedHead) throws -> String? {
        try read { db in
            if head.seq == 0 {
                return head.hash == AuditEvent.genesisHash ? nil : "published head \(head) cannot exist: event 0 is the genesis hash (64 zeros)"
            }
            let newest = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM audit_event") ?? 0
            guard let stored = try DatabaseValue.fetchOne(db, sql: "SELECT hash FROM audit_event WHERE id = ?", arguments: [head.seq]) else {
                return "published head \(head) is not in the log, which ends at event \(newest): "
                    + "events were removed or the file was rolled back to an older copy"
            }
            let hash = RowDecoding.auditHash(stored)
            guard hash == head.hash else {
                return "event \(head.seq) has hash \(hash), not the published \(head.hash): the log was rewritten"
            }
            return nil
        }
    }

    /// The newest event id (0 for none): `audit verify` splits the signature check into spans of it.
    public func newestAuditEventID() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM audit_event") ?? 0 }
    }

    /// Checks the signatures of events in `span` against `publicKey`; without one only counts them.
    public func auditSignatures(in span: ClosedRange<Int64>, publicKey: AuditPublicKey?) throws -> AuditSignatureCheck {
        try read { db in
            var check = AuditSignatureCheck()
            guard try db.tableExists("audit_signature") else {
                // The schema check names the missing table; here it means no signature can be shown.
                if publicKey != nil, span.lowerBound == 1 { check.problems.append("the table of signatures, audit_signature, is gone") }
                return check
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT s.event_id, s.public_key, s.signature, e.hash FROM audit_signature s
                LEFT JOIN audit_event e ON e.id = s.event_id
                WHERE s.event_id BETWEEN ? AND ? ORDER BY s.event_id
                """, arguments: [span.lowerBound, span.upperBound])
            while let row = try rows.next() {
                let seq: Int64 = row[0]
                check.signed += 1
                guard let publicKey else { continue }
                let signer = [UInt8]((row[1] as Data?) ?? Data())
                let signature = [UInt8]((row[2] as Data?) ?? Data())
                let stored: DatabaseValue = row[3]
                if stored.isNull {
                    check.problems.append("a signature names event \(seq), which the log no longer holds: events were removed")
                } else if signer != publicKey.bytes {
                    let other = AuditPublicKey(bytes: signer).fingerprint
                    check.problems.append("event \(seq) is signed by another key (\(other)), not \(publicKey.fingerprint)")
                } else if !publicKey.isValidSignature(signature, seq: seq, hash: RowDecoding.auditHash(stored)) {
                    check.problems.append("event \(seq)'s signature is not genuine: the event or its hash was rewritten, or the signature forged")
                } else {
                    check.newestGenuine = seq
                }
            }
            return check
        }
    }
}

/// One span's signatures: how many, the newest genuine one, and what is wrong with the others.
public struct AuditSignatureCheck: Sendable, Equatable {
    public var signed = 0
    public var newestGenuine: Int64?
    public var problems: [String] = []

    public init() {}

    /// The checks of consecutive spans, in order, as one.
    public mutating func merge(_ later: AuditSignatureCheck) {
        signed += later.signed
        newestGenuine = later.newestGenuine ?? newestGenuine
        problems += later.problems
    }
}
