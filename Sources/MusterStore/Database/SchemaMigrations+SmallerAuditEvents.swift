extension SchemaMigrations {
    /// Audit events from now on are smaller, and nothing stored is rewritten:
    /// - a record's state leaves its NULL columns out (`CanonicalJSON`): about 80 bytes of a completion's event;
    /// - the hash is stored as the digest's 32 bytes instead of 64 hex characters (`AuditHashing.appendDigest`).
    ///   The column keeps its declared type, since changing it would rewrite every event; SQLite keeps a BLOB
    ///   as it is given, and `RowDecoding.auditHash` reads both forms. The chain is still spelled in hex.
    ///
    /// On a 100,000-officer demo the file is 3.5 GB instead of 4.3 GB. `verifyAudit` accepts states and hashes
    /// of either kind. This migration only marks the database, so that an earlier Muster, which would read a
    /// digest as text and take every new state for a change made behind its back, refuses to open it.
    static let v8SmallerAuditEvents = """
        -- No change to the schema: see SchemaMigrations.v8SmallerAuditEvents.
        """
}
