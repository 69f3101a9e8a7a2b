-- table agency on agency
CREATE TABLE agency (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    added_at TEXT NOT NULL
);

-- table assignment on assignment
CREATE TABLE assignment (
    id INTEGER NOT NULL PRIMARY KEY,
    module_id TEXT,
    certification_id TEXT,
    badge TEXT REFERENCES officer(badge),
    unit TEXT,
    due_on TEXT,
    assigned_on TEXT NOT NULL, from_on TEXT, ended_on TEXT, new_members_within_days INTEGER NOT NULL DEFAULT 90, origin TEXT CHECK (origin IN ('remedial', 'post-incident')), incident_id INTEGER REFERENCES incident(id),
    CHECK ((module_id IS NULL) <> (certification_id IS NULL)),
    CHECK ((badge IS NULL) <> (unit IS NULL))
);

-- table audit_event on audit_event
CREATE TABLE audit_event (
    id INTEGER NOT NULL PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    before_state TEXT,
    after_state TEXT,
    hash BLOB NOT NULL
);

-- table audit_signature on audit_signature
CREATE TABLE audit_signature (
    event_id INTEGER NOT NULL PRIMARY KEY,
    public_key BLOB NOT NULL,
    signature BLOB NOT NULL
);

-- table class_enrolment on class_enrolment
CREATE TABLE class_enrolment (
    id INTEGER NOT NULL PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES class_session(id),
    badge TEXT NOT NULL REFERENCES officer(badge),
    enrolled_on TEXT NOT NULL,
    attendance TEXT CHECK (attendance IN ('present', 'absent')),
    score INTEGER CHECK (score BETWEEN 0 AND 100),
    UNIQUE (session_id, badge)
);

-- table class_session on class_session
CREATE TABLE class_session (
    id INTEGER NOT NULL PRIMARY KEY,
    module_id TEXT NOT NULL,
    held_on TEXT NOT NULL,
    instructor TEXT,
    location TEXT
, starts_at TEXT, capacity INTEGER CHECK (capacity > 0), cancelled_on TEXT);

-- table completion on completion
CREATE TABLE completion (
    id INTEGER NOT NULL PRIMARY KEY,
    badge TEXT NOT NULL REFERENCES officer(badge),
    module_id TEXT NOT NULL,
    module_version TEXT NOT NULL,
    completed_on TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('pass', 'fail')),
    score INTEGER CHECK (score BETWEEN 0 AND 100),
    hours REAL,
    instructor TEXT,
    session_id INTEGER REFERENCES class_session(id),
    voided_reason TEXT,
    voided_at TEXT,
    voided_by TEXT,
    FOREIGN KEY (module_id, module_version) REFERENCES module_version(module_id, version)
);

-- table completion_latest on completion_latest
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
    earliest_id INTEGER NOT NULL,
    earliest_on TEXT NOT NULL,
    earliest_hours REAL,
    PRIMARY KEY (badge, module_id, module_version)
) WITHOUT ROWID;

-- table curriculum_entry on curriculum_entry
CREATE TABLE curriculum_entry (
    id INTEGER NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('certification', 'policy_source', 'requirement')),
    item_id TEXT NOT NULL,
    content TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);

-- table curriculum_review on curriculum_review
CREATE TABLE curriculum_review (
    id INTEGER NOT NULL PRIMARY KEY,
    module_id TEXT NOT NULL,
    version TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('pending', 'sign-off', 'approved')),
    required_roles TEXT,
    role TEXT CHECK (role IN ('reviewer', 'civil-rights', 'privacy', 'counsel', 'approver')),
    decision TEXT CHECK (decision IN ('approve', 'changes')),
    note TEXT,
    login TEXT,
    on_date TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    FOREIGN KEY (module_id, version) REFERENCES module_version(module_id, version)
);

-- table grdb_migrations on grdb_migrations
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);

-- table import_mapping on import_mapping
CREATE TABLE import_mapping (
    name TEXT NOT NULL PRIMARY KEY,
    column_map TEXT NOT NULL,
    date_format TEXT NOT NULL
);

-- table incident on incident
CREATE TABLE incident (
    id INTEGER NOT NULL PRIMARY KEY,
    badge TEXT NOT NULL REFERENCES officer(badge),
    occurred_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('use-of-force', 'failed-qualification', 'critical-incident', 'complaint-sustained')),
    note TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

