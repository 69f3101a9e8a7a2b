/// Migration `v12-curriculum-review`: the review trail of module versions, one append-only table. A version
/// added to a module the database already held gets a `pending` row naming the sign-offs it needs (`review.yaml` as
/// loaded then, so a later edit of the file does not move a version's bar); each `curricula review` adds a
/// `sign-off` row; the sign-off that completes the set adds an `approved` row dated that day. A version with
/// no `pending` row was loaded with the founding curricula, or before reviews existed, and counts as approved.
/// It also adds the `reviewer` login role, who may sign off but not record training.
enum CurriculumReviewMigration {
    static let name = "v12-curriculum-review"

    static let createTable = """
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
        )
        """

    static let index = "CREATE INDEX curriculum_review_version ON curriculum_review(module_id, version, id)"

    /// `user_role` again with `reviewer` among its roles: SQLite cannot change a CHECK in place, so the table is
    /// rebuilt under its own name, every grant copied with its id (the audit trail names grants by id).
    static let reviewerRole = """
        ALTER TABLE user_role RENAME TO user_role_v6;
        CREATE TABLE user_role (
            id INTEGER NOT NULL PRIMARY KEY,
            login TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('coordinator', 'instructor', 'officer', 'auditor', 'reviewer')),
            granted_at TEXT NOT NULL,
            granted_by TEXT NOT NULL,
            revoked_at TEXT,
            revoked_by TEXT
        );
        INSERT INTO user_role (id, login, role, granted_at, granted_by, revoked_at, revoked_by)
            SELECT id, login, role, granted_at, granted_by, revoked_at, revoked_by FROM user_role_v6;
        DROP TABLE user_role_v6;
        CREATE INDEX user_role_login ON user_role(login);
        """

    static var sql: String { createTable + ";\n" + index + ";\n" + reviewerRole }
}
