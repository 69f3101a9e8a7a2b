/// Migration `v11-programs`: the state in-service programs (`Curricula/programs/`) as loaded, and their
/// assignments and waivers. Tables of their own rather than new kinds in `curriculum_entry`, `assignment` and
/// `waiver`, whose CHECK constraints SQLite cannot widen without rebuilding them; all three are small and
/// read whole by a status run.
enum ProgramsMigration {
    static let name = "v11-programs"

    static let tables = [
        """
        CREATE TABLE program_version (
            id INTEGER NOT NULL PRIMARY KEY,
            program_id TEXT NOT NULL,
            version TEXT NOT NULL,
            content TEXT NOT NULL,
            loaded_at TEXT NOT NULL,
            UNIQUE (program_id, version)
        )
        """,
        """
        CREATE TABLE program_assignment (
            id INTEGER NOT NULL PRIMARY KEY,
            program_id TEXT NOT NULL,
            badge TEXT REFERENCES officer(badge),
            unit TEXT,
            assigned_on TEXT NOT NULL,
            from_on TEXT NOT NULL,
            ended_on TEXT,
            CHECK ((badge IS NULL) <> (unit IS NULL))
        )
        """,
        """
        CREATE TABLE program_waiver (
            id INTEGER NOT NULL PRIMARY KEY,
            badge TEXT NOT NULL REFERENCES officer(badge),
            program_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_until TEXT NOT NULL
        )
        """,
    ]

    /// Frozen with the release that ships it.
    static let sql = tables.joined(separator: ";\n") + ";"
}
