/// The `v13-agencies` migration: partner agencies, each officer's agency (none for the home agency, so no
/// stored officer and no audit state changes meaning), and liaison grants scoped to one agency. A liaison grant
/// has its own table rather than a role in `user_role`, whose CHECK lists the roles that need no agency.
enum AgenciesMigration {
    static let name = "v13-agencies"

    static let createAgency = """
        CREATE TABLE agency (
            id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            added_at TEXT NOT NULL
        )
        """

    static let createLiaisonGrant = """
        CREATE TABLE liaison_grant (
            id INTEGER NOT NULL PRIMARY KEY,
            login TEXT NOT NULL,
            agency TEXT NOT NULL REFERENCES agency(id),
            granted_at TEXT NOT NULL,
            granted_by TEXT NOT NULL,
            revoked_at TEXT,
            revoked_by TEXT
        )
        """

    static let sql = """
        \(createAgency);
        ALTER TABLE officer ADD COLUMN agency TEXT REFERENCES agency(id);
        \(createLiaisonGrant);
        CREATE INDEX officer_agency ON officer(agency) WHERE agency IS NOT NULL;
        CREATE INDEX liaison_grant_login ON liaison_grant(login);
        """
}