-- table incident_trigger on incident_trigger
CREATE TABLE incident_trigger (
    id TEXT NOT NULL PRIMARY KEY,
    event TEXT NOT NULL,
    module_id TEXT NOT NULL,
    within_days INTEGER NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('remedial', 'post-incident')),
    loaded_at TEXT NOT NULL
);

-- table liaison_grant on liaison_grant
CREATE TABLE liaison_grant (
    id INTEGER NOT NULL PRIMARY KEY,
    login TEXT NOT NULL,
    agency TEXT NOT NULL REFERENCES agency(id),
    granted_at TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT
);

-- table module_version on module_version
CREATE TABLE module_version (
    module_id TEXT NOT NULL,
    version TEXT NOT NULL,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    PRIMARY KEY (module_id, version)
);

-- table notice_sent on notice_sent
CREATE TABLE notice_sent (
    id INTEGER NOT NULL PRIMARY KEY,
    audience TEXT NOT NULL CHECK (audience IN ('officer', 'supervisor')),
    badge TEXT NOT NULL REFERENCES officer(badge),
    item TEXT NOT NULL,
    state TEXT NOT NULL,
    window_days INTEGER NOT NULL,
    on_date TEXT,
    recipient TEXT NOT NULL,
    message_id TEXT NOT NULL,
    sent_at TEXT NOT NULL
);

-- table officer on officer
CREATE TABLE officer (
    badge TEXT NOT NULL PRIMARY KEY,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    unit TEXT,
    rank TEXT,
    email TEXT,
    login TEXT,
    hire_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'leave', 'separated'))
, post_id TEXT, agency TEXT REFERENCES agency(id));

-- table officer_fact on officer_fact
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

-- table pass_digest on pass_digest
CREATE TABLE pass_digest (
    badge TEXT NOT NULL PRIMARY KEY,
    passes BLOB
);

-- table program_assignment on program_assignment
CREATE TABLE program_assignment (
    id INTEGER NOT NULL PRIMARY KEY,
    program_id TEXT NOT NULL,
    badge TEXT REFERENCES officer(badge),
    unit TEXT,
    assigned_on TEXT NOT NULL,
    from_on TEXT NOT NULL,
    ended_on TEXT,
    CHECK ((badge IS NULL) <> (unit IS NULL))
);

-- table program_version on program_version
CREATE TABLE program_version (
    id INTEGER NOT NULL PRIMARY KEY,
    program_id TEXT NOT NULL,
    version TEXT NOT NULL,
    content TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    UNIQUE (program_id, version)
);

-- table program_waiver on program_waiver
CREATE TABLE program_waiver (
    id INTEGER NOT NULL PRIMARY KEY,
    badge TEXT NOT NULL REFERENCES officer(badge),
    program_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL
);

-- table setting on setting
CREATE TABLE setting (
    name TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);

-- table unit_supervisor on unit_supervisor
CREATE TABLE unit_supervisor (
    unit TEXT NOT NULL PRIMARY KEY,
    supervisor TEXT NOT NULL
);

-- table user_role on user_role
CREATE TABLE user_role (
    id INTEGER NOT NULL PRIMARY KEY,
    login TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('coordinator', 'instructor', 'officer', 'auditor', 'reviewer')),
    granted_at TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT
);

-- table waiver on waiver
CREATE TABLE waiver (
    id INTEGER NOT NULL PRIMARY KEY,
    badge TEXT NOT NULL REFERENCES officer(badge),
    module_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT
);

-- index assignment_badge on assignment
CREATE INDEX assignment_badge ON assignment(badge);

-- index assignment_unit on assignment
CREATE INDEX assignment_unit ON assignment(unit);

-- index audit_event_entity on audit_event
CREATE INDEX audit_event_entity ON audit_event(entity, entity_key, id);

-- index class_enrolment_badge on class_enrolment
CREATE INDEX class_enrolment_badge ON class_enrolment(badge, session_id);

-- index class_session_held_on on class_session
CREATE INDEX class_session_held_on ON class_session(held_on);

-- index completion_badge_module on completion
CREATE INDEX completion_badge_module ON completion(badge, module_id, completed_on);

-- index completion_failed on completion
CREATE INDEX completion_failed ON completion(badge, module_id, completed_on, module_version, result, voided_reason) WHERE result = 'fail' AND voided_reason IS NULL;

-- index completion_module_date on completion
CREATE INDEX completion_module_date ON completion(module_id, completed_on, result, voided_reason);

-- index completion_passed on completion
CREATE INDEX completion_passed ON completion(badge, completed_on, module_id, module_version, hours, result, voided_reason) WHERE result = 'pass' AND voided_reason IS NULL;

