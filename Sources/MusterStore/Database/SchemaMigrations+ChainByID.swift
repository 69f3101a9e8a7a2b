extension SchemaMigrations {
    /// An audit event no longer stores the hash it follows: in an intact chain that is always the hash of the
    /// event before it by id, so `verifyAudit` carries it along as it walks the chain, and the audit log reads
    /// it from that event (`AuditEvent.prevHash` is unchanged). Each event was 64 bytes of a copy; on a
    /// 30,000-officer demo, about 11% of the file. Tampering is caught as before, since every hash still covers
    /// the one before it: a changed, inserted or removed event stops the chain from adding up where it was.
    ///
    /// Dropping the column rewrites every stored event once, with temporary files on disk (`withTemporaryFiles`):
    /// about 2 s for a 10,000-officer demo and 45 s for a 100,000-officer one. The file keeps its size until it is
    /// vacuumed. The CLI says so before it starts (`MusterDatabase.open`'s `beforeUpgrading`).
    static let v7ChainByID = """
        ALTER TABLE audit_event DROP COLUMN prev_hash;
        """
}
