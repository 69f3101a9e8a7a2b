extension SchemaMigrations {
    /// Audit events leave a record's NULL columns out of its states (`CanonicalJSON`): on a 100,000-officer demo
    /// about 80 bytes of each completion's event, 13% of the file. No stored row changes, and `verifyAudit`
    /// accepts states of either spelling. This migration only marks the database, so that an earlier Muster,
    /// whose verify would call every new state a change made behind its back, refuses to open it.
    static let v8StatesWithoutNulls = """
        -- No change to the schema: new audit states leave out NULL columns.
        """
}
