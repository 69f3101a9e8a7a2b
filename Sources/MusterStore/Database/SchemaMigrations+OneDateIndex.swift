extension SchemaMigrations {
    /// One index by date instead of two. `completion_counted_on` (the passed, not-voided completions by date,
    /// for the dashboard's monthly counts) repeated most of `completion_completed_on`; now the date index
    /// carries the result and the void too, so the monthly counts read it alone, date-bounded exports still
    /// seek by date, and every completion written, and every bulk load, builds one index by date rather than two.
    ///
    /// A bulk load killed before this migration may still owe the old two: they are struck off its list, and the
    /// new index is built here in their place (`IF EXISTS` for the ones it had dropped).
    static let v5OneDateIndex = """
        DROP INDEX IF EXISTS completion_counted_on;
        DROP INDEX IF EXISTS completion_completed_on;
        DELETE FROM deferred_schema WHERE name IN ('completion_counted_on', 'completion_completed_on');
        CREATE INDEX completion_completed_on ON completion(completed_on, result, voided_reason);
        """
}
