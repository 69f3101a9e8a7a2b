extension SchemaMigrations {
    /// `completion_session` only for completions taken in a class session. Most completions are recorded without
    /// one, and indexing millions of NULLs cost a 100,000-officer demo seconds to build and 55 MB to keep, for
    /// rows no lookup by session can match: `session_id = ?` implies `session_id IS NOT NULL`, so SQLite uses the
    /// partial index for it. (`IF EXISTS`: a bulk load killed before this migration may have dropped the index,
    /// and the repair that follows the migrations finds this one in its place.)
    static let v4PartialSessionIndex = """
        DROP INDEX IF EXISTS completion_session;
        CREATE INDEX completion_session ON completion(session_id) WHERE session_id IS NOT NULL;
        """
}
