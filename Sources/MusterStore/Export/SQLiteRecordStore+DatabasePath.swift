extension SQLiteRecordStore {
    /// The database file, which an export from this store must never write over (`OutputFile`).
    public var databasePath: String { writer.path }
}
