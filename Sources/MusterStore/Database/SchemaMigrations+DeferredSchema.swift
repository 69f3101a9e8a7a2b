extension SchemaMigrations {
    /// `deferred_schema`: the indexes and triggers a bulk load has dropped and still owes, written in the same
    /// transaction as the drop and cleared in the same transaction as the rebuild. A load killed in between
    /// leaves its rows here, and the next open builds them again (`SQLiteRecordStore.restoreDeferredSchema`),
    /// so a half-built demo is never left without them. `loader_pid` names the process loading, so that
    /// opening the file while that process is still at work leaves its schema to it.
    static let v3DeferredSchema = """
        CREATE TABLE deferred_schema (
            name TEXT NOT NULL PRIMARY KEY,
            sql TEXT NOT NULL,
            loader_pid INTEGER NOT NULL
        );
        """
}
