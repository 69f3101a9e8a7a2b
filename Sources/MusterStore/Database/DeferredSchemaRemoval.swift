/// Migration `v6-no-deferred-schema`: the table in which a bulk load wrote down the indexes and triggers it had
/// dropped goes. A load now runs only inside a build marked incomplete (`IncompleteMarker`), so a load killed
/// part-way leaves a file every command refuses, and nothing is owed to a later open; an open never reads a
/// list of objects to build from the file. A file an earlier Muster left owing some gets them back here, from
/// this text, before the table is dropped.
enum DeferredSchemaRemoval {
    static let name = "v6-no-deferred-schema"

    /// Frozen with the release that shipped it: the definitions as `v1-schema` made them.
    static let sql = """
        CREATE INDEX IF NOT EXISTS completion_module_date ON completion(module_id, completed_on, result, voided_reason);
        CREATE INDEX IF NOT EXISTS completion_session ON completion(session_id) WHERE session_id IS NOT NULL;
        CREATE INDEX IF NOT EXISTS audit_event_entity ON audit_event(entity, entity_key, id);
        CREATE TRIGGER IF NOT EXISTS completion_latest_on_insert AFTER INSERT ON completion
        WHEN NEW.result = 'pass' AND NEW.voided_reason IS NULL
        BEGIN
            INSERT INTO completion_latest (badge, module_id, module_version, completion_id, completed_on, score, hours, instructor, session_id)
            VALUES (NEW.badge, NEW.module_id, NEW.module_version, NEW.id, NEW.completed_on, NEW.score, NEW.hours, NEW.instructor, NEW.session_id)
            ON CONFLICT (badge, module_id, module_version) DO UPDATE SET
                completion_id = excluded.completion_id, completed_on = excluded.completed_on, score = excluded.score, hours = excluded.hours, instructor = excluded.instructor, session_id = excluded.session_id
            WHERE excluded.completed_on > completion_latest.completed_on OR (excluded.completed_on = completion_latest.completed_on AND excluded.completion_id > completion_latest.completion_id);
        END;
        DROP TABLE deferred_schema;
        """
}
