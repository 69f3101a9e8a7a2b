/// The `v14-incidents` migration: incidents, the triggers loaded from `Curricula/triggers.yaml`, and each
/// assignment's origin and the incident that made it. A routine assignment keeps both columns empty, so no
/// stored assignment and no audit state changes meaning.
enum IncidentsMigration {
    static let name = "v14-incidents"

    static let createIncident = """
        CREATE TABLE incident (
            id INTEGER NOT NULL PRIMARY KEY,
            badge TEXT NOT NULL REFERENCES officer(badge),
            occurred_on TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN (\(IncidentKindList.sql))),
            note TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        )
        """

    static let createTrigger = """
        CREATE TABLE incident_trigger (
            id TEXT NOT NULL PRIMARY KEY,
            event TEXT NOT NULL,
            module_id TEXT NOT NULL,
            within_days INTEGER NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('remedial', 'post-incident')),
            loaded_at TEXT NOT NULL
        )
        """

    static let sql = """
        \(createIncident);
        \(createTrigger);
        ALTER TABLE assignment ADD COLUMN origin TEXT CHECK (origin IN ('remedial', 'post-incident'));
        ALTER TABLE assignment ADD COLUMN incident_id INTEGER REFERENCES incident(id);
        CREATE INDEX incident_badge ON incident(badge, occurred_on);
        """
}

/// The incident kinds as the migration froze them.
enum IncidentKindList {
    static let sql = "'use-of-force', 'failed-qualification', 'critical-incident', 'complaint-sustained'"
}