-- index completion_session on completion
CREATE INDEX completion_session ON completion(session_id) WHERE session_id IS NOT NULL;

-- index curriculum_entry_item on curriculum_entry
CREATE INDEX curriculum_entry_item ON curriculum_entry(kind, item_id);

-- index curriculum_review_version on curriculum_review
CREATE INDEX curriculum_review_version ON curriculum_review(module_id, version, id);

-- index incident_badge on incident
CREATE INDEX incident_badge ON incident(badge, occurred_on);

-- index liaison_grant_login on liaison_grant
CREATE INDEX liaison_grant_login ON liaison_grant(login);

-- index notice_sent_key on notice_sent
CREATE UNIQUE INDEX notice_sent_key ON notice_sent(badge, item, state, window_days, audience, COALESCE(on_date, ''));

-- index officer_agency on officer
CREATE INDEX officer_agency ON officer(agency) WHERE agency IS NOT NULL;

-- index officer_fact_badge on officer_fact
CREATE INDEX officer_fact_badge ON officer_fact(badge, on_date, id);

-- index officer_login on officer
CREATE INDEX officer_login ON officer(login);

-- index officer_name on officer
CREATE INDEX officer_name ON officer(last_name, first_name);

-- index officer_status on officer
CREATE INDEX officer_status ON officer(status);

-- index officer_unit on officer
CREATE INDEX officer_unit ON officer(unit);

-- index pass_digest_stale on pass_digest
CREATE INDEX pass_digest_stale ON pass_digest(badge) WHERE passes IS NULL;

-- index sqlite_autoindex_agency_1 on agency
-- (made by SQLite for a key; no SQL)

-- index sqlite_autoindex_class_enrolment_1 on class_enrolment
-- (made by SQLite for a key; no SQL)

-- index sqlite_autoindex_grdb_migrations_1 on grdb_migrations
-- (made by SQLite for a key; no SQL)

-- index sqlite_autoindex_import_mapping_1 on import_mapping
-- (made by SQLite for a key; no SQL)

-- index sqlite_autoindex_incident_trigger_1 on incident_trigger
-- (made by SQLite for a key; no SQL)

-- index sqlite_autoindex_module_version_1 on module_version
-- (made by SQLite for a key; no SQL)

-- index sqlite_autoindex_officer_1 on officer
-- (made by SQLite for a key; no SQL)

-- index sqlite_autoindex_pass_digest_1 on pass_digest
-- (made by SQLite for a key; no SQL)

-- index sqlite_autoindex_program_version_1 on program_version
-- (made by SQLite for a key; no SQL)

-- index sqlite_autoindex_setting_1 on setting
-- (made by SQLite for a key; no SQL)

-- index sqlite_autoindex_unit_supervisor_1 on unit_supervisor
-- (made by SQLite for a key; no SQL)

-- index user_role_login on user_role
CREATE INDEX user_role_login ON user_role(login);

-- index waiver_badge on waiver
CREATE INDEX waiver_badge ON waiver(badge);

