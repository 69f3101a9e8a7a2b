extension SchemaMigrations {
    /// One index by module and date instead of one by date and one by module. `completion_module_date` leads
    /// with the module, so module-bounded exports seek it as they did `completion_module`; a search by date
    /// alone seeks it once per module (`module_id IN (SELECT module_id FROM module_version)`: a few dozen
    /// ranges), and it carries the result and the void, so the dashboard's monthly counts still read no
    /// completion. Every completion written, and every bulk load, keeps one index fewer: on a 10,000-officer
    /// demo in the `sqlite3` shell, the two took 0.69 s and 0.71 s to build, and this one 0.84 s.
    ///
    /// A bulk load killed before this migration may still owe the old two: they are struck off its list, and the
    /// new index is built here in their place (`IF EXISTS` for the ones it had dropped).
    static let v6ModuleDateIndex = """
        DROP INDEX IF EXISTS completion_completed_on;
        DROP INDEX IF EXISTS completion_module;
        DELETE FROM deferred_schema WHERE name IN ('completion_completed_on', 'completion_module');
        CREATE INDEX completion_module_date ON completion(module_id, completed_on, result, voided_reason);
        """
}
