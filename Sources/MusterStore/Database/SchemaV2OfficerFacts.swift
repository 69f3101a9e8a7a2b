import GRDB

/// The `v2-officer-facts` migration: officers' dated facts (`OfficerFact`) get a table, and every officer a
/// v1 file has as separated or on leave gets the fact behind that status, so that nothing changes meaning.
/// Its SQL is frozen with its release like `SchemaV1`; `StoreSchema` describes the table as it stands.
enum SchemaV2OfficerFacts {
    static let name = "v2-officer-facts"

    static let sql = """
        CREATE TABLE officer_fact (
            id INTEGER NOT NULL PRIMARY KEY,
            badge TEXT NOT NULL REFERENCES officer(badge),
            kind TEXT NOT NULL CHECK (kind IN ('unit', 'separated', 'reinstated', 'leave', 'returned')),
            on_date TEXT NOT NULL,
            from_unit TEXT,
            to_unit TEXT,
            until_date TEXT,
            recorded_at TEXT NOT NULL
        );

        CREATE INDEX officer_fact_badge ON officer_fact(badge, on_date, id);
        """

    /// Gives each separated or on-leave officer a `separated` or open `leave` fact, dated by the event that gave
    /// them that status (the day part of its timestamp) or, when the trail has none, the day of the upgrade;
    /// and audits each fact, so that `audit verify` finds every row accounted for.
    static func convertStatuses(_ db: Database, clock: StoreClock, actor: String) throws {
        let context = try CommandContext(db: db, actor: actor, clock: clock)
        try db.execute(sql: """
            INSERT INTO officer_fact (badge, kind, on_date, recorded_at)
            SELECT o.badge, o.status, COALESCE((
                SELECT substr(e.occurred_at, 1, 10) FROM audit_event e
                WHERE e.entity = 'officer' AND e.entity_key = o.badge
                  AND e.after_state LIKE '%"status":"' || o.status || '"%'
                  AND (e.before_state IS NULL OR e.before_state NOT LIKE '%"status":"' || o.status || '"%')
                ORDER BY e.id DESC LIMIT 1), ?), ?
            FROM officer o WHERE o.status IN ('separated', 'leave') ORDER BY o.badge
            """, arguments: [context.today.iso, context.occurredAt])
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM officer_fact ORDER BY id") {
            try context.audit(action: name, entity: .officerFact, key: String(id), before: nil)
        }
    }
}
