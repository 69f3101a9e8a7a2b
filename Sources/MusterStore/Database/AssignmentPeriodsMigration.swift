/// `v3-assignment-periods`: assignments apply from a day, may end on one, and give later newcomers a window
/// (status rules v2, rule 6). Existing assignments applied from the day they were made. SQLite cannot add a
/// NOT NULL column without a default, so `from_on` is required by the command layer rather than the table.
///
/// Applying it to a database that has records is an upgrade with two audited steps (`UpgradeSteps`): the
/// assignments' rows gain columns, and completions older builds labelled with the newest version are
/// relabelled to the version in force on their date (rule 2).
enum AssignmentPeriodsMigration {
    static let name = "v3-assignment-periods"

    /// The assignment's columns before this migration, whose content its events described.
    static let columnsBefore = ["module_id", "certification_id", "badge", "unit", "due_on", "assigned_on"]

    static let sql = """
        ALTER TABLE assignment ADD COLUMN from_on TEXT;
        ALTER TABLE assignment ADD COLUMN ended_on TEXT;
        ALTER TABLE assignment ADD COLUMN new_members_within_days INTEGER NOT NULL DEFAULT 90;
        UPDATE assignment SET from_on = assigned_on;
        """
}
