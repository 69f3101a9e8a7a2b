extension SchemaMigrations {
    /// `completion_latest`: for every officer, module and module version, a copy of the newest completion
    /// that can count (passed, not voided), so that judging 100,000 officers reads about a dozen rows each
    /// instead of their whole history.
    ///
    /// SQLite triggers keep it in step with `completion` inside the writing transaction, so no write path
    /// can forget it; a completion row never changes except to be voided, which is why a copy is safe.
    /// `muster audit verify` recomputes it and reports any difference. The partial index `completion_counted_on`
    /// lets the dashboard count a year of counted completions per month from the index alone. (Triggers and `WITHOUT ROWID` are
    /// SQLite's dialect; a PostgreSQL port would use a trigger function or a materialized view.)
    static let v2CompletionLatest = """
        CREATE TABLE completion_latest (
            badge TEXT NOT NULL,
            module_id TEXT NOT NULL,
            module_version TEXT NOT NULL,
            completion_id INTEGER NOT NULL,
            completed_on TEXT NOT NULL,
            score INTEGER,
            hours REAL,
            instructor TEXT,
            session_id INTEGER,
            PRIMARY KEY (badge, module_id, module_version)
        ) WITHOUT ROWID;

        INSERT INTO completion_latest
            (badge, module_id, module_version, completion_id, completed_on, score, hours, instructor, session_id)
        SELECT badge, module_id, module_version, id, completed_on, score, hours, instructor, session_id FROM (
            SELECT *, ROW_NUMBER() OVER (
                PARTITION BY badge, module_id, module_version ORDER BY completed_on DESC, id DESC) AS newest
            FROM completion WHERE result = 'pass' AND voided_reason IS NULL)
        WHERE newest = 1;

        CREATE INDEX completion_counted_on ON completion(completed_on) WHERE result = 'pass' AND voided_reason IS NULL;

        CREATE TRIGGER completion_latest_on_insert AFTER INSERT ON completion
        WHEN NEW.result = 'pass' AND NEW.voided_reason IS NULL
        BEGIN
            INSERT INTO completion_latest
                (badge, module_id, module_version, completion_id, completed_on, score, hours, instructor, session_id)
            VALUES (NEW.badge, NEW.module_id, NEW.module_version, NEW.id, NEW.completed_on, NEW.score, NEW.hours,
                    NEW.instructor, NEW.session_id)
            ON CONFLICT (badge, module_id, module_version) DO UPDATE SET
                completion_id = excluded.completion_id, completed_on = excluded.completed_on, score = excluded.score,
                hours = excluded.hours, instructor = excluded.instructor, session_id = excluded.session_id
            WHERE excluded.completed_on > completion_latest.completed_on
               OR (excluded.completed_on = completion_latest.completed_on
                   AND excluded.completion_id > completion_latest.completion_id);
        END;

        CREATE TRIGGER completion_latest_on_void AFTER UPDATE OF voided_reason ON completion
        WHEN OLD.voided_reason IS NULL AND NEW.voided_reason IS NOT NULL
        BEGIN
            DELETE FROM completion_latest
            WHERE badge = NEW.badge AND module_id = NEW.module_id AND module_version = NEW.module_version
              AND completion_id = NEW.id;
            INSERT OR IGNORE INTO completion_latest
                (badge, module_id, module_version, completion_id, completed_on, score, hours, instructor, session_id)
            SELECT badge, module_id, module_version, id, completed_on, score, hours, instructor, session_id
            FROM completion
            WHERE badge = NEW.badge AND module_id = NEW.module_id AND module_version = NEW.module_version
              AND result = 'pass' AND voided_reason IS NULL
            ORDER BY completed_on DESC, id DESC LIMIT 1;
        END;
        """
}