-- trigger completion_latest_on_insert on completion
CREATE TRIGGER completion_latest_on_insert AFTER INSERT ON completion
WHEN NEW.result = 'pass' AND NEW.voided_reason IS NULL
BEGIN
    INSERT INTO completion_latest (badge, module_id, module_version, completion_id, completed_on, score, hours, instructor, session_id, earliest_id, earliest_on, earliest_hours)
    VALUES (NEW.badge, NEW.module_id, NEW.module_version, NEW.id, NEW.completed_on, NEW.score, NEW.hours, NEW.instructor, NEW.session_id, NEW.id, NEW.completed_on, NEW.hours)
    ON CONFLICT (badge, module_id, module_version) DO UPDATE SET
        completion_id = CASE WHEN (excluded.completed_on > completion_latest.completed_on OR (excluded.completed_on = completion_latest.completed_on AND excluded.completion_id > completion_latest.completion_id)) THEN excluded.completion_id ELSE completion_latest.completion_id END, completed_on = CASE WHEN (excluded.completed_on > completion_latest.completed_on OR (excluded.completed_on = completion_latest.completed_on AND excluded.completion_id > completion_latest.completion_id)) THEN excluded.completed_on ELSE completion_latest.completed_on END, score = CASE WHEN (excluded.completed_on > completion_latest.completed_on OR (excluded.completed_on = completion_latest.completed_on AND excluded.completion_id > completion_latest.completion_id)) THEN excluded.score ELSE completion_latest.score END, hours = CASE WHEN (excluded.completed_on > completion_latest.completed_on OR (excluded.completed_on = completion_latest.completed_on AND excluded.completion_id > completion_latest.completion_id)) THEN excluded.hours ELSE completion_latest.hours END, instructor = CASE WHEN (excluded.completed_on > completion_latest.completed_on OR (excluded.completed_on = completion_latest.completed_on AND excluded.completion_id > completion_latest.completion_id)) THEN excluded.instructor ELSE completion_latest.instructor END, session_id = CASE WHEN (excluded.completed_on > completion_latest.completed_on OR (excluded.completed_on = completion_latest.completed_on AND excluded.completion_id > completion_latest.completion_id)) THEN excluded.session_id ELSE completion_latest.session_id END, earliest_id = CASE WHEN (excluded.earliest_on < completion_latest.earliest_on OR (excluded.earliest_on = completion_latest.earliest_on AND excluded.earliest_id < completion_latest.earliest_id)) THEN excluded.earliest_id ELSE completion_latest.earliest_id END, earliest_on = CASE WHEN (excluded.earliest_on < completion_latest.earliest_on OR (excluded.earliest_on = completion_latest.earliest_on AND excluded.earliest_id < completion_latest.earliest_id)) THEN excluded.earliest_on ELSE completion_latest.earliest_on END, earliest_hours = CASE WHEN (excluded.earliest_on < completion_latest.earliest_on OR (excluded.earliest_on = completion_latest.earliest_on AND excluded.earliest_id < completion_latest.earliest_id)) THEN excluded.earliest_hours ELSE completion_latest.earliest_hours END
    WHERE (excluded.completed_on > completion_latest.completed_on OR (excluded.completed_on = completion_latest.completed_on AND excluded.completion_id > completion_latest.completion_id)) OR (excluded.earliest_on < completion_latest.earliest_on OR (excluded.earliest_on = completion_latest.earliest_on AND excluded.earliest_id < completion_latest.earliest_id));
END;

-- trigger completion_latest_on_void on completion
CREATE TRIGGER completion_latest_on_void AFTER UPDATE OF voided_reason ON completion
WHEN OLD.voided_reason IS NULL AND NEW.voided_reason IS NOT NULL
BEGIN
    DELETE FROM completion_latest
    WHERE badge = NEW.badge AND module_id = NEW.module_id AND module_version = NEW.module_version
      AND (completion_id = NEW.id OR earliest_id = NEW.id);
    INSERT OR IGNORE INTO completion_latest (badge, module_id, module_version, completion_id, completed_on, score, hours, instructor, session_id, earliest_id, earliest_on, earliest_hours)
    SELECT n.badge, n.module_id, n.module_version, n.id, n.completed_on, n.score, n.hours, n.instructor, n.session_id, e.id, e.completed_on, e.hours
    FROM (SELECT * FROM completion WHERE badge = NEW.badge AND module_id = NEW.module_id AND module_version = NEW.module_version AND result = 'pass' AND voided_reason IS NULL ORDER BY completed_on DESC, id DESC LIMIT 1) n,
         (SELECT * FROM completion WHERE badge = NEW.badge AND module_id = NEW.module_id AND module_version = NEW.module_version AND result = 'pass' AND voided_reason IS NULL ORDER BY completed_on, id LIMIT 1) e;
END;

-- trigger pass_digest_on_delete on completion
CREATE TRIGGER pass_digest_on_delete AFTER DELETE ON completion
BEGIN
    INSERT INTO pass_digest (badge, passes) VALUES (OLD.badge, NULL) ON CONFLICT (badge) DO UPDATE SET passes = NULL;
END;

-- trigger pass_digest_on_insert on completion
CREATE TRIGGER pass_digest_on_insert AFTER INSERT ON completion
WHEN NEW.result = 'pass' AND NEW.voided_reason IS NULL
BEGIN
    INSERT INTO pass_digest (badge, passes) VALUES (NEW.badge, NULL) ON CONFLICT (badge) DO UPDATE SET passes = NULL;
END;

-- trigger pass_digest_on_update on completion
CREATE TRIGGER pass_digest_on_update AFTER UPDATE OF badge, module_id, module_version, completed_on, hours, result, voided_reason ON completion
BEGIN
    INSERT INTO pass_digest (badge, passes) VALUES (OLD.badge, NULL) ON CONFLICT (badge) DO UPDATE SET passes = NULL;
    INSERT INTO pass_digest (badge, passes) VALUES (NEW.badge, NULL) ON CONFLICT (badge) DO UPDATE SET passes = NULL;
END;
